"""Every lost race is the same ConflictError, saying whose change stands; nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database
from kamdesk.store.errors import WHO_WINS, ConflictError, edit_conflict
from kamdesk.store.orm import Account


def _name(db: Database, account_id: int) -> str:
    with db.session() as session:
        return session.execute(select(Account.name).where(Account.id == account_id)).scalar_one()


def test_a_stale_version_is_a_conflict_and_the_first_change_stands(db: Database) -> None:
    account = create_account(db, "Erst AG")
    with pytest.raises(ConflictError) as lost, db.session() as second:
        row = second.get(Account, account)
        assert row is not None
        with db.session() as first:  # commits while the second still holds the old version
            winner = first.get(Account, account)
            assert winner is not None
            winner.name = "Erst AG (erste Änderung)"
        row.name = "Erst AG (zweite Änderung)"
    assert WHO_WINS in str(lost.value)
    assert _name(db, account) == "Erst AG (erste Änderung)"


@pytest.mark.postgres_only  # only a server refuses to serialise two transactions
def test_a_serialization_failure_is_the_same_conflict(db: Database) -> None:
    account = create_account(db, "Seriell AG")
    with pytest.raises(ConflictError) as lost, db.session() as second:
        second.connection(execution_options={"isolation_level": "SERIALIZABLE"})
        second.execute(select(Account.name).where(Account.id == account)).scalar_one()
        with db.session() as first:
            first.execute(update(Account).where(Account.id == account).values(name="Zuerst"))
        second.execute(update(Account).where(Account.id == account).values(name="Danach"))
    assert str(lost.value) == str(edit_conflict())
    assert _name(db, account) == "Zuerst"
