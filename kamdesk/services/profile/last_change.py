"""Who changed an account last, and when: the header's "Changed by Anna, 28 Nov 2026 14:05".

The latest change among the account's own row and every row that names the account
(stakeholders, goals, revenue, …) in one query. Rows further down (a goal's updates, a
buying center's members) are left out: their parent row is what a user edits alongside,
and one indexed look-up per table keeps this cheap enough to run on every change.

It reads through the light tables (:data:`kamdesk.store.light_tables.ACCOUNT_CHANGE_TABLES`,
held to the ORM's tables by a store test), not the ORM's metadata: the header of the last
account is filled before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import TextualSelect, text

from kamdesk.store.database import Database
from kamdesk.store.light_tables import ACCOUNT_CHANGE_TABLES, account


@dataclass(frozen=True)
class LastChange:
    """The latest saved change of an account's data."""

    #: Who made it (None: a row older than kamdesk recording names).
    changed_by: str | None
    #: When (UTC, timezone-aware).
    changed_at: datetime


def last_change_of_account(db: Database, account_id: int) -> LastChange | None:
    """The latest change of the account's data (None: no such account)."""
    with db.read() as connection:
        row = connection.execute(_latest_change_query(), {"account_id": account_id}).first()
    if row is None or row.at is None:
        return None
    return LastChange(changed_by=row.changed_by, changed_at=row.at)


@cache
def _latest_change_query() -> TextualSelect:
    # Written as SQL text (the same on SQLite and PostgreSQL), not composed with select()
    # and union_all(): the header reads it while the start's window is filled, and
    # SQLAlchemy's first compilation of a 17-part union took 25-40 ms there (a second call
    # 1 ms); a text clause compiles in well under a millisecond. Each part takes the
    # table's newest row through its (account_id) index; the result columns keep the
    # timestamp column's type, so ``at`` is an aware UTC datetime as before.
    parts = [f"SELECT updated_at AS at, changed_by FROM {account.name} WHERE id = :account_id"]
    for number, table in enumerate(ACCOUNT_CHANGE_TABLES):
        parts.append(
            f"SELECT * FROM (SELECT updated_at AS at, changed_by FROM {table.name}"
            " WHERE account_id = :account_id ORDER BY updated_at DESC LIMIT 1)"
            f" AS part_{number}"
        )
    sql = (
        "SELECT at, changed_by FROM (" + " UNION ALL ".join(parts) + ") AS parts"
        " ORDER BY at DESC LIMIT 1"
    )
    return text(sql).columns(at=account.c.updated_at.type, changed_by=account.c.changed_by.type)
