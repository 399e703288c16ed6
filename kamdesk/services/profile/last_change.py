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
from typing import Any

from sqlalchemy import Integer, Select, bindparam, select, union_all

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
    return LastChange(changed_by=row.by, changed_at=row.at)


@cache
def _latest_change_query() -> Select[Any]:
    # Built once, the account as a parameter: a union over 16 tables took longer to build
    # than to run (about 30 ms a call here), and the header reads it on every account opened.
    account_id = bindparam("account_id", type_=Integer)
    own = account.c
    parts = [
        select(own.updated_at.label("at"), own.changed_by.label("by"))
        .where(own.id == account_id)
    ]
    for table in ACCOUNT_CHANGE_TABLES:
        columns = table.c
        parts.append(
            select(columns.updated_at.label("at"), columns.changed_by.label("by"))
            .where(columns.account_id == account_id)
            .order_by(columns.updated_at.desc())
            .limit(1)
        )
    combined = union_all(*(part.subquery().select() for part in parts)).subquery()
    return select(combined.c.at, combined.c.by).order_by(combined.c.at.desc()).limit(1)
