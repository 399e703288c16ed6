"""Writing ids ourselves (demo, load, undo of a delete) leaves PostgreSQL's sequences right.

On SQLite these pass trivially (the next id comes from the table); on PostgreSQL they failed
before the sequences were moved: *New account* after ``kamdesk demo`` hit a duplicate key.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import delete, insert

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.services.exchange.portable_dump import load_dump, write_dump
from kamdesk.services.profile.account_history_editing import add_interaction
from kamdesk.services.profile.account_profile_editing import create_account, delete_account
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database
from kamdesk.store.id_sequences import sequences_behind_ids
from kamdesk.store.orm import Account
from kamdesk.store.orm.base import data_tables


def _new_records_work(db: Database) -> int:
    """A new account with a stakeholder and an interaction: what the issue found failing."""
    account = create_account(db, "Neukunde Nachher GmbH")
    create_stakeholder(db, account, {"name": "Nora Neu"})
    add_interaction(db, account, {"occurred_on": date(2026, 1, 5), "kind": InteractionKind.CALL})
    return account


def _behind(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return sequences_behind_ids(connection, data_tables())


def test_new_records_after_the_demo(db: Database) -> None:
    create_demo_portfolio(db, accounts=20, today=date(2026, 6, 30))
    assert _behind(db) == []
    _new_records_work(db)


def test_new_records_after_loading_a_dump(db: Database, tmp_path: Path) -> None:
    with db.session() as session:  # ids far ahead of any sequence, as another database had
        session.execute(insert(Account.__table__).values(id=500, name="Alt AG", version=1))
    dump = tmp_path / "team.kamdesk-dump.json"
    write_dump(db, dump)
    with db.session() as session:
        for table in reversed(data_tables()):
            session.execute(delete(table))
    load_dump(db, dump)
    assert _behind(db) == []
    assert _new_records_work(db) > 500


def test_new_records_after_undoing_the_delete_of_a_demo_account(db: Database) -> None:
    create_demo_portfolio(db, accounts=12, today=date(2026, 6, 30))
    with db.session() as session:
        largest = max(session.query(Account.id))[0]
    deleted = delete_account(db, largest)
    restore_rows(db, deleted)  # the account, its people and history back, with their ids
    assert _behind(db) == []
    assert _new_records_work(db) > largest
