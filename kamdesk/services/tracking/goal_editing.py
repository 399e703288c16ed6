"""Editing an account's goals and their dated updates – each call one transaction.

A goal must stay trackable: a title, a target that differs from the baseline and lies on
the side its direction says, a due date not before its start, figures with at most four
decimal places. Every such rule is checked before the database sees the values and is
refused with one sentence naming the field (:class:`ValidationError`), so the UI can show
it where it was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Direction, GoalKind, GoalStatus
from kamdesk.domain.goal_status import assess_goal
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import (
    DeletedRows,
    delete_row,
    describe_dependents,
    restore_rows,
)
from kamdesk.services.common.row_editing import create_row, only_fields, update_fields
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, ActionItem, Goal, GoalUpdate, TeamMember

# The goal fields a user may edit (``account_id`` is fixed when the goal is added).
GOAL_FIELDS = frozenset(
    {
        "kind",
        "title",
        "metric",
        "unit",
        "direction",
        "baseline",
        "target",
        "start_on",
        "due_on",
        "owner_id",
        "notes",
    }
)
UPDATE_FIELDS = frozenset({"measured_on", "value", "note"})
METRIC_PLACES = 4  # what the Metric column type keeps


@dataclass(frozen=True)
class GoalUpdateRow:
    """One dated measurement of a goal."""

    id: int
    version: int
    goal_id: int
    measured_on: date
    value: Decimal
    note: str


@dataclass(frozen=True)
class GoalRow:
    """A goal with its derived current value, progress and status."""

    id: int
    version: int
    account_id: int
    kind: GoalKind
    title: str
    metric: str
    unit: str
    direction: Direction
    baseline: Decimal
    target: Decimal
    start_on: date
    due_on: date
    owner_id: int | None
    owner: str | None
    notes: str
    current: Decimal | None
    progress: Decimal | None  # fraction of the way from baseline to target
    elapsed: Decimal  # fraction of the goal's time that has passed
    status: GoalStatus
    updates: tuple[GoalUpdateRow, ...]  # oldest first


@dataclass(frozen=True)
class GoalDependents:
    """What goes, or loses its link, when a goal is deleted."""

    updates: int
    actions: int


def check_goal(values: Mapping[str, Any]) -> None:
    """Refuse a goal definition that cannot be tracked, naming the field to correct."""
    title = str(values.get("title", "")).strip()
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A goal needs a title."), field="title")
    for name in ("baseline", "target"):
        _check_metric(values.get(name), name)
    baseline, target = values["baseline"], values["target"]
    direction = Direction(values.get("direction", Direction.INCREASE))
    if target == baseline:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The target must differ from the baseline, or there is nothing to reach.",
            ),
            field="target",
        )
    if direction is Direction.INCREASE and target < baseline:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "For a metric that should increase, the target must lie above the "
                "baseline.",
            ),
            field="target",
        )
    if direction is Direction.DECREASE and target > baseline:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "For a metric that should decrease, the target must lie below the "
                "baseline.",
            ),
            field="target",
        )
    start, due = values.get("start_on"), values.get("due_on")
    if not isinstance(start, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A goal needs a start date."), field="start_on")
    if not isinstance(due, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A goal needs a due date."), field="due_on")
    if due < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "The due date cannot be before the start date."),
            field="due_on")


def _check_metric(value: Any, field: str) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Enter a number."), field=field)
    if value != value.quantize(Decimal(1).scaleb(-METRIC_PLACES), rounding=ROUND_DOWN):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "Use at most {places} decimal places.",
            ).format(places=METRIC_PLACES), field=field)


def list_goals(db: Database, account_id: int, today: date | None = None) -> tuple[GoalRow, ...]:
    """The account's goals: customer-facing first, then internal; each by due date."""
    with db.session() as session:
        return read_goals(session, account_id, today or date.today())


def get_goal(db: Database, goal_id: int, today: date | None = None) -> GoalRow:
    """One goal with its updates and status."""
    with db.session() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise deleted_elsewhere("goal")
        rows = read_goals(session, goal.account_id, today or date.today(), goal_id=goal_id)
        return rows[0]


def read_goals(
    session: Session, account_id: int, today: date, goal_id: int | None = None
) -> tuple[GoalRow, ...]:
    """The account's goals inside a running unit of work (also used by the plan)."""
    query = select(Goal).where(Goal.account_id == account_id)
    if goal_id is not None:
        query = query.where(Goal.id == goal_id)
    goals = session.scalars(query).all()
    updates: dict[int, list[GoalUpdateRow]] = {}
    if goals:
        for update in session.scalars(
            select(GoalUpdate)
            .where(GoalUpdate.goal_id.in_([goal.id for goal in goals]))
            .order_by(GoalUpdate.measured_on, GoalUpdate.id)
        ):
            updates.setdefault(update.goal_id, []).append(
                GoalUpdateRow(
                    update.id,
                    update.version,
                    update.goal_id,
                    update.measured_on,
                    update.value,
                    update.note,
                )
            )
    owners = {
        key: name for key, name in session.execute(select(TeamMember.id, TeamMember.name))
    }
    rows = [_goal_row(goal, tuple(updates.get(goal.id, ())), owners, today) for goal in goals]
    kind_order = {GoalKind.CUSTOMER: 0, GoalKind.INTERNAL: 1}
    rows.sort(key=lambda row: (kind_order[row.kind], row.due_on, row.title.casefold(), row.id))
    return tuple(rows)


