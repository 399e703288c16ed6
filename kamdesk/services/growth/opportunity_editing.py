"""An account's opportunities: listing, validated editing, opening one from a whitespace
cell, and the pipeline figures (weighted, by fiscal quarter, won this fiscal year).

Every write checks its input before the database sees it: a probability outside 0–100, a
negative value, a stage, offering or business unit that no longer exists (or a unit of
another account) is refused with a sentence naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import CellStatus, OpportunityStatus, OpportunityType
from kamdesk.domain.fiscal_periods import fiscal_quarter_of
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.domain.whitespace_figures import (
    PipelineOpportunity,
    QuarterPipeline,
    pipeline_by_quarter,
    weighted_pipeline,
    won_value_in_fiscal_year,
)
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.compare_and_set import Seen, check_seen, translate_integrity_errors
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import DeletedRows, restore_rows
from kamdesk.services.common.row_editing import NameRule, RowEditor, only_fields
from kamdesk.services.growth.offering_catalogue import check_amount, check_probability
from kamdesk.services.growth.whitespace_editing import CellRow, get_cell
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import (
    Account,
    BusinessUnit,
    Offering,
    Opportunity,
    OpportunityStage,
    WhitespaceCell,
)

# The fields of an opportunity a user edits.
EDITABLE_FIELDS = frozenset(
    {
        "title",
        "type",
        "offering_id",
        "business_unit_id",
        "value",
        "probability",
        "stage_id",
        "expected_close",
        "status",
        "closed_on",
        "lost_reason",
        "notes",
    }
)


@dataclass(frozen=True)
class OpportunityRow:
    """An opportunity with the names of its offering, unit and stage."""

    id: int
    version: int
    account_id: int
    title: str
    type: OpportunityType
    offering_id: int | None
    offering: str | None
    business_unit_id: int | None
    unit: str | None
    value: Decimal
    probability: int
    stage_id: int
    stage: str
    expected_close: date | None
    status: OpportunityStatus
    closed_on: date | None
    lost_reason: str
    notes: str

    def values(self) -> dict[str, Any]:
        """The editable fields, as ``update_opportunity`` takes them (for undo)."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


@dataclass(frozen=True)
class CellOpportunity:
    """An opportunity opened from a whitespace cell, and the cell before and after."""

    opportunity_id: int
    cell_before: CellRow
    cell_after: CellRow


@dataclass(frozen=True)
class PipelineFigures:
    """The account's pipeline: weighted open value, by fiscal quarter, won this fiscal year."""

    weighted: Decimal
    by_quarter: tuple[QuarterPipeline, ...]
    won_this_fiscal_year: Decimal
    fiscal_year: int
    open_count: int


# --- reading --------------------------------------------------------------------------------


def opportunities_in_session(session: Session, account_id: int) -> list[OpportunityRow]:
    """The account's opportunities: open ones first, by expected close, then the closed."""
    rows = session.execute(
        select(Opportunity, Offering.name, BusinessUnit.name, OpportunityStage.name)
        .join(OpportunityStage, Opportunity.stage_id == OpportunityStage.id)
        .outerjoin(Offering, Opportunity.offering_id == Offering.id)
        .outerjoin(BusinessUnit, Opportunity.business_unit_id == BusinessUnit.id)
        .where(Opportunity.account_id == account_id)
    ).all()
    result = [
        OpportunityRow(
            id=o.id,
            version=o.version,
            account_id=o.account_id,
            title=o.title,
            type=o.type,
            offering_id=o.offering_id,
            offering=offering,
            business_unit_id=o.business_unit_id,
            unit=unit,
            value=o.value,
            probability=o.probability,
            stage_id=o.stage_id,
            stage=stage,
            expected_close=o.expected_close,
            status=o.status,
            closed_on=o.closed_on,
            lost_reason=o.lost_reason,
            notes=o.notes,
        )
        for o, offering, unit, stage in rows
    ]
    result.sort(
        key=lambda row: (
            row.status is not OpportunityStatus.OPEN,
            row.expected_close or date.max,
            row.id,
        )
    )
    return result


def list_opportunities(db: Database, account_id: int) -> list[OpportunityRow]:
    """The account's opportunities (see :func:`opportunities_in_session` for the order)."""
    with db.session() as session:
        return opportunities_in_session(session, account_id)


def get_opportunity(db: Database, row_id: int) -> OpportunityRow:
    """One opportunity as stored now."""
    with db.session() as session:
        row = session.get(Opportunity, row_id)
        if row is None:
            raise deleted_elsewhere("opportunity")
        return next(o for o in opportunities_in_session(session, row.account_id) if o.id == row_id)


