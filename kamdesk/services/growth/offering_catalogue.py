"""Our offerings catalogue and pipeline stages: listing, editing, ordering, safe deletion.

Offerings are the columns of every account's whitespace matrix and stages order the
pipeline, so both are shared by all accounts. An offering or a stage that cells or
opportunities still refer to is never deleted (the foreign keys RESTRICT): the refusal
says what uses it, and an offering can be deactivated instead, which hides its column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.services.common.compare_and_set import Seen, translate_integrity_errors
from kamdesk.services.common.row_deletion import DeletedRows, restore_rows
from kamdesk.services.common.row_editing import NameRule, RowEditor
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm import Offering, Opportunity, OpportunityStage, WhitespaceCell

OrderedRowT = TypeVar("OrderedRowT", Offering, OpportunityStage)

# Amounts from here on are typing mistakes (and would overflow the cents column).
MAX_AMOUNT = Decimal(10) ** 13

# Stages offered to a new database that has none (name, default probability in percent).
STANDARD_STAGES: tuple[tuple[str, int], ...] = (
    ("Qualification", 10),
    ("Needs analysis", 25),
    ("Proposal", 50),
    ("Negotiation", 75),
    ("Commitment", 90),
)


@dataclass(frozen=True)
class OfferingRow:
    """A product or service of our catalogue."""

    id: int
    version: int
    name: str
    category: str
    list_price: Decimal | None
    active: bool
    position: int


@dataclass(frozen=True)
class StageRow:
    """A stage of the sales pipeline."""

    id: int
    version: int
    name: str
    position: int
    default_probability: int
    notes: str


@dataclass(frozen=True)
class OfferingUsage:
    """What refers to an offering: whitespace cells and opportunities (across accounts)."""

    cells: int
    opportunities: int

    @property
    def in_use(self) -> bool:
        """Whether anything still refers to the offering."""
        return bool(self.cells or self.opportunities)


def _offering_row(row: Offering) -> OfferingRow:
    return OfferingRow(
        row.id, row.version, row.name, row.category, row.list_price, row.active, row.position
    )


def _stage_row(row: OpportunityStage) -> StageRow:
    return StageRow(row.id, row.version, row.name, row.position, row.default_probability, row.notes)


# --- offerings ------------------------------------------------------------------------------


def list_offerings(db: Database, active_only: bool = False) -> list[OfferingRow]:
    """The catalogue in display order (position, then name)."""
    with db.session() as session:
        return offerings_in_session(session, active_only)


def offerings_in_session(session: Session, active_only: bool = False) -> list[OfferingRow]:
    """The catalogue in display order, inside a running unit of work."""
    query = select(Offering).order_by(Offering.position, Offering.name)
    if active_only:
        query = query.where(Offering.active.is_(True))
    return [_offering_row(row) for row in session.scalars(query)]


OFFERING_NAME = NameRule(
    Offering.name,
    120,
    QT_TRANSLATE_NOOP("ServiceMessage", "An offering needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is already an offering named “{name}”."),
)
STAGE_NAME = NameRule(
    OpportunityStage.name,
    80,
    QT_TRANSLATE_NOOP("ServiceMessage", "A stage needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is already a stage named “{name}”."),
)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for key in ("name", "category"):
        if key in cleaned and isinstance(cleaned[key], str):
            cleaned[key] = cleaned[key].strip()
    return cleaned


def _check_offering(session: Session, row: Offering | None, values: Mapping[str, Any]) -> None:
    if "name" in values:
        OFFERING_NAME.check(session, values["name"], row.id if row else None)
    if "list_price" in values:
        check_amount(
            values["list_price"],
            "list_price",
            QT_TRANSLATE_NOOP("ServiceMessage", "The list price"),
        )


def _check_stage(
    session: Session, row: OpportunityStage | None, values: Mapping[str, Any]
) -> None:
    if "name" in values:
        STAGE_NAME.check(session, values["name"], row.id if row else None)
    if "default_probability" in values:
        check_probability(values["default_probability"], "default_probability")


def _at_the_end(model: type[OrderedRowT]) -> Any:
    def place(session: Session, _values: Mapping[str, Any]) -> dict[str, Any]:
        last = session.execute(select(func.max(model.position))).scalar_one_or_none()
        return {"position": (last or 0) + 1}

    return place


OFFERINGS = RowEditor(Offering, _clean, _check_offering, place=_at_the_end(Offering))
STAGES = RowEditor(
    OpportunityStage, _clean, _check_stage, place=_at_the_end(OpportunityStage)
)


def create_offering(
    db: Database,
    name: str,
    category: str = "",
    list_price: Decimal | None = None,
    active: bool = True,
) -> int:
    """Add an offering at the end of the catalogue; returns its id."""
    return OFFERINGS.create(
        db, {"name": name, "category": category, "list_price": list_price, "active": active}
    )


def update_offering(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change an offering's fields if it is as the caller saw it; returns its new version."""
    return OFFERINGS.update(db, row_id, seen, changes)


