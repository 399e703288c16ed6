"""Tests of the growth plan section: whitespace, opportunities and pipeline in the plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import CellStatus, CompetitorKind, OpportunityStatus, OpportunityType
from kamdesk.domain.plain_json import to_json_value
from kamdesk.services.growth.offering_catalogue import create_offering, create_stage
from kamdesk.services.growth.opportunity_editing import create_opportunity
from kamdesk.services.growth.whitespace_editing import create_unit, set_cell
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Competitor


def test_the_plan_carries_whitespace_opportunities_and_pipeline(db: Database) -> None:
    with db.session() as session:
        account = Account(name="Acme")
        session.add(account)
        session.flush()
        competitor = Competitor(account_id=account.id, name="Rival", kind=CompetitorKind.OURS)
        session.add(competitor)
        session.flush()
        account_id, competitor_id = account.id, competitor.id
    berlin = create_unit(db, account_id, "Berlin")
    munich = create_unit(db, account_id, "Munich")
    mes = create_offering(db, "MES")
    audit = create_offering(db, "Audit")
    stage = create_stage(db, "Proposal", 50)
    set_cell(db, berlin, mes, None, {"status": CellStatus.ACTIVE,
                                     "estimated_value": Decimal(1000), "note": "since 2019"})
    set_cell(db, munich, audit, None, {"status": CellStatus.COMPETITOR,
                                       "estimated_value": Decimal(250),
                                       "competitor_id": competitor_id})
    create_opportunity(db, account_id, {
        "title": "Audit Munich", "type": OpportunityType.CROSS_SELL, "stage_id": stage,
        "offering_id": audit, "business_unit_id": munich, "value": Decimal(800),
        "probability": 25, "expected_close": date(2025, 8, 1)})
    create_opportunity(db, account_id, {
        "title": "MES renewal", "type": OpportunityType.RENEWAL, "stage_id": stage,
        "value": Decimal(500), "status": OpportunityStatus.WON, "closed_on": date(2025, 2, 1)})

    plan = assemble_plan(db, account_id, today=date(2025, 6, 1))

    whitespace = plan.whitespace
    assert whitespace.units == ("Berlin", "Munich")
    assert whitespace.offerings == ("MES", "Audit")
    assert len(whitespace.cells) == 4
    competitor_cell = next(c for c in whitespace.cells if c.status is CellStatus.COMPETITOR)
    assert (competitor_cell.unit, competitor_cell.offering, competitor_cell.competitor) == (
        "Munich", "Audit", "Rival")
    assert whitespace.totals.active == Decimal(1000)
    assert whitespace.totals.potential == Decimal(250)
    assert whitespace.totals.coverage == Decimal("0.2500")
    assert [(t.name, t.active, t.potential) for t in whitespace.totals.by_unit] == [
        ("Berlin", Decimal(1000), Decimal(0)), ("Munich", Decimal(0), Decimal(250))]
    assert [o.title for o in plan.opportunities] == ["Audit Munich", "MES renewal"]
    assert plan.opportunities[0].unit == "Munich"
    assert plan.pipeline.weighted == Decimal("200.00")
    assert [(q.year, q.quarter, q.value) for q in plan.pipeline.by_quarter] == [
        (2025, 3, Decimal("200.00"))]
    assert plan.pipeline.won_this_fiscal_year == Decimal(500)
    cell_json = to_json_value(plan)["whitespace"]["cells"][0]
    assert set(cell_json) == {"unit", "offering", "status", "value", "competitor", "note"}
