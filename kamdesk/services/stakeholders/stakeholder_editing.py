"""Editing an account's stakeholders: list, add, change, delete – each one transaction.

Every change is validated before the database sees it and refused with one sentence that
names the field it belongs to (:class:`ValidationError`): an empty name, a malformed
e-mail, a score outside 1–5, a manager from another account, and above all a reports-to
line that would make someone their own (indirect) manager.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Attitude
from kamdesk.domain.reporting_lines import would_create_cycle
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import (
    DeletedRows,
    delete_row,
    describe_dependents,
    restore_rows,
)
from kamdesk.services.common.row_editing import create_row, only_fields, update_fields
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow, read_stakeholders
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, Stakeholder, TeamMember

# The fields a user may edit (``account_id`` is fixed when the person is added).
EDITABLE_FIELDS = frozenset(
    {
        "name",
        "title",
        "department",
        "email",
        "phone",
        "reports_to_id",
        "influence",
        "attitude",
        "relationship_strength",
        "owner_id",
        "last_contact",
        "left_on",
        "notes",
        "source",
        "lawful_basis",
    }
)
# The longest "lawful basis / note" kept: a sentence or two, not a contract.
LAWFUL_BASIS_LIMIT = 2000

# Deliberately simple: one @, a dot in the domain, no blanks. Catches typos, not RFC 5322.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class StakeholderList:
    """The stakeholders of an account and the stale period their freshness was judged by."""

    rows: tuple[StakeholderRow, ...]
    stale_after_days: int


@dataclass(frozen=True)
class OwnerChoice:
    """One of our team members who can own a relationship."""

    id: int
    name: str


def list_stakeholders(db: Database, account_id: int, today: date | None = None) -> StakeholderList:
    """Every stakeholder of the account (people who left included), sorted by name."""
    with db.session() as session:
        return read_account_people(session, account_id, today or date.today())[1]


def read_account_people(
    session: Session, account_id: int, today: date
) -> tuple[Account, StakeholderList]:
    """The account (refused if deleted elsewhere) and all its people, in a unit of work."""
    account = session.get(Account, account_id)
    if account is None:
        raise deleted_elsewhere("account")
    stale_days = settings_row(session).stale_contact_days
    rows = read_stakeholders(session, account_id, today, stale_days)
    return account, StakeholderList(tuple(rows), stale_days)


def list_owner_choices(db: Database) -> tuple[OwnerChoice, ...]:
    """Our active team members, by name (the people who can own a relationship)."""
    with db.session() as session:
        return read_owner_choices(session)


def read_owner_choices(session: Session) -> tuple[OwnerChoice, ...]:
    """Our active team members, by name, inside a running unit of work."""
    members = session.scalars(
        select(TeamMember).where(TeamMember.active.is_(True)).order_by(TeamMember.name)
    ).all()
    return tuple(OwnerChoice(m.id, m.name) for m in members)


def create_stakeholder(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Add a stakeholder to the account; returns the new id."""
    _refuse_unknown_fields(values)
    row_values = {"account_id": account_id, **values}

    def validate(session: Session, given: Mapping[str, Any]) -> None:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        _validate(session, account_id, None, {k: v for k, v in given.items() if k != "account_id"},
                  complete=True)

    new_id, _version = create_row(db, Stakeholder, row_values, validate)
    return new_id


def update_stakeholder(
    db: Database, stakeholder_id: int, seen: Seen, changes: Mapping[str, Any]
) -> int:
    """Change some fields of a stakeholder, if as the caller saw them; the new version."""
    _refuse_unknown_fields(changes)

    def validate(session: Session, row: Stakeholder, given: Mapping[str, Any]) -> None:
        _validate(session, row.account_id, row.id, given, complete=False)

    return update_fields(db, Stakeholder, stakeholder_id, seen, changes, validate)


def check_stakeholder_changes(
    db: Database, account_id: int, stakeholder_id: int | None, changes: Mapping[str, Any]
) -> None:
    """Raise the :class:`ValidationError` an edit would meet, without writing anything.

    The UI asks this before it puts an edit on the undo stack, so a refused value is shown
    at its field and never becomes an undo step.
    """
    _refuse_unknown_fields(changes)
    with db.session() as session:
        _validate(session, account_id, stakeholder_id, changes, complete=False)


