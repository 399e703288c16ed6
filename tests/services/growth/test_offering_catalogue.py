"""Tests of the offerings catalogue and pipeline stages: validation, order, safe deletion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.enums import OpportunityType
from kamdesk.services.growth import offering_catalogue as catalogue
from kamdesk.services.growth.opportunity_editing import create_opportunity
from kamdesk.services.growth.whitespace_editing import create_unit, set_cell
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, OpportunityStage
from tests.helpers.storage_files import version_of


def _account(db: Database, name: str = "Acme") -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def test_offerings_are_listed_in_catalogue_order(db: Database) -> None:
    first = catalogue.create_offering(db, "MES licence", "Software", Decimal("85000"))
    second = catalogue.create_offering(db, "Training", "Service")
    catalogue.reorder_offerings(db, [second, first])
    names = [row.name for row in catalogue.list_offerings(db)]
    assert names == ["Training", "MES licence"]
    assert catalogue.list_offerings(db)[1].list_price == Decimal("85000.00")


def test_inactive_offerings_are_left_out_on_request(db: Database) -> None:
    row_id = catalogue.create_offering(db, "Old thing")
    catalogue.create_offering(db, "New thing")
    catalogue.update_offering(db, row_id, 1, {"active": False})
    assert [row.name for row in catalogue.list_offerings(db, active_only=True)] == ["New thing"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"list_price": Decimal("-1")}, "list_price"),
        ({"list_price": Decimal("1.005")}, "list_price"),
    ],
)
def test_bad_offering_input_is_refused_at_its_field(
    db: Database, values: dict[str, object], field: str
) -> None:
    row_id = catalogue.create_offering(db, "Audit", list_price=Decimal(100))
    with pytest.raises(ValidationError) as refused:
        catalogue.update_offering(db, row_id, 1, values)
    assert refused.value.field == field
    assert catalogue.list_offerings(db)[0].name == "Audit"
    assert catalogue.list_offerings(db)[0].list_price == Decimal(100)


def test_offering_names_are_unique_ignoring_case(db: Database) -> None:
    catalogue.create_offering(db, "Audit")
    with pytest.raises(ValidationError, match="already an offering"):
        catalogue.create_offering(db, "audit ")
    assert len(catalogue.list_offerings(db)) == 1


def test_an_edit_of_a_moved_version_is_a_conflict(db: Database) -> None:
    row_id = catalogue.create_offering(db, "Audit")
    catalogue.update_offering(db, row_id, 1, {"category": "Consulting"})
    with pytest.raises(ConflictError):
        catalogue.update_offering(db, row_id, 1, {"category": "Other"})
    assert catalogue.list_offerings(db)[0].category == "Consulting"


def test_an_unused_offering_is_deleted_and_can_be_restored(db: Database) -> None:
    from kamdesk.services.common.row_deletion import restore_rows

    row_id = catalogue.create_offering(db, "Audit")
    deleted = catalogue.delete_offering(db, row_id, 1)
    assert catalogue.list_offerings(db) == []
    restore_rows(db, deleted)
    assert [row.id for row in catalogue.list_offerings(db)] == [row_id]


def test_an_offering_in_use_is_not_deleted_and_says_what_uses_it(db: Database) -> None:
    account = _account(db)
    unit = create_unit(db, account, "Plant Berlin")
    offering = catalogue.create_offering(db, "Audit")
    stage = catalogue.create_stage(db, "Lead", 10)
    set_cell(db, unit, offering, None, {"estimated_value": Decimal(5)})
    create_opportunity(db, account, {"title": "Audit 2025", "type": OpportunityType.UPSELL,
                                     "stage_id": stage, "offering_id": offering})
    assert catalogue.offering_usage(db, offering) == catalogue.OfferingUsage(1, 1)
    with pytest.raises(ValidationError, match=r"1 whitespace cell.*1 opportunit.*deactivate"):
        catalogue.delete_offering(db, offering, 1)
    assert [row.id for row in catalogue.list_offerings(db)] == [offering]


def test_stages_keep_probability_within_0_to_100(db: Database) -> None:
    stage = catalogue.create_stage(db, "Proposal", 50)
    for bad in (-1, 101, True):
        with pytest.raises(ValidationError) as refused:
            catalogue.update_stage(db, stage, 1, {"default_probability": bad})
        assert refused.value.field == "default_probability"
    with pytest.raises(ValidationError):
        catalogue.create_stage(db, "Too sure", 120)
    assert [(s.name, s.default_probability) for s in catalogue.list_stages(db)] == [
        ("Proposal", 50)
    ]


def test_a_stage_in_use_is_not_deleted(db: Database) -> None:
    account = _account(db)
    used = catalogue.create_stage(db, "Lead", 10)
    unused = catalogue.create_stage(db, "Spare", 20)
    create_opportunity(db, account, {"title": "Deal", "type": OpportunityType.RENEWAL,
                                     "stage_id": used})
    with pytest.raises(ValidationError, match="move them to another stage"):
        catalogue.delete_stage(db, used, version_of(db, OpportunityStage, used))
    catalogue.delete_stage(db, unused, version_of(db, OpportunityStage, unused))
    assert [s.id for s in catalogue.list_stages(db)] == [used]


def test_standard_stages_are_added_only_to_an_empty_pipeline(db: Database) -> None:
    added = catalogue.add_standard_stages(db)
    assert len(added) == len(catalogue.STANDARD_STAGES)
    stages = catalogue.list_stages(db)
    assert [s.default_probability for s in stages] == [10, 25, 50, 75, 90]
    assert catalogue.add_standard_stages(db) == []


def test_reordering_stages_needs_every_stage(db: Database) -> None:
    a = catalogue.create_stage(db, "A")
    b = catalogue.create_stage(db, "B")
    catalogue.reorder_stages(db, [b, a])
    assert [s.name for s in catalogue.list_stages(db)] == ["B", "A"]
    with pytest.raises(Exception, match="changed elsewhere"):
        catalogue.reorder_stages(db, [a])


def test_undo_writes_only_over_the_values_it_left(db: Database) -> None:
    row_id = catalogue.create_offering(db, "Audit")
    catalogue.update_offering(db, row_id, {"category": ""}, {"category": "B"})
    catalogue.update_offering(db, row_id, {"category": "B"}, {"category": "C"})
    # Undo in reverse order works although each write moved the version on …
    catalogue.update_offering(db, row_id, {"category": "C"}, {"category": "B"})
    catalogue.update_offering(db, row_id, {"category": "B"}, {"category": ""})
    # … but a stale expectation is a conflict.
    with pytest.raises(ConflictError):
        catalogue.update_offering(db, row_id, {"category": "C"}, {"category": "X"})
    assert catalogue.list_offerings(db)[0].category == ""
