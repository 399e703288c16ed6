"""Tests of profile editing: validation before the database, conflicts, create and delete."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.enums import Tier
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.services.profile.account_profile_editing import (
    account_dependents,
    create_account,
    delete_account,
    known_industries,
    load_profile,
    profile_refusals,
    unused_account_name,
    update_profile,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError


def test_update_stores_fields_and_moves_version(db: Database) -> None:
    account = create_account(db, "Acme", Tier.KEY)
    before = load_profile(db, account)
    version = update_profile(
        db, account, before.version,
        {"industry": " Chemicals ", "annual_revenue": Decimal("1234.50"),
         "time_zone": "Asia/Tokyo"},
    )
    after = load_profile(db, account)
    assert after.version == version == before.version + 1
    assert (after.industry, after.annual_revenue, after.time_zone) == (
        "Chemicals", Decimal("1234.50"), "Asia/Tokyo"
    )
    assert after.tier is Tier.KEY
    assert known_industries(db) == ["Chemicals"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"employees": -1}, "employees"),
        ({"annual_revenue": Decimal("1.234")}, "annual_revenue"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"country": "Germany"}, "country"),
        ({"expected_relationship_years": 0}, "expected_relationship_years"),
        ({"website": "a b"}, "website"),
    ],
)
def test_invalid_input_is_refused_with_its_field(
    db: Database, changes: dict[str, object], field: str
) -> None:
    account = create_account(db, "Acme")
    version = load_profile(db, account).version
    with pytest.raises(ValidationError) as caught:
        update_profile(db, account, version, changes)
    assert caught.value.field == field
    assert load_profile(db, account).version == version


def test_duplicate_name_is_refused_case_insensitively(db: Database) -> None:
    create_account(db, "Acme")
    other = create_account(db, "Beta")
    with pytest.raises(ValidationError, match="already exists"):
        update_profile(db, other, None, {"name": "ACME"})
    with pytest.raises(ValidationError):
        create_account(db, "acme")
    assert unused_account_name(db, "Acme") == "Acme 2"


def test_stale_version_is_a_conflict(db: Database) -> None:
    account = create_account(db, "Acme")
    seen = load_profile(db, account).version
    update_profile(db, account, seen, {"city": "Berlin"})
    with pytest.raises(ConflictError):
        update_profile(db, account, seen, {"city": "Paris"})
    assert load_profile(db, account).city == "Berlin"


def test_delete_and_restore_keep_the_id(db: Database) -> None:
    account = create_account(db, "Acme")
    assert account_dependents(db, account) == {}
    removed = delete_account(db, account)
    restore_rows(db, removed)
    assert load_profile(db, account).name == "Acme"


def test_every_refused_field_is_named_at_once_and_nothing_else() -> None:
    refused = profile_refusals(
        {"name": " ", "website": "acme example.com", "employees": -3, "city": "Lyon"}
    )
    assert {field: str(error) for field, error in refused.items()} == {
        "name": "The account needs a name.",
        "website": "A web address cannot contain spaces.",
        "employees": "Employees must be a whole number of 0 or more.",
    }
    assert all(error.field == field for field, error in refused.items())
    assert profile_refusals({"name": "Acme AG", "city": "Lyon"}) == {}
