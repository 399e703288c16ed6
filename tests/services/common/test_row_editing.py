"""Generic editing: versioned updates, clear refusals, and deletes that undo exactly."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, insert, select

from kamdesk.domain.enums import BuyingRole, InteractionKind, Tier
from kamdesk.services.common.row_deletion import delete_row, describe_dependents, restore_rows
from kamdesk.services.common.row_editing import create_row, only_fields, update_fields
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, NotFoundError, ValidationError
from kamdesk.store.orm import (
    Account,
    BuyingCenter,
    BuyingCenterMember,
    Interaction,
    Stakeholder,
    interaction_stakeholder,
)
from tests.helpers.storage_files import version_of


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    account, _ = create_row(db, Account, {"name": "Müller Logistik GmbH"})
    boss, _ = create_row(db, Stakeholder, {"account_id": account, "name": "Dr. Helga Müller"})
    report, _ = create_row(db, Stakeholder, {"account_id": account, "name": "Jan Łoś",
                                             "reports_to_id": boss})
    center, _ = create_row(db, BuyingCenter, {"account_id": account, "name": "IT-Einkauf"})
    create_row(db, BuyingCenterMember, {"buying_center_id": center, "stakeholder_id": boss,
                                        "role": BuyingRole.DECIDER})
    meeting, _ = create_row(db, Interaction, {"account_id": account, "kind": InteractionKind.VISIT,
                                              "occurred_on": date(2026, 10, 1)})
    with db.session() as session:
        session.execute(insert(interaction_stakeholder).values(interaction_id=meeting,
                                                               stakeholder_id=boss))
    return {"account": account, "boss": boss, "report": report, "center": center}


def test_an_update_moves_the_version_on(db: Database, org: dict[str, int]) -> None:
    first = version_of(db, Account, org["account"])
    version = update_fields(db, Account, org["account"], first, {"tier": Tier.KEY})
    assert version > first  # versions only move forward (from one clock, not one by one)
    assert update_fields(db, Account, org["account"], version, {"city": "Leipzig"}) > version


def test_an_update_from_a_stale_version_is_refused_and_nothing_written(
    db: Database, org: dict[str, int]
) -> None:
    seen = version_of(db, Account, org["account"])
    update_fields(db, Account, org["account"], seen, {"city": "Leipzig"})
    with pytest.raises(ConflictError, match="changed elsewhere"):
        update_fields(db, Account, org["account"], seen, {"city": "Halle"})
    with db.session() as session:
        account = session.get(Account, org["account"])
        assert account is not None and account.city == "Leipzig"


def test_an_update_of_a_deleted_row_says_so(db: Database, org: dict[str, int]) -> None:
    delete_row(db, Stakeholder, org["report"], None)
    with pytest.raises(NotFoundError, match="no longer exists"):
        update_fields(db, Stakeholder, org["report"], 1, {"title": "CFO"})


def test_a_duplicate_name_becomes_a_sentence(db: Database, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        create_row(db, Account, {"name": "Müller Logistik GmbH"})


def test_an_out_of_range_value_becomes_a_sentence(
    db: Database, org: dict[str, int], caplog: pytest.LogCaptureFixture
) -> None:
    # The user reads the rule in their words; the driver's text (constraint name) is logged.
    with pytest.raises(ValidationError) as refused:
        update_fields(db, Stakeholder, org["boss"], version_of(db, Stakeholder, org["boss"]),
                      {"influence": 9})
    assert str(refused.value) == "This rating is a whole number from 1 to 5."
    assert "ck_stakeholder_influence" in caplog.text


def test_what_goes_with_a_delete_is_described(db: Database, org: dict[str, int]) -> None:
    assert describe_dependents(db, Stakeholder, org["boss"]) == {
        "buying_center_member": 1,
        "interaction_stakeholder": 1,
    }


def test_a_delete_is_undone_exactly(db: Database, org: dict[str, int]) -> None:
    removed = delete_row(db, Stakeholder, org["boss"], version_of(db, Stakeholder, org["boss"]))
    assert removed.count_by_table() == {
        "stakeholder": 1, "buying_center_member": 1, "interaction_stakeholder": 1,
    }
    with db.session() as session:
        report = session.get(Stakeholder, org["report"])
        assert report is not None and report.reports_to_id is None

    restore_rows(db, removed)

    with db.session() as session:
        boss = session.get(Stakeholder, org["boss"])
        report = session.get(Stakeholder, org["report"])
        assert boss is not None and boss.name == "Dr. Helga Müller"
        assert report is not None and report.reports_to_id == org["boss"]
        assert session.scalar(select(func.count()).select_from(BuyingCenterMember)) == 1
        assert session.scalar(select(func.count()).select_from(interaction_stakeholder)) == 1


def test_a_whole_account_comes_back_after_undo(db: Database, org: dict[str, int]) -> None:
    removed = delete_row(db, Account, org["account"], None)
    assert removed.count_by_table()["stakeholder"] == 2
    restore_rows(db, removed)
    with db.session() as session:
        names = set(session.scalars(select(Stakeholder.name)))
        assert names == {"Dr. Helga Müller", "Jan Łoś"}
        report = session.get(Stakeholder, org["report"])
        assert report is not None and report.reports_to_id == org["boss"]


def test_a_delete_from_a_stale_version_is_refused(db: Database, org: dict[str, int]) -> None:
    seen = version_of(db, Account, org["account"])
    update_fields(db, Account, org["account"], seen, {"city": "Leipzig"})
    with pytest.raises(ConflictError):
        delete_row(db, Account, org["account"], seen)
    with db.session() as session:
        assert session.get(Account, org["account"]) is not None


def test_only_fields_returns_the_values_and_names_a_field_the_row_lacks() -> None:
    assert only_fields({"title": "Audit"}, ("title", "notes"), "action") == {"title": "Audit"}
    with pytest.raises(ValueError, match=r"not action fields: \['colour', 'size'\]"):
        only_fields({"title": "Audit", "size": 3, "colour": "red"}, ("title",), "action")