def delete_stakeholder(db: Database, stakeholder_id: int, seen: Seen) -> DeletedRows:
    """Delete a stakeholder with their links and buying-center seats (undo: restore_rows)."""
    return delete_row(db, Stakeholder, stakeholder_id, seen)


def stakeholder_dependents(db: Database, stakeholder_id: int) -> dict[str, int]:
    """What a delete would also remove, as row counts per table (for the confirmation)."""
    return describe_dependents(db, Stakeholder, stakeholder_id)


def restore_stakeholder(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete: the person, their links and seats come back with the same ids."""
    restore_rows(db, deleted)


def reports_to_choices(db: Database, account_id: int, stakeholder_id: int | None) -> list[int]:
    """Ids of the people who may become this person's manager (no loop, not themselves)."""
    with db.session() as session:
        parent_of = _parent_of(session, account_id)
    if stakeholder_id is None:
        return list(parent_of)
    return [
        key
        for key in parent_of
        if key != stakeholder_id and not would_create_cycle(parent_of, stakeholder_id, key)
    ]


def _refuse_unknown_fields(values: Mapping[str, Any]) -> None:
    only_fields(values, EDITABLE_FIELDS, "editable stakeholder")


def _parent_of(session: Session, account_id: int) -> dict[int, int | None]:
    return dict(
        session.execute(
            select(Stakeholder.id, Stakeholder.reports_to_id)
            .where(Stakeholder.account_id == account_id)
            .order_by(Stakeholder.id)
        ).all()
    )


def _validate(
    session: Session,
    account_id: int,
    stakeholder_id: int | None,
    changes: Mapping[str, Any],
    *,
    complete: bool,
) -> None:
    """Refuse the first bad value among ``changes`` (``complete``: a new row, name required)."""
    if complete or "name" in changes:
        name = changes.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter the person's name."), field="name")
        if len(name) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "The name is longer than 200 characters."),
                field="name")
    for field, limit in (
        ("title", 200), ("department", 120), ("phone", 60), ("source", 200),
        ("lawful_basis", LAWFUL_BASIS_LIMIT),
    ):
        text = changes.get(field)
        if text is not None and (not isinstance(text, str) or len(text) > limit):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This text is longer than {limit} characters.",
                ).format(limit=limit), field=field
            )
    email = changes.get("email")
    if email is not None:
        if not isinstance(email, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter an e-mail address."), field="email")
        if email.strip() and not _EMAIL.match(email.strip()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "This is not an e-mail address (expected name@example.com).",
                ), field="email"
            )
    labels = (
        ("influence", QT_TRANSLATE_NOOP("ServiceMessage", "Influence")),
        ("relationship_strength", QT_TRANSLATE_NOOP("ServiceMessage", "Strength")),
    )
    for field, label in labels:
        if field in changes:
            value = changes[field]
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ServiceMessage",
                        "{label} must be a whole number from 1 to 5.",
                    ).format(label=label), field=field)
    if "attitude" in changes:
        try:
            Attitude(changes["attitude"])
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{attitude!r} is not an attitude; choose champion, supporter, neutral, "
                    "sceptic or blocker.",
                ).format(attitude=changes['attitude']),
                field="attitude",
            ) from None
    for field in ("last_contact", "left_on"):
        value = changes.get(field)
        if value is not None and not isinstance(value, date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date."), field=field)
    if changes.get("owner_id") is not None and session.get(TeamMember, changes["owner_id"]) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This team member no longer exists."),
            field="owner_id")
    if changes.get("reports_to_id") is not None:
        _validate_manager(session, account_id, stakeholder_id, changes["reports_to_id"])


def _validate_manager(
    session: Session, account_id: int, stakeholder_id: int | None, manager_id: int
) -> None:
    if manager_id == stakeholder_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A person cannot report to themselves."),
            field="reports_to_id")
    manager = session.get(Stakeholder, manager_id)
    if manager is None or manager.account_id != account_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The manager must be a stakeholder of the same account.",
            ), field="reports_to_id"
        )
    if stakeholder_id is None:
        return  # a new person has no reports yet, so no line can close a loop
    if would_create_cycle(_parent_of(session, account_id), stakeholder_id, manager_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{name} already reports, directly or indirectly, to this person; that "
                "line would close a loop.",
            ).format(name=manager.name),
            field="reports_to_id",
        )