def _goal_row(
    goal: Goal, updates: tuple[GoalUpdateRow, ...], owners: Mapping[int, str], today: date
) -> GoalRow:
    assessment = assess_goal(
        goal.direction,
        goal.baseline,
        goal.target,
        goal.start_on,
        goal.due_on,
        {update.measured_on: update.value for update in updates},
        today,
    )
    return GoalRow(
        id=goal.id,
        version=goal.version,
        account_id=goal.account_id,
        kind=goal.kind,
        title=goal.title,
        metric=goal.metric,
        unit=goal.unit,
        direction=goal.direction,
        baseline=goal.baseline,
        target=goal.target,
        start_on=goal.start_on,
        due_on=goal.due_on,
        owner_id=goal.owner_id,
        owner=owners.get(goal.owner_id) if goal.owner_id is not None else None,
        notes=goal.notes,
        current=assessment.current,
        progress=assessment.progress,
        elapsed=assessment.elapsed,
        status=assessment.status,
        updates=updates,
    )


def create_goal(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Add a goal to the account; returns its id."""
    only_fields(values, GOAL_FIELDS, "goal")

    def validate(session: Session, new: Mapping[str, Any]) -> None:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        check_goal(new)
        _check_owner(session, new.get("owner_id"))

    cleaned = {**values, "account_id": account_id, "title": str(values.get("title", "")).strip()}
    goal_id, _version = create_row(db, Goal, cleaned, validate)
    return goal_id


def _clean_goal(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = only_fields(values, GOAL_FIELDS, "goal")
    if "title" in cleaned:
        cleaned["title"] = str(cleaned["title"]).strip()
    return cleaned


def update_goal(db: Database, goal_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change fields of a goal if it is as the caller saw it; returns its new version."""

    def validate(session: Session, goal: Goal, new: Mapping[str, Any]) -> None:
        merged = {name: getattr(goal, name) for name in GOAL_FIELDS} | dict(new)
        check_goal(merged)
        if "owner_id" in new:
            _check_owner(session, new["owner_id"])

    return update_fields(db, Goal, goal_id, seen, changes, validate, _clean_goal)


def _check_owner(session: Session, owner_id: Any) -> None:
    if owner_id is not None and session.get(TeamMember, owner_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This team member no longer exists."),
            field="owner_id")


def goal_dependents(db: Database, goal_id: int) -> GoalDependents:
    """How many updates go with the goal and how many actions lose their link to it."""
    counts = describe_dependents(db, Goal, goal_id)
    with db.session() as session:
        actions = session.execute(
            select(func.count()).select_from(ActionItem).where(ActionItem.goal_id == goal_id)
        ).scalar_one()
    return GoalDependents(updates=counts.get("goal_update", 0), actions=actions)


def delete_goal(db: Database, goal_id: int, seen: Seen) -> DeletedRows:
    """Delete a goal with its updates (its actions stay, untied); returns what to restore."""
    return delete_row(db, Goal, goal_id, seen)


def restore_deleted(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of a goal or an update: everything comes back with the same ids."""
    restore_rows(db, deleted)


def check_update(values: Mapping[str, Any]) -> None:
    """Refuse a goal update without a date or with a value that is not a number."""
    if not isinstance(values.get("measured_on"), date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "An update needs a date."), field="measured_on")
    _check_metric(values.get("value"), "value")


def add_goal_update(
    db: Database, goal_id: int, measured_on: date, value: Decimal, note: str = ""
) -> int:
    """Record a measurement of the goal's metric on a day; returns the update's id."""
    values = {"goal_id": goal_id, "measured_on": measured_on, "value": value, "note": note.strip()}

    def validate(session: Session, new: Mapping[str, Any]) -> None:
        if session.get(Goal, goal_id) is None:
            raise deleted_elsewhere("goal")
        check_update(new)
        _check_unique_day(session, goal_id, measured_on, None)

    update_id, _version = create_row(db, GoalUpdate, values, validate)
    return update_id


def update_goal_update(
    db: Database, update_id: int, seen: Seen, changes: Mapping[str, Any]
) -> int:
    """Change a recorded update if it is as the caller saw it; returns its new version."""
    only_fields(changes, UPDATE_FIELDS, "goal update")

    def validate(session: Session, row: GoalUpdate, new: Mapping[str, Any]) -> None:
        merged = {name: getattr(row, name) for name in UPDATE_FIELDS} | dict(new)
        check_update(merged)
        if "measured_on" in new:
            _check_unique_day(session, row.goal_id, new["measured_on"], row.id)

    return update_fields(db, GoalUpdate, update_id, seen, changes, validate)


def _check_unique_day(session: Session, goal_id: int, day: date, own_id: int | None) -> None:
    query = select(GoalUpdate.id).where(
        GoalUpdate.goal_id == goal_id, GoalUpdate.measured_on == day
    )
    if own_id is not None:
        query = query.where(GoalUpdate.id != own_id)
    if session.execute(query).first() is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is already an update on this date; change that one instead.",
            ),
            field="measured_on",
        )


def delete_goal_update(db: Database, update_id: int, seen: Seen) -> DeletedRows:
    """Delete one update of a goal; returns what to restore."""
    return delete_row(db, GoalUpdate, update_id, seen)
