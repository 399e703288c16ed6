"""Plan sections about where the account can grow: whitespace, opportunities, pipeline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.plan import (
    OpportunityEntry,
    Pipeline,
    QuarterValue,
    ValueTotal,
    Whitespace,
    WhitespaceCellEntry,
    WhitespaceTotals,
)
from kamdesk.services.growth.opportunity_editing import opportunities_in_session, pipeline_of
from kamdesk.services.growth.whitespace_editing import matrix_in_session
from kamdesk.store.orm import Account
from tests.helpers.orm_plan.context import PlanContext


def growth_sections(session: Session, account: Account, context: PlanContext) -> dict[str, Any]:
    """The whitespace matrix with its totals, the opportunities and the pipeline figures."""
    matrix = matrix_in_session(session, account.id)
    unit_names = {unit.id: unit.name for unit in matrix.units}
    offering_names = {offering.id: offering.name for offering in matrix.offerings}
    # Every cell of the grid, never-assessed ones as "unknown", so a renderer needs no gaps.
    cells = tuple(
        WhitespaceCellEntry(
            unit=unit.name,
            offering=offering.name,
            status=cell.status,
            value=cell.estimated_value,
            competitor=cell.competitor,
            note=cell.note,
        )
        for unit in matrix.units
        for offering in matrix.offerings
        for cell in [matrix.cell(unit.id, offering.id)]
    )
    totals = matrix.totals
    whitespace = Whitespace(
        units=tuple(unit.name for unit in matrix.units),
        offerings=tuple(offering.name for offering in matrix.offerings),
        cells=cells,
        totals=WhitespaceTotals(
            active=totals.active_value,
            potential=totals.potential_value,
            coverage=totals.coverage,
            by_unit=tuple(
                ValueTotal(unit_names[int(t.key)], t.active, t.potential) for t in totals.by_unit
            ),
            by_offering=tuple(
                ValueTotal(offering_names[int(t.key)], t.active, t.potential)
                for t in totals.by_offering
            ),
        ),
    )
    rows = opportunities_in_session(session, account.id)
    figures = pipeline_of(rows, context.today, context.settings.fiscal_year_start_month)
    return {
        "whitespace": whitespace,
        "opportunities": tuple(
            OpportunityEntry(
                title=row.title,
                type=row.type,
                offering=row.offering,
                unit=row.unit,
                value=row.value,
                probability=row.probability,
                stage=row.stage,
                expected_close=row.expected_close,
                status=row.status,
                lost_reason=row.lost_reason,
            )
            for row in rows
        ),
        "pipeline": Pipeline(
            weighted=figures.weighted,
            by_quarter=tuple(
                QuarterValue(q.year, q.quarter, q.weighted) for q in figures.by_quarter
            ),
            won_this_fiscal_year=figures.won_this_fiscal_year,
        ),
    }