def offering_usage(db: Database, row_id: int) -> OfferingUsage:
    """How many cells and opportunities refer to the offering."""
    with db.session() as session:
        return _usage(session, row_id)


def _usage(session: Session, row_id: int) -> OfferingUsage:
    cells = session.execute(
        select(func.count()).select_from(WhitespaceCell).where(WhitespaceCell.offering_id == row_id)
    ).scalar_one()
    opportunities = session.execute(
        select(func.count()).select_from(Opportunity).where(Opportunity.offering_id == row_id)
    ).scalar_one()
    return OfferingUsage(cells, opportunities)


def delete_offering(db: Database, row_id: int, seen: Seen) -> DeletedRows:
    """Delete an unused offering; one in use is refused with what uses it."""
    usage = offering_usage(db, row_id)
    if usage.in_use:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "This offering is used in {cells} whitespace cell(s) and {opportunities} "
                "opportunity(ies), so it cannot be deleted; deactivate it instead.",
            ).format(cells=usage.cells, opportunities=usage.opportunities)
        )
    return OFFERINGS.delete(db, row_id, seen)


def restore_deleted(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of an offering or stage (same id)."""
    restore_rows(db, deleted)


# --- stages ---------------------------------------------------------------------------------


def list_stages(db: Database) -> list[StageRow]:
    """The pipeline stages in order."""
    with db.session() as session:
        query = select(OpportunityStage).order_by(OpportunityStage.position, OpportunityStage.id)
        return [_stage_row(row) for row in session.scalars(query)]


def check_amount(value: Any, field: str, label: UserMessage) -> None:
    """Refuse an amount of money that is negative, not a number, or finer than a cent."""
    if value is None:
        return
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{label} must be an amount of money.",
            ).format(label=label), field)
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{label} must be an amount of money.",
            ).format(label=label), field)
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{label} cannot be negative.",
            ).format(label=label), field)
    if amount >= MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "{label} is too large.").format(label=label), field)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{label} can have at most two decimal places.",
            ).format(label=label), field)


def check_probability(value: Any, field: str = "probability") -> None:
    """Refuse a probability that is not a whole percentage from 0 to 100."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The probability must be a whole number from 0 to 100 %.",
            ), field)


def create_stage(db: Database, name: str, default_probability: int = 10, notes: str = "") -> int:
    """Add a stage at the end of the pipeline; returns its id."""
    return STAGES.create(
        db, {"name": name, "default_probability": default_probability, "notes": notes}
    )


def update_stage(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change a stage's fields if it is as the caller saw it; returns its new version."""
    return STAGES.update(db, row_id, seen, changes)


def stage_usage(db: Database, row_id: int) -> int:
    """How many opportunities are in this stage."""
    with db.session() as session:
        return session.execute(
            select(func.count()).select_from(Opportunity).where(Opportunity.stage_id == row_id)
        ).scalar_one()


def delete_stage(db: Database, row_id: int, seen: Seen) -> DeletedRows:
    """Delete a stage no opportunity is in; one in use is refused."""
    used = stage_usage(db, row_id)
    if used:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{used} opportunity(ies) are in this stage, so it cannot be deleted; move"
                " them to another stage first.",
            ).format(used=used)
        )
    return STAGES.delete(db, row_id, seen)


def add_standard_stages(db: Database) -> list[int]:
    """Give a pipeline without stages the usual five; returns the new ids (none if any exist)."""
    with translate_integrity_errors(), db.session() as session:
        if session.execute(select(func.count()).select_from(OpportunityStage)).scalar_one():
            return []
        rows = [
            OpportunityStage(name=name, default_probability=probability, position=index + 1)
            for index, (name, probability) in enumerate(STANDARD_STAGES)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


# --- order ----------------------------------------------------------------------------------


def reorder_offerings(db: Database, ordered_ids: Sequence[int]) -> None:
    """Put the offerings in this order (positions 1…n); the ids must be the whole catalogue."""
    _reorder(db, Offering, ordered_ids)


def reorder_stages(db: Database, ordered_ids: Sequence[int]) -> None:
    """Put the stages in this order (positions 1…n); the ids must be every stage."""
    _reorder(db, OpportunityStage, ordered_ids)


def _reorder(db: Database, model: type[OrderedRowT], ordered_ids: Sequence[int]) -> None:
    with db.session() as session:
        rows = {row.id: row for row in session.scalars(select(model))}
        if set(rows) != set(ordered_ids) or len(ordered_ids) != len(rows):
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The list changed elsewhere in the meantime; it has been reloaded.",
                )
            )
        for position, row_id in enumerate(ordered_ids, start=1):
            if rows[row_id].position != position:
                rows[row_id].position = position
