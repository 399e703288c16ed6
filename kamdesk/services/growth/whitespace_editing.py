"""The whitespace matrix of one account: its business units and unit × offering cells.

The matrix is the account's business units (rows, in their order) × the active offerings
of our catalogue (columns). A cell that was never assessed has no row in the database and
reads as *unknown*; the first change stores it. Totals and coverage come from
:mod:`kamdesk.domain.whitespace_figures` over every cell of the grid, stored or not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain import whitespace_figures
from kamdesk.domain.enums import CellStatus, CompetitorKind
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import (
    NOT_STORED,
    Seen,
    check_seen,
    translate_integrity_errors,
)
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import DeletedRows, restore_rows
from kamdesk.services.common.row_editing import NameRule, RowEditor, only_fields
from kamdesk.services.growth.offering_catalogue import (
    OfferingRow,
    check_amount,
    offerings_in_session,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm import (
    Account,
    BusinessUnit,
    Competitor,
    Offering,
    Opportunity,
    WhitespaceCell,
)

# The fields of a cell that can be changed.
CELL_FIELDS = frozenset({"status", "estimated_value", "competitor_id", "note"})


@dataclass(frozen=True)
class UnitRow:
    """A business unit of the account."""

    id: int
    version: int
    name: str
    notes: str
    position: int


@dataclass(frozen=True)
class CellRow:
    """One unit × offering cell; ``id`` is None and ``version`` NOT_STORED until it is stored."""

    unit_id: int
    offering_id: int
    id: int | None = None
    version: int = NOT_STORED
    status: CellStatus = CellStatus.UNKNOWN
    estimated_value: Decimal | None = None
    competitor_id: int | None = None
    competitor: str | None = None
    note: str = ""

    def values(self) -> dict[str, Any]:
        """The editable fields, as ``set_cell`` takes them (for undo)."""
        return {
            "status": self.status,
            "estimated_value": self.estimated_value,
            "competitor_id": self.competitor_id,
            "note": self.note,
        }


@dataclass(frozen=True)
class CompetitorChoice:
    """One of our competitors at this account (kind "ours"): who else may hold a cell."""

    id: int
    name: str


@dataclass(frozen=True)
class UnitUsage:
    """What goes with a business unit: its cells (deleted) and opportunities (unlinked)."""

    cells: int
    opportunities: int


@dataclass(frozen=True)
class WhitespaceMatrix:
    """The account's matrix with its totals."""

    account_id: int
    units: tuple[UnitRow, ...]
    offerings: tuple[OfferingRow, ...]
    cells: Mapping[tuple[int, int], CellRow]
    competitors: tuple[CompetitorChoice, ...]
    totals: whitespace_figures.WhitespaceTotals

    def cell(self, unit_id: int, offering_id: int) -> CellRow:
        """The cell at this unit and offering (unknown when never stored)."""
        return self.cells.get((unit_id, offering_id), CellRow(unit_id, offering_id))


# --- reading --------------------------------------------------------------------------------


def _unit_row(row: BusinessUnit) -> UnitRow:
    return UnitRow(row.id, row.version, row.name, row.notes, row.position)


def _cell_row(row: WhitespaceCell, competitors: Mapping[int, str]) -> CellRow:
    return CellRow(
        unit_id=row.business_unit_id,
        offering_id=row.offering_id,
        id=row.id,
        version=row.version,
        status=row.status,
        estimated_value=row.estimated_value,
        competitor_id=row.competitor_id,
        competitor=competitors.get(row.competitor_id) if row.competitor_id else None,
        note=row.note,
    )


def units_in_session(session: Session, account_id: int) -> list[BusinessUnit]:
    """The account's units in display order (for other services of the same transaction)."""
    return list(
        session.scalars(
            select(BusinessUnit)
            .where(BusinessUnit.account_id == account_id)
            .order_by(BusinessUnit.position, BusinessUnit.id)
        )
    )


def list_units(db: Database, account_id: int) -> list[UnitRow]:
    """The account's business units in order."""
    with db.session() as session:
        return [_unit_row(row) for row in units_in_session(session, account_id)]


