"""The account's history: interactions (meeting, call, e-mail, visit) and who took part.

Part of the account details (see :mod:`kamdesk.services.profile.account_details_editing`), kept
apart because the stakeholders attached to an interaction live in an association table
that the generic row editing does not cover. Changing who took part moves the
interaction's version like any other edit, so two windows cannot overwrite each other's
attendee lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import InteractionKind
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import (
    Seen,
    check_seen,
    get_versioned,
    translate_integrity_errors,
)
from kamdesk.services.common.row_deletion import DeletedRows, delete_row
from kamdesk.services.common.row_editing import only_fields
from kamdesk.store.column_types import utc_now
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Interaction, Stakeholder, interaction_stakeholder

FIELDS = ("occurred_on", "kind", "summary", "next_steps", "shared_with_client", "stakeholder_ids")


@dataclass(frozen=True)
class InteractionRow:
    """One interaction, with the ids and names of the stakeholders who took part."""

    id: int
    version: int
    occurred_on: date
    kind: InteractionKind
    summary: str
    next_steps: str
    shared_with_client: bool
    stakeholder_ids: tuple[int, ...]
    stakeholder_names: tuple[str, ...]


@dataclass(frozen=True)
class StakeholderChoice:
    """A stakeholder of the account, as offered for attaching to an interaction."""

    id: int
    name: str
    title: str
    has_left: bool


def list_interactions(db: Database, account_id: int) -> list[InteractionRow]:
    """The account's interactions, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(Interaction)
            .where(Interaction.account_id == account_id)
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        ).all()
        people: dict[int, list[tuple[int, str]]] = {}
        if rows:
            for interaction_id, person_id, name in session.execute(
                select(
                    interaction_stakeholder.c.interaction_id, Stakeholder.id, Stakeholder.name
                )
                .join(Stakeholder, Stakeholder.id == interaction_stakeholder.c.stakeholder_id)
                .where(Interaction.account_id == account_id)
                .join(Interaction, Interaction.id == interaction_stakeholder.c.interaction_id)
                .order_by(Stakeholder.name)
            ):
                people.setdefault(interaction_id, []).append((person_id, name))
        return [
            InteractionRow(
                r.id,
                r.version,
                r.occurred_on,
                r.kind,
                r.summary,
                r.next_steps,
                r.shared_with_client,
                tuple(p for p, _n in people.get(r.id, ())),
                tuple(n for _p, n in people.get(r.id, ())),
            )
            for r in rows
        ]


def stakeholder_choices(db: Database, account_id: int) -> list[StakeholderChoice]:
    """The account's stakeholders by name (those who left included: history keeps them)."""
    with db.session() as session:
        rows = session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == account_id)
            .order_by(Stakeholder.name)
        ).all()
        return [StakeholderChoice(s.id, s.name, s.title, s.left_on is not None) for s in rows]


def last_contact(db: Database, account_id: int) -> date | None:
    """The day of the account's newest interaction (None: no contact recorded)."""
    rows = list_interactions(db, account_id)
    return rows[0].occurred_on if rows else None


def add_interaction(
    db: Database, account_id: int, values: Mapping[str, Any], today: date | None = None
) -> int:
    """Record an interaction; ``occurred_on`` and ``kind`` are required."""
    cleaned = _clean(values, today or date.today(), full=True)
    people = cleaned.pop("stakeholder_ids", ())
    with translate_integrity_errors(), db.session() as session:
        row = Interaction(account_id=account_id, **cleaned)
        session.add(row)
        session.flush()
        _attach(session, row, people)
        return row.id


def update_interaction(
    db: Database,
    interaction_id: int,
    seen: Seen,
    changes: Mapping[str, Any],
    today: date | None = None,
) -> int:
    """Change an interaction (``stakeholder_ids`` replaces who took part); new version.

    Expected values may name ``stakeholder_ids`` too: who took part, in any order.
    """
    day = today or date.today()
    cleaned = _clean(changes, day)
    people = cleaned.pop("stakeholder_ids", None)
    with translate_integrity_errors(), db.session() as session:
        row = get_versioned(
            session, Interaction, interaction_id, seen if not isinstance(seen, Mapping) else None
        )
        if isinstance(seen, Mapping):
            expected = _clean(seen, day)
            if "stakeholder_ids" in expected:
                expected["stakeholder_ids"] = tuple(sorted(expected["stakeholder_ids"]))
            check_seen(_WithPeople(row, _people_of(session, row.id)), expected, "interaction")
        for name, value in cleaned.items():
            setattr(row, name, value)
        if people is not None:
            session.execute(
                delete(interaction_stakeholder).where(
                    interaction_stakeholder.c.interaction_id == row.id
                )
            )
            _attach(session, row, people)
            # The attendee list is the interaction's too: touching the row moves its version.
            row.updated_at = utc_now()
        session.flush()
        return row.version


def delete_interaction(db: Database, interaction_id: int, seen: Seen) -> DeletedRows:
    """Delete an interaction (its attendee lines go with it; undo restores both)."""
    return delete_row(db, Interaction, interaction_id, seen)


class _WithPeople:
    """An interaction row seen with who took part, as expected values name them."""

    def __init__(self, row: Interaction, people: tuple[int, ...]) -> None:
        self._row = row
        self.stakeholder_ids = people

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def _people_of(session: Session, interaction_id: int) -> tuple[int, ...]:
    return tuple(
        sorted(
            session.scalars(
                select(interaction_stakeholder.c.stakeholder_id).where(
                    interaction_stakeholder.c.interaction_id == interaction_id
                )
            )
        )
    )


def _attach(session: Session, row: Interaction, people: Iterable[int]) -> None:
    wanted = sorted(set(people))
    if not wanted:
        return
    found = set(
        session.scalars(
            select(Stakeholder.id).where(
                Stakeholder.id.in_(wanted), Stakeholder.account_id == row.account_id
            )
        ).all()
    )
    if found != set(wanted):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "Only stakeholders of this account can take part.",
            ), "stakeholder_ids"
        )
    session.execute(
        insert(interaction_stakeholder),
        [{"interaction_id": row.id, "stakeholder_id": person} for person in wanted],
    )


def _clean(values: Mapping[str, Any], today: date, full: bool = False) -> dict[str, Any]:
    cleaned = only_fields(values, FIELDS, "interaction")
    if full or "occurred_on" in cleaned:
        day = cleaned.get("occurred_on")
        if not isinstance(day, date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter the day it took place."), "occurred_on")
        if day > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "History records what happened: the day cannot be in the future.",
                ), "occurred_on"
            )
    if full or "kind" in cleaned:
        cleaned["kind"] = InteractionKind(cleaned.get("kind", InteractionKind.MEETING))
    for name in ("summary", "next_steps"):
        if name in cleaned:
            cleaned[name] = str(cleaned[name] or "").strip()
    if "shared_with_client" in cleaned:
        cleaned["shared_with_client"] = bool(cleaned["shared_with_client"])
    if "stakeholder_ids" in cleaned:
        cleaned["stakeholder_ids"] = tuple(int(i) for i in cleaned["stakeholder_ids"])
    return cleaned