# --- writing --------------------------------------------------------------------------------


TITLE = NameRule(
    Opportunity.title,
    300,
    QT_TRANSLATE_NOOP("ServiceMessage", "An opportunity needs a title."),
    field="title",
    too_long=QT_TRANSLATE_NOOP("ServiceMessage", "The title may have at most {limit} characters."),
)


def _check(session: Session, account_id: int, values: Mapping[str, Any]) -> None:
    only_fields(values, EDITABLE_FIELDS, "opportunity")
    if "title" in values:
        TITLE.check(session, values["title"])
    if "type" in values and not isinstance(values["type"], OpportunityType):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Choose one of the listed types."), "type")
    if "status" in values and not isinstance(values["status"], OpportunityStatus):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Choose one of the listed statuses."), "status")
    if "value" in values:
        if values["value"] is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter the value (0 if not yet known)."),
                "value")
        check_amount(values["value"], "value", QT_TRANSLATE_NOOP("ServiceMessage", "The value"))
    if "probability" in values:
        check_probability(values["probability"])
    if "stage_id" in values and session.get(OpportunityStage, values["stage_id"]) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "This stage no longer exists; choose another one.",
            ), "stage_id")
    offering_id = values.get("offering_id")
    if offering_id is not None and session.get(Offering, offering_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "This offering no longer exists; choose another one.",
            ),
                              "offering_id")
    unit_id = values.get("business_unit_id")
    if unit_id is not None:
        unit = session.get(BusinessUnit, unit_id)
        if unit is None or unit.account_id != account_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This business unit no longer exists; choose another one.",
                ), "business_unit_id"
            )
    for name in ("expected_close", "closed_on"):
        if values.get(name) is not None and not isinstance(values[name], date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date."), name)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if isinstance(cleaned.get("title"), str):
        cleaned["title"] = cleaned["title"].strip()
    return cleaned


def _check_row(session: Session, row: Opportunity | None, values: Mapping[str, Any]) -> None:
    _check(session, row.account_id if row else values["account_id"],
           {name: value for name, value in values.items() if name != "account_id"})


OPPORTUNITIES = RowEditor(Opportunity, _clean, _check_row, parent=(Account, "account_id"))


# What a new opportunity lacks, sentence by required field.
_NEEDS = {
    "title": QT_TRANSLATE_NOOP("ServiceMessage", "The opportunity needs a title."),
    "type": QT_TRANSLATE_NOOP("ServiceMessage", "The opportunity needs a type."),
    "stage_id": QT_TRANSLATE_NOOP("ServiceMessage", "The opportunity needs a stage."),
}


def create_opportunity(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Add an opportunity to the account; needs at least title, type and stage."""
    for required in ("title", "type", "stage_id"):
        if required not in values:
            raise ValidationError(_NEEDS[required], required)
    return OPPORTUNITIES.create(db, {**values, "account_id": account_id})


def update_opportunity(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change an opportunity if it is as the caller saw it; returns its new version."""
    return OPPORTUNITIES.update(db, row_id, seen, changes)


def delete_opportunity(db: Database, row_id: int, seen: Seen) -> DeletedRows:
    """Delete an opportunity (undoable with :func:`restore_deleted`)."""
    return OPPORTUNITIES.delete(db, row_id, seen)


def restore_deleted(db: Database, deleted: DeletedRows) -> None:
    """Put back a deleted opportunity with its id."""
    restore_rows(db, deleted)


# --- from a whitespace cell -----------------------------------------------------------------


def open_opportunity_from_cell(
    db: Database, unit_id: int, offering_id: int, cell_seen: Seen, title: str
) -> CellOpportunity:
    """Open an opportunity for a cell and set the cell to *in progress*, in one transaction.

    The opportunity is prefilled from the cell: its unit and offering, the cell's estimated
    value (else the offering's list price), upsell where the unit already buys the offering
    and cross-sell where it does not, the first pipeline stage and its probability.
    """
    cell_before = get_cell(db, unit_id, offering_id)
    with translate_integrity_errors(), db.session() as session:
        unit = session.get(BusinessUnit, unit_id)
        offering = session.get(Offering, offering_id)
        if unit is None or offering is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This cell's business unit or offering was deleted.",
                )
            )
        stage = session.scalars(
            select(OpportunityStage).order_by(OpportunityStage.position, OpportunityStage.id)
        ).first()
        if stage is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "There are no pipeline stages yet; add them with “Edit catalogue…” "
                    "first.",
                )
            )
        cell = session.scalars(
            select(WhitespaceCell).where(
                WhitespaceCell.business_unit_id == unit_id,
                WhitespaceCell.offering_id == offering_id,
            )
        ).one_or_none()
        values: dict[str, Any] = {
            "title": title,
            "type": OpportunityType.UPSELL
            if cell is not None and cell.status is CellStatus.ACTIVE
            else OpportunityType.CROSS_SELL,
            "offering_id": offering_id,
            "business_unit_id": unit_id,
            "value": (cell.estimated_value if cell else None) or offering.list_price or Decimal(0),
            "probability": stage.default_probability,
            "stage_id": stage.id,
        }
        values = _clean(values)
        _check(session, unit.account_id, values)
        check_seen(cell, cell_seen, "cell")
        opportunity = Opportunity(account_id=unit.account_id, **values)
        session.add(opportunity)
        if cell is None:
            cell = WhitespaceCell(business_unit_id=unit_id, offering_id=offering_id)
            session.add(cell)
        cell.status = CellStatus.IN_PROGRESS
        session.flush()
        opportunity_id = opportunity.id
        cell_after = replace(
            cell_before, id=cell.id, version=cell.version, status=CellStatus.IN_PROGRESS
        )
    return CellOpportunity(opportunity_id, cell_before, cell_after)