def _competitor_names(session: Session, account_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Competitor.id, Competitor.name).where(Competitor.account_id == account_id)
    )
    return {row.id: row.name for row in rows}


def list_competitors(db: Database, account_id: int) -> list[CompetitorChoice]:
    """Our competitors at this account, by name (the choices for a competitor cell)."""
    with db.session() as session:
        return _competitors(session, account_id)


def _competitors(session: Session, account_id: int) -> list[CompetitorChoice]:
    rows = session.execute(
        select(Competitor.id, Competitor.name)
        .where(Competitor.account_id == account_id, Competitor.kind == CompetitorKind.OURS)
        .order_by(Competitor.name)
    ).all()
    return [CompetitorChoice(row.id, row.name) for row in rows]


def load_matrix(db: Database, account_id: int) -> WhitespaceMatrix:
    """The whole matrix of the account: units × active offerings, cells and totals."""
    with db.session() as session:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        return matrix_in_session(session, account_id)


def matrix_in_session(session: Session, account_id: int) -> WhitespaceMatrix:
    """The matrix of the account, inside a running unit of work."""
    offerings = tuple(offerings_in_session(session, active_only=True))
    units = tuple(_unit_row(row) for row in units_in_session(session, account_id))
    competitors = tuple(_competitors(session, account_id))
    # Every competitor of the account, so a cell still names one whose kind was changed.
    names = _competitor_names(session, account_id)
    stored = session.scalars(
        select(WhitespaceCell).where(
            WhitespaceCell.business_unit_id.in_([unit.id for unit in units])
        )
    )
    cells = {(row.business_unit_id, row.offering_id): _cell_row(row, names) for row in stored}
    grid = [
        whitespace_figures.WhitespaceCell(
            unit.id, offering.id, cell.status, cell.estimated_value
        )
        for unit in units
        for offering in offerings
        for cell in [cells.get((unit.id, offering.id), CellRow(unit.id, offering.id))]
    ]
    return WhitespaceMatrix(
        account_id=account_id,
        units=units,
        offerings=offerings,
        cells=cells,
        competitors=competitors,
        totals=whitespace_figures.whitespace_totals(grid),
    )


# --- cells ----------------------------------------------------------------------------------


def _check_cell(session: Session, unit: BusinessUnit, changes: Mapping[str, Any]) -> None:
    only_fields(changes, CELL_FIELDS, "whitespace cell")
    if "status" in changes and not isinstance(changes["status"], CellStatus):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Choose one of the listed statuses."), "status")
    if "estimated_value" in changes:
        check_amount(
            changes["estimated_value"],
            "estimated_value",
            QT_TRANSLATE_NOOP("ServiceMessage", "The estimated value"),
        )
    competitor_id = changes.get("competitor_id")
    if competitor_id is not None:
        competitor = session.get(Competitor, competitor_id)
        if (
            competitor is None
            or competitor.account_id != unit.account_id
            or competitor.kind is not CompetitorKind.OURS
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Choose one of our competitors at this account (Profile tab).",
                ), "competitor_id"
            )
    if "note" in changes and not isinstance(changes["note"], str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "The note must be text."), "note")


def set_cell(
    db: Database, unit_id: int, offering_id: int, seen: Seen, changes: Mapping[str, Any]
) -> CellRow:
    """Change a cell (storing it on its first change); returns it as it now is.

    ``seen`` is the version the user saw (NOT_STORED for a cell never stored) or, for undo
    and redo, the values they left in the cell. A cell stored or changed elsewhere in the
    meantime raises :class:`ConflictError`.
    """
    with translate_integrity_errors(), db.session() as session:
        unit = session.get(BusinessUnit, unit_id)
        if unit is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This business unit was deleted; its cells can no longer be changed.",
                )
            )
        if session.get(Offering, offering_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This offering was deleted; its cells can no longer be changed.",
                )
            )
        _check_cell(session, unit, changes)
        row = session.scalars(
            select(WhitespaceCell).where(
                WhitespaceCell.business_unit_id == unit_id,
                WhitespaceCell.offering_id == offering_id,
            )
        ).one_or_none()
        check_seen(row or CellRow(unit_id, offering_id), seen, "cell")
        if row is None:
            row = WhitespaceCell(business_unit_id=unit_id, offering_id=offering_id)
            session.add(row)
        for name, value in changes.items():
            setattr(row, name, value)
        session.flush()
        return _cell_row(row, _competitor_names(session, unit.account_id))


