"""Plan sections about where the account can grow: whitespace, opportunities, pipeline.

The figures follow :mod:`kamdesk.domain.whitespace_figures`, as in the Whitespace and
Opportunities tabs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from kamdesk.domain import whitespace_figures as figures
from kamdesk.domain.enums import CellStatus, OpportunityStatus
from kamdesk.domain.fiscal_periods import fiscal_quarter_of
from kamdesk.domain.plan import (
    OpportunityEntry,
    Pipeline,
    QuarterValue,
    ValueTotal,
    Whitespace,
    WhitespaceCellEntry,
    WhitespaceTotals,
)
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.store.light_tables import (
    business_unit,
    competitor,
    offering,
    opportunity,
    opportunity_stage,
    whitespace_cell,
)


def growth_sections(
    connection: Connection, account: Row[Any], context: PlanContext
) -> dict[str, Any]:
    """The whitespace matrix with its totals, the opportunities and the pipeline figures."""
    rows = _opportunities(connection, account.id)
    plain = [
        figures.PipelineOpportunity(row.value, row.probability, row.status, row.expected_close,
                                    row.closed_on)
        for row in rows
    ]
    start_month = context.settings.fiscal_year_start_month
    fiscal_year = fiscal_quarter_of(context.today, start_month)[0]
    return {
        "whitespace": _whitespace(connection, account.id),
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
            weighted=figures.weighted_pipeline(plain),
            by_quarter=tuple(
                QuarterValue(q.year, q.quarter, q.weighted)
                for q in figures.pipeline_by_quarter(plain, start_month)
            ),
            won_this_fiscal_year=figures.won_value_in_fiscal_year(plain, fiscal_year, start_month),
        ),
    }


def _whitespace(connection: Connection, account_id: int) -> Whitespace:
    """Every cell of units × active offerings, never-assessed ones as "unknown"."""
    offerings = connection.execute(
        select(offering.c.id, offering.c.name)
        .where(offering.c.active.is_(True))
        .order_by(offering.c.position, offering.c.name)
    ).all()
    units = connection.execute(
        select(business_unit.c.id, business_unit.c.name)
        .where(business_unit.c.account_id == account_id)
        .order_by(business_unit.c.position, business_unit.c.id)
    ).all()
    # Every competitor of the account, so a cell still names one whose kind was changed.
    competitors = dict(
        connection.execute(
            select(competitor.c.id, competitor.c.name).where(competitor.c.account_id == account_id)
        ).all()
    )
    stored = {
        (row.business_unit_id, row.offering_id): row
        for row in connection.execute(
            select(whitespace_cell).where(
                whitespace_cell.c.business_unit_id.in_([unit.id for unit in units])
            )
        )
    }
    cells = []
    grid = []
    for unit in units:
        for offer in offerings:
            row = stored.get((unit.id, offer.id))
            status = row.status if row is not None else CellStatus.UNKNOWN
            value = row.estimated_value if row is not None else None
            named = row.competitor_id if row is not None else None
            cells.append(
                WhitespaceCellEntry(
                    unit=unit.name,
                    offering=offer.name,
                    status=status,
                    value=value,
                    competitor=competitors.get(named) if named else None,
                    note=row.note if row is not None else "",
                )
            )
            grid.append(figures.WhitespaceCell(unit.id, offer.id, status, value))
    totals = figures.whitespace_totals(grid)
    unit_names = {unit.id: unit.name for unit in units}
    offering_names = {offer.id: offer.name for offer in offerings}
    return Whitespace(
        units=tuple(unit.name for unit in units),
        offerings=tuple(offer.name for offer in offerings),
        cells=tuple(cells),
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


def _opportunities(connection: Connection, account_id: int) -> list[Row[Any]]:
    """Open opportunities first, by expected close, then the closed ones."""
    rows = connection.execute(
        select(
            opportunity,
            offering.c.name.label("offering"),
            business_unit.c.name.label("unit"),
            opportunity_stage.c.name.label("stage"),
        )
        .join(opportunity_stage, opportunity.c.stage_id == opportunity_stage.c.id)
        .outerjoin(offering, opportunity.c.offering_id == offering.c.id)
        .outerjoin(business_unit, opportunity.c.business_unit_id == business_unit.c.id)
        .where(opportunity.c.account_id == account_id)
    ).all()
    return sorted(
        rows,
        key=lambda row: (row.status is not OpportunityStatus.OPEN,
                         row.expected_close or date.max, row.id),
    )
