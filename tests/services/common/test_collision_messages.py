"""A write refused by a unique constraint names what collided, on SQLite and on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert, text

from kamdesk.services.common.collision_messages import SENTENCES
from kamdesk.services.common.compare_and_set import translate_integrity_errors
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.store.unique_collisions import unique_constraints


def test_every_unique_constraint_has_its_sentence() -> None:
    assert set(SENTENCES) == set(unique_constraints())


@pytest.mark.postgres_only  # SQLite does not keep the names of unique constraints
def test_constraint_names_are_the_ones_the_database_holds(db: Database) -> None:
    with db.engine.connect() as connection:
        stored = set(connection.execute(text(
            "SELECT conname FROM pg_constraint JOIN pg_namespace n ON n.oid = connamespace "
            "WHERE n.nspname = 'public' "
            "AND (contype = 'u' OR (contype = 'p' AND array_length(conkey, 1) > 1))"
        )).scalars())
    assert stored == set(unique_constraints())


def test_the_same_revenue_quarter_twice_names_the_quarter(db: Database) -> None:
    account = create_account(db, "Quartal AG")
    with translate_integrity_errors(), db.session() as session:
        session.add(RevenueEntry(account_id=account, year=2026, quarter=3, actual=Decimal(10)))
    # The second person's write, which the service's own check did not see coming.
    with (
        pytest.raises(ValidationError) as refused,
        translate_integrity_errors(),
        db.session() as session,
    ):
        session.add(RevenueEntry(account_id=account, year=2026, quarter=3, actual=Decimal(20)))
    assert str(refused.value).startswith(
        "Revenue for Q3 2026 of this account was just entered by someone else"
    )
    assert refused.value.field == "quarter"


def test_an_account_name_taken_in_the_meantime_names_the_account(db: Database) -> None:
    create_account(db, "Doppelt GmbH")
    with (
        pytest.raises(ValidationError, match="An account named “Doppelt GmbH” already exists"),
        translate_integrity_errors(),
        db.session() as session,
    ):
        session.execute(insert(Account.__table__).values(name="Doppelt GmbH"))