def get_cell(db: Database, unit_id: int, offering_id: int) -> CellRow:
    """The cell as stored now (unknown when never stored)."""
    with db.session() as session:
        row = session.scalars(
            select(WhitespaceCell).where(
                WhitespaceCell.business_unit_id == unit_id,
                WhitespaceCell.offering_id == offering_id,
            )
        ).one_or_none()
        if row is None:
            return CellRow(unit_id, offering_id)
        competitor = session.get(Competitor, row.competitor_id) if row.competitor_id else None
        names = {competitor.id: competitor.name} if competitor else {}
        return _cell_row(row, names)


# --- business units -------------------------------------------------------------------------


UNIT_NAME = NameRule(
    BusinessUnit.name,
    200,
    QT_TRANSLATE_NOOP("ServiceMessage", "A business unit needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This account already has a business unit named “{name}”."),
)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if isinstance(cleaned.get("name"), str):
        cleaned["name"] = cleaned["name"].strip()
    return cleaned


def _check_unit(session: Session, row: BusinessUnit | None, values: Mapping[str, Any]) -> None:
    if set(values) - {"name", "notes", "account_id"}:
        raise ValueError("only a unit's name and notes can be changed here")
    if "name" in values:
        account_id = row.account_id if row else values["account_id"]
        UNIT_NAME.check(
            session, values["name"], row.id if row else None,
            BusinessUnit.account_id == account_id,
        )


def _below_the_others(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    last = session.execute(
        select(func.max(BusinessUnit.position)).where(
            BusinessUnit.account_id == values["account_id"]
        )
    ).scalar_one_or_none()
    return {"position": (last or 0) + 1}


UNITS = RowEditor(
    BusinessUnit, _clean, _check_unit, parent=(Account, "account_id"), place=_below_the_others
)


def create_unit(db: Database, account_id: int, name: str, notes: str = "") -> int:
    """Add a business unit below the account's others; returns its id."""
    return UNITS.create(db, {"account_id": account_id, "name": name, "notes": notes})


def update_unit(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Rename a unit or change its notes, if it is as the caller saw it; new version."""
    return UNITS.update(db, row_id, seen, changes)


def unit_usage(db: Database, row_id: int) -> UnitUsage:
    """The cells a delete of the unit removes and the opportunities it unlinks."""
    with db.session() as session:
        cells = session.execute(
            select(func.count())
            .select_from(WhitespaceCell)
            .where(WhitespaceCell.business_unit_id == row_id)
        ).scalar_one()
        opportunities = session.execute(
            select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.business_unit_id == row_id)
        ).scalar_one()
        return UnitUsage(cells, opportunities)


def delete_unit(db: Database, row_id: int, seen: Seen) -> DeletedRows:
    """Delete a unit with its cells (its opportunities stay, without a unit); undoable."""
    return UNITS.delete(db, row_id, seen)


def restore_deleted(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of this module (a unit with its cells)."""
    restore_rows(db, deleted)


def reorder_units(db: Database, account_id: int, ordered_ids: Sequence[int]) -> None:
    """Put the account's units in this order; the ids must be all of its units."""
    with db.session() as session:
        rows = {row.id: row for row in units_in_session(session, account_id)}
        if set(rows) != set(ordered_ids) or len(ordered_ids) != len(rows):
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The business units changed elsewhere in the meantime; they have been"
                    " reloaded.",
                )
            )
        for position, row_id in enumerate(ordered_ids, start=1):
            if rows[row_id].position != position:
                rows[row_id].position = position
