"""Tests of opportunity editing: validation, opening one from a cell, pipeline figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import CellStatus, OpportunityStatus, OpportunityType
from kamdesk.services.common.compare_and_set import NOT_STORED
from kamdesk.services.growth import opportunity_editing as opp
from kamdesk.services.growth.offering_catalogue import create_offering, create_stage, delete_stage
from kamdesk.services.growth.whitespace_editing import create_unit, delete_unit, get_cell, set_cell
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, BusinessUnit, CompanySettings, Opportunity, OpportunityStage
from tests.helpers.storage_files import version_of


def _account(db: Database, name: str = "Acme") -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def _basic(db: Database) -> tuple[int, int]:
    return _account(db), create_stage(db, "Proposal", 50)


def test_an_opportunity_is_listed_with_its_names(db: Database) -> None:
    account, stage = _basic(db)
    unit = create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    row_id = opp.create_opportunity(db, account, {
        "title": " MES for Berlin ", "type": OpportunityType.CROSS_SELL, "stage_id": stage,
        "offering_id": offering, "business_unit_id": unit, "value": Decimal("1200.50"),
        "probability": 50, "expected_close": date(2025, 5, 1),
    })
    [row] = opp.list_opportunities(db, account)
    assert (row.id, row.title, row.offering, row.unit, row.stage) == (
        row_id, "MES for Berlin", "MES", "Berlin", "Proposal")
    assert row.value == Decimal("1200.50")
    assert row.status is OpportunityStatus.OPEN


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"probability": 101}, "probability"),
        ({"probability": -1}, "probability"),
        ({"value": Decimal("-0.01")}, "value"),
        ({"value": None}, "value"),
        ({"title": "   "}, "title"),
        ({"stage_id": 9999}, "stage_id"),
        ({"offering_id": 9999}, "offering_id"),
        ({"business_unit_id": 9999}, "business_unit_id"),
        ({"expected_close": "2025-01-01"}, "expected_close"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    db: Database, changes: dict[str, object], field: str
) -> None:
    account, stage = _basic(db)
    row_id = opp.create_opportunity(db, account, {"title": "Deal", "stage_id": stage,
                                                  "type": OpportunityType.RENEWAL})
    seen = version_of(db, Opportunity, row_id)
    with pytest.raises(ValidationError) as refused:
        opp.update_opportunity(db, row_id, seen, changes)
    assert refused.value.field == field
    with pytest.raises(ValidationError):
        opp.create_opportunity(db, account, {"title": "New", "stage_id": stage,
                                             "type": OpportunityType.RENEWAL, **changes})
    [row] = opp.list_opportunities(db, account)
    assert (row.title, row.version, row.probability, row.value) == ("Deal", seen, 10, Decimal(0))


def test_a_unit_of_another_account_is_refused(db: Database) -> None:
    account, stage = _basic(db)
    foreign_unit = create_unit(db, _account(db, "Other"), "Berlin")
    with pytest.raises(ValidationError) as refused:
        opp.create_opportunity(db, account, {"title": "Deal", "stage_id": stage,
                                             "type": OpportunityType.UPSELL,
                                             "business_unit_id": foreign_unit})
    assert refused.value.field == "business_unit_id"


def test_a_deleted_stage_is_refused(db: Database) -> None:
    account, stage = _basic(db)
    gone = create_stage(db, "Gone", 5)
    delete_stage(db, gone, version_of(db, OpportunityStage, gone))
    row_id = opp.create_opportunity(db, account, {"title": "Deal", "stage_id": stage,
                                                  "type": OpportunityType.UPSELL})
    with pytest.raises(ValidationError, match="stage no longer exists"):
        opp.update_opportunity(db, row_id, version_of(db, Opportunity, row_id),
                               {"stage_id": gone})


def test_deleting_a_unit_keeps_its_opportunities_without_a_unit(db: Database) -> None:
    account, stage = _basic(db)
    unit = create_unit(db, account, "Berlin")
    opp.create_opportunity(db, account, {"title": "Deal", "stage_id": stage,
                                         "type": OpportunityType.UPSELL,
                                         "business_unit_id": unit})
    delete_unit(db, unit, version_of(db, BusinessUnit, unit))
    [row] = opp.list_opportunities(db, account)
    assert (row.business_unit_id, row.unit) == (None, None)


def test_delete_and_restore_keep_the_id(db: Database) -> None:
    account, stage = _basic(db)
    row_id = opp.create_opportunity(db, account, {"title": "Deal", "stage_id": stage,
                                                  "type": OpportunityType.UPSELL})
    deleted = opp.delete_opportunity(db, row_id, version_of(db, Opportunity, row_id))
    assert opp.list_opportunities(db, account) == []
    opp.restore_deleted(db, deleted)
    assert [row.id for row in opp.list_opportunities(db, account)] == [row_id]


@pytest.mark.parametrize(
    ("status", "expected_type"),
    [(CellStatus.UNKNOWN, OpportunityType.CROSS_SELL), (CellStatus.ACTIVE, OpportunityType.UPSELL)],
)
def test_opening_from_a_cell_prefills_and_sets_the_cell_in_progress(
    db: Database, status: CellStatus, expected_type: OpportunityType
) -> None:
    account = _account(db)
    create_stage(db, "Lead", 10)
    create_stage(db, "Proposal", 50)
    unit = create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES", list_price=Decimal(900))
    version = None
    if status is not CellStatus.UNKNOWN:
        version = set_cell(db, unit, offering, None, {"status": status,
                                                      "estimated_value": Decimal(300)}).version
    made = opp.open_opportunity_from_cell(db, unit, offering, version, "MES for Berlin")
    row = opp.get_opportunity(db, made.opportunity_id)
    assert (row.type, row.unit, row.offering, row.stage, row.probability) == (
        expected_type, "Berlin", "MES", "Lead", 10)
    assert row.value == (Decimal(300) if version else Decimal(900))
    assert get_cell(db, unit, offering).status is CellStatus.IN_PROGRESS
    assert made.cell_before.status is status

    deleted = opp.withdraw_opportunity_from_cell(db, made)
    assert opp.list_opportunities(db, account) == []
    assert get_cell(db, unit, offering).status is status
    opp.reopen_opportunity_from_cell(db, made, deleted)
    assert [r.id for r in opp.list_opportunities(db, account)] == [made.opportunity_id]
    assert get_cell(db, unit, offering).status is CellStatus.IN_PROGRESS


def test_opening_from_a_cell_changed_elsewhere_stores_nothing(db: Database) -> None:
    account = _account(db)
    create_stage(db, "Lead", 10)
    unit = create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    set_cell(db, unit, offering, None, {"status": CellStatus.OPPORTUNITY})
    with pytest.raises(ConflictError):
        opp.open_opportunity_from_cell(db, unit, offering, NOT_STORED, "MES")
    assert opp.list_opportunities(db, account) == []
    assert get_cell(db, unit, offering).status is CellStatus.OPPORTUNITY


def test_opening_from_a_cell_without_stages_says_what_to_do(db: Database) -> None:
    account = _account(db)
    unit = create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    with pytest.raises(ValidationError, match="no pipeline stages"):
        opp.open_opportunity_from_cell(db, unit, offering, NOT_STORED, "MES")


def test_pipeline_figures_follow_the_fiscal_year(db: Database) -> None:
    account, stage = _basic(db)
    with db.session() as session:
        session.add(CompanySettings(id=1, fiscal_year_start_month=4))
    base = {"stage_id": stage, "type": OpportunityType.UPSELL}
    opp.create_opportunity(db, account, {**base, "title": "A", "value": Decimal(1000),
                                         "probability": 50, "expected_close": date(2025, 5, 1)})
    opp.create_opportunity(db, account, {**base, "title": "B", "value": Decimal(300),
                                         "probability": 10, "expected_close": date(2025, 3, 1)})
    opp.create_opportunity(db, account, {**base, "title": "C", "value": Decimal(700),
                                         "status": OpportunityStatus.WON,
                                         "closed_on": date(2025, 4, 2)})
    opp.create_opportunity(db, account, {**base, "title": "D", "value": Decimal(999),
                                         "status": OpportunityStatus.WON,
                                         "closed_on": date(2025, 3, 31)})
    figures = opp.pipeline_figures(db, account, today=date(2025, 6, 1))
    assert figures.fiscal_year == 2025
    assert figures.weighted == Decimal("530.00")
    assert [(q.year, q.quarter, q.weighted) for q in figures.by_quarter] == [
        (2024, 4, Decimal("30.00")), (2025, 1, Decimal("500.00"))]
    assert figures.won_this_fiscal_year == Decimal(700)
    assert figures.open_count == 2
