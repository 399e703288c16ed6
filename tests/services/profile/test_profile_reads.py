"""The Profile tab's reads through Core (first screen) equal the ORM's reads on the demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.services.profile.account_history_editing import last_contact
from kamdesk.services.profile.account_profile_editing import (
    account_exists,
    create_account,
    known_industries,
    load_profile,
)
from kamdesk.services.profile.last_change import last_change_of_account
from kamdesk.services.profile.profile_reads import (
    read_account_exists,
    read_known_industries,
    read_last_contact,
    read_profile,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import Account
from kamdesk.store.orm.base import data_tables


def _latest_change_by_the_orm(db: Database, account_id: int) -> tuple[Any, Any] | None:
    """The newest (updated_at, changed_by) of the account's rows, table by table."""
    newest = None
    with db.session() as session:
        for table in data_tables():
            if table.name == "account":
                where = table.c.id == account_id
            elif {"account_id", "changed_by"} <= set(table.c.keys()):
                where = table.c.account_id == account_id
            else:
                continue
            for at, by in session.execute(select(table.c.updated_at, table.c.changed_by)
                                          .where(where)):
                if newest is None or at > newest[0]:
                    newest = (at, by)
    return newest


@pytest.mark.slow
def test_core_reads_equal_the_orm_reads_for_every_demo_account(
    demo_database: Callable[..., Database],
) -> None:
    # The session's 48-account demo of a fixed day, which the plan and settings reads
    # compare on too: built once, copied for each.
    db = demo_database(accounts=48, seed=7, today=date(2026, 11, 28))
    empty = create_account(db, "Nobody Yet GmbH")  # no contact, no industry
    with db.session() as session:
        ids = list(session.scalars(select(Account.id).order_by(Account.id)))
    assert empty in ids

    assert read_known_industries(db) == known_industries(db)
    assert len(read_known_industries(db)) > 1
    contacts = 0
    for account_id in ids:
        assert read_profile(db, account_id) == load_profile(db, account_id)
        assert read_last_contact(db, account_id) == last_contact(db, account_id)
        contacts += read_last_contact(db, account_id) is not None
        assert read_account_exists(db, account_id) is account_exists(db, account_id) is True
        change = last_change_of_account(db, account_id)
        assert change is not None
        assert (change.changed_at, change.changed_by) == _latest_change_by_the_orm(db, account_id)
    assert 0 < contacts < len(ids)


def test_a_missing_account_is_said_as_the_orm_path_says_it(db: Database) -> None:
    assert read_account_exists(db, 999) is account_exists(db, 999) is False
    with pytest.raises(NotFoundError) as core:
        read_profile(db, 999)
    with pytest.raises(NotFoundError) as orm:
        load_profile(db, 999)
    assert str(core.value) == str(orm.value)