def withdraw_opportunity_from_cell(db: Database, made: CellOpportunity) -> DeletedRows:
    """Undo :func:`open_opportunity_from_cell`: delete the opportunity, put the cell back."""
    with translate_integrity_errors(), db.session() as session:
        table = _opportunity_table()
        row = session.execute(select(table).where(table.c.id == made.opportunity_id)).mappings()
        found = row.one_or_none()
        if found is None:
            raise deleted_elsewhere("opportunity")
        session.execute(delete(table).where(table.c.id == made.opportunity_id))
        _put_cell(session, made.cell_after, made.cell_before)
        return DeletedRows(rows=(("opportunity", dict(found)),))


def reopen_opportunity_from_cell(
    db: Database, made: CellOpportunity, deleted: DeletedRows
) -> None:
    """Redo :func:`open_opportunity_from_cell` after it was withdrawn (same opportunity id)."""
    with translate_integrity_errors(), db.session() as session:
        for _table_name, values in deleted.rows:
            session.execute(insert(_opportunity_table()).values(**values))
        move_sequences_past_ids(session, [_opportunity_table()])
        _put_cell(session, made.cell_before, made.cell_after)


def _opportunity_table() -> Table:
    table = Opportunity.__table__
    assert isinstance(table, Table)
    return table


def _put_cell(session: Session, expected: CellRow, wanted: CellRow) -> None:
    row = session.scalars(
        select(WhitespaceCell).where(
            WhitespaceCell.business_unit_id == wanted.unit_id,
            WhitespaceCell.offering_id == wanted.offering_id,
        )
    ).one_or_none()
    if row is None:
        if session.get(BusinessUnit, wanted.unit_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This business unit was deleted in the meantime.",
                )
            )
        check_seen(CellRow(wanted.unit_id, wanted.offering_id), {"status": expected.status},
                   "cell")
        row = WhitespaceCell(business_unit_id=wanted.unit_id, offering_id=wanted.offering_id)
        session.add(row)
    else:
        check_seen(row, {"status": expected.status}, "cell")
    for name, value in wanted.values().items():
        setattr(row, name, value)


# --- figures --------------------------------------------------------------------------------


def pipeline_of(rows: list[OpportunityRow], today: date, start_month: int) -> PipelineFigures:
    """The pipeline figures of these opportunities (rules: domain.whitespace_figures)."""
    plain = [
        PipelineOpportunity(row.value, row.probability, row.status, row.expected_close,
                            row.closed_on)
        for row in rows
    ]
    fiscal_year = fiscal_quarter_of(today, start_month)[0]
    return PipelineFigures(
        weighted=weighted_pipeline(plain),
        by_quarter=tuple(pipeline_by_quarter(plain, start_month)),
        won_this_fiscal_year=won_value_in_fiscal_year(plain, fiscal_year, start_month),
        fiscal_year=fiscal_year,
        open_count=sum(1 for row in rows if row.status is OpportunityStatus.OPEN),
    )


def pipeline_figures(db: Database, account_id: int, today: date | None = None) -> PipelineFigures:
    """The account's pipeline figures as of ``today``."""
    with db.session() as session:
        start_month = settings_row(session).fiscal_year_start_month
        rows = opportunities_in_session(session, account_id)
    return pipeline_of(rows, today or date.today(), start_month)
