"""Editing an account's action items – each call one transaction.

An action has a title, and optionally an owner, a due date and a goal of the same account.
Marking it done records the day it was done (and clearing the mark clears that day), so the
plan can say when things were closed. An open action past its due date is overdue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import DeletedRows, delete_row, restore_rows
from kamdesk.services.common.row_editing import create_row, only_fields, update_fields
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, ActionItem, Goal, TeamMember

# The fields a user may edit (``account_id`` is fixed when the action is added).
ACTION_FIELDS = frozenset(
    {"title", "owner_id", "due_on", "done", "done_on", "goal_id", "shared_with_client", "notes"}
)


@dataclass(frozen=True)
class ActionRow:
    """An action item as the UI and the plan show it."""

    id: int
    version: int
    account_id: int
    title: str
    owner_id: int | None
    owner: str | None
    due_on: date | None
    done: bool
    done_on: date | None
    goal_id: int | None
    goal: str | None
    shared_with_client: bool
    notes: str
    overdue: bool


@dataclass(frozen=True)
class GoalChoice:
    """A goal an action can be tied to."""

    id: int
    title: str


def is_overdue(due_on: date | None, done: bool, today: date) -> bool:
    """An open action whose due date has passed (due today is not yet overdue)."""
    return not done and due_on is not None and due_on < today


def list_actions(
    db: Database, account_id: int, today: date | None = None
) -> tuple[ActionRow, ...]:
    """The account's actions: open ones by due date (undated last), then done ones."""
    with db.session() as session:
        return read_actions(session, account_id, today or date.today())


def read_actions(session: Session, account_id: int, today: date) -> tuple[ActionRow, ...]:
    """The account's actions inside a running unit of work (also used by the plan)."""
    actions = session.scalars(select(ActionItem).where(ActionItem.account_id == account_id)).all()
    owners = {
        key: name for key, name in session.execute(select(TeamMember.id, TeamMember.name))
    }
    goals = {
        key: title
        for key, title in session.execute(
            select(Goal.id, Goal.title).where(Goal.account_id == account_id)
        )
    }
    rows = [
        ActionRow(
            id=action.id,
            version=action.version,
            account_id=action.account_id,
            title=action.title,
            owner_id=action.owner_id,
            owner=owners.get(action.owner_id) if action.owner_id is not None else None,
            due_on=action.due_on,
            done=action.done,
            done_on=action.done_on,
            goal_id=action.goal_id,
            goal=goals.get(action.goal_id) if action.goal_id is not None else None,
            shared_with_client=action.shared_with_client,
            notes=action.notes,
            overdue=is_overdue(action.due_on, action.done, today),
        )
        for action in actions
    ]
    rows.sort(key=lambda r: (r.done, r.due_on is None, r.due_on or today, r.title.casefold(), r.id))
    return tuple(rows)


def goal_choices(db: Database, account_id: int) -> tuple[GoalChoice, ...]:
    """The goals of the account, by title, for tying an action to one."""
    with db.session() as session:
        rows = session.execute(
            select(Goal.id, Goal.title).where(Goal.account_id == account_id).order_by(Goal.title)
        )
        return tuple(GoalChoice(goal_id, title) for goal_id, title in rows)


def create_action(
    db: Database,
    account_id: int,
    title: str,
    values: Mapping[str, Any] | None = None,
    today: date | None = None,
) -> int:
    """Add an action to the account; returns its id."""
    extra = only_fields(values or {}, ACTION_FIELDS, "action")
    row = {**extra, "account_id": account_id, "title": title.strip()}
    if row.get("done") and row.get("done_on") is None:
        row["done_on"] = today or date.today()

    def validate(session: Session, new: Mapping[str, Any]) -> None:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        _check(session, account_id, new)

    action_id, _version = create_row(db, ActionItem, row, validate)
    return action_id


def update_action(
    db: Database,
    action_id: int,
    seen: Seen,
    changes: Mapping[str, Any],
    today: date | None = None,
) -> int:
    """Change fields of an action if it is as the caller saw it; returns its new version.

    Setting ``done`` without ``done_on`` records today as the day it was done; clearing
    ``done`` clears that day.
    """

    def clean(values: Mapping[str, Any]) -> dict[str, Any]:
        cleaned = only_fields(values, ACTION_FIELDS, "action")
        if "title" in cleaned:
            cleaned["title"] = str(cleaned["title"]).strip()
        if "done" in cleaned and "done_on" not in cleaned:
            cleaned["done_on"] = (today or date.today()) if cleaned["done"] else None
        return cleaned

    def validate(session: Session, action: ActionItem, new: Mapping[str, Any]) -> None:
        _check(session, action.account_id, new)

    return update_fields(db, ActionItem, action_id, seen, changes, validate, clean)


def _check(session: Session, account_id: int, values: Mapping[str, Any]) -> None:
    if "title" in values and not str(values["title"]).strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "An action needs a title."), field="title")
    owner_id = values.get("owner_id")
    if owner_id is not None and session.get(TeamMember, owner_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This team member no longer exists."),
            field="owner_id")
    goal_id = values.get("goal_id")
    if goal_id is not None:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.account_id != account_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Choose a goal of this account."),
                field="goal_id")
    for name in ("due_on", "done_on"):
        if values.get(name) is not None and not isinstance(values[name], date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date."), field=name)


def delete_action(db: Database, action_id: int, seen: Seen) -> DeletedRows:
    """Delete an action; returns what to restore."""
    return delete_row(db, ActionItem, action_id, seen)


def restore_action(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of an action."""
    restore_rows(db, deleted)
