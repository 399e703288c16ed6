"""Buying centers of an account: the decision units, their members' roles, our coverage.

A buying center ("IT procurement", "Production Berlin") groups the people who decide one
kind of purchase; each member has one role in it, and one person may sit in several centers
with different roles. Reading a center also judges our coverage of it with the domain's
:func:`~kamdesk.domain.coverage.buying_center_coverage`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.coverage import (
    CenterCoverage,
    CoverageCenter,
    CoverageMember,
    buying_center_coverage,
    departments_without_contact,
)
from kamdesk.domain.enums import Attitude, BuyingRole
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
from kamdesk.services.common.row_editing import NameRule, create_row, only_fields, update_fields
from kamdesk.services.stakeholders.stakeholder_facts import (
    StakeholderRow,
    coverage_people,
    read_stakeholders,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, BuyingCenter, BuyingCenterMember, Stakeholder


@dataclass(frozen=True)
class MemberRow:
    """One seat in a buying center: the person, their role, and what coverage looks at."""

    id: int
    version: int
    stakeholder_id: int
    name: str
    title: str
    department: str
    role: BuyingRole
    attitude: Attitude
    influence: int
    owner: str | None
    last_contact: date | None
    freshness: str
    left: bool


@dataclass(frozen=True)
class BuyingCenterRow:
    """A buying center with its members (by role, then name) and our coverage of it."""

    id: int
    version: int
    name: str
    description: str
    members: tuple[MemberRow, ...]
    coverage: CenterCoverage[int]


@dataclass(frozen=True)
class BuyingCenterOverview:
    """Every buying center of an account, plus the departments where we have no contact."""

    centers: tuple[BuyingCenterRow, ...]
    departments_without_contact: tuple[str, ...]
    stale_after_days: int


ROLE_ORDER = {role: index for index, role in enumerate(BuyingRole)}


def load_buying_centers(
    db: Database, account_id: int, today: date | None = None
) -> BuyingCenterOverview:
    """The account's buying centers with members and coverage, by name."""
    with db.session() as session:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        return read_buying_centers(session, account_id, today or date.today())


def read_buying_centers(session: Session, account_id: int, today: date) -> BuyingCenterOverview:
    """The overview inside a running unit of work (shared with the plan section)."""
    stale_days = settings_row(session).stale_contact_days
    people = read_stakeholders(session, account_id, today, stale_days)
    return buying_centers_of(session, account_id, today, stale_days, people)


def buying_centers_of(
    session: Session,
    account_id: int,
    today: date,
    stale_days: int,
    people: Sequence[StakeholderRow],
) -> BuyingCenterOverview:
    """The overview of the account's people already read (as of ``today``, ``stale_days``)."""
    by_id = {row.id: row for row in people}
    coverage_input = coverage_people(people)
    centers = session.scalars(
        select(BuyingCenter).where(BuyingCenter.account_id == account_id)
    ).all()
    seats = session.scalars(
        select(BuyingCenterMember).where(
            BuyingCenterMember.buying_center_id.in_([c.id for c in centers])
        )
    ).all()
    rows: list[BuyingCenterRow] = []
    for center in sorted(centers, key=lambda c: (c.name.casefold(), c.id)):
        members = []
        for seat in seats:
            person = by_id.get(seat.stakeholder_id)
            if seat.buying_center_id != center.id or person is None:
                continue
            members.append(
                MemberRow(
                    seat.id, seat.version, person.id, person.name, person.title,
                    person.department, seat.role, person.attitude, person.influence,
                    person.owner, person.last_contact, person.freshness, person.has_left,
                )
            )
        members.sort(key=lambda m: (ROLE_ORDER[m.role], m.name.casefold(), m.id))
        coverage = buying_center_coverage(
            CoverageCenter(
                center.name,
                tuple(CoverageMember(m.stakeholder_id, m.role) for m in members),
            ),
            coverage_input,
            today,
            stale_days,
        )
        rows.append(
            BuyingCenterRow(
                center.id, center.version, center.name, center.description, tuple(members),
                coverage,
            )
        )
    return BuyingCenterOverview(
        tuple(rows), tuple(departments_without_contact(coverage_input)), stale_days
    )


def create_buying_center(
    db: Database, account_id: int, name: str, description: str = ""
) -> int:
    """Add a buying center to the account; returns its id."""

    def validate(session: Session, _values: object) -> None:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        _check_name(session, account_id, None, name)

    new_id, _version = create_row(
        db,
        BuyingCenter,
        {"account_id": account_id, "name": name.strip(), "description": description},
        validate,
    )
    return new_id


def update_buying_center(
    db: Database, center_id: int, seen: Seen, changes: Mapping[str, Any]
) -> int:
    """Rename a buying center or change its description, if as the caller saw; new version."""

    def clean(values: Mapping[str, Any]) -> dict[str, Any]:
        cleaned = only_fields(values, ("name", "description"), "editable buying center")
        if isinstance(cleaned.get("name"), str):
            cleaned["name"] = cleaned["name"].strip()
        return cleaned

    def validate(session: Session, row: BuyingCenter, given: Mapping[str, Any]) -> None:
        if "name" in given:
            _check_name(session, row.account_id, row.id, given["name"])

    return update_fields(db, BuyingCenter, center_id, seen, changes, validate, clean)


def check_buying_center_name(
    db: Database, account_id: int, center_id: int | None, name: str
) -> None:
    """Raise the :class:`ValidationError` this name would meet, writing nothing."""
    with db.session() as session:
        _check_name(session, account_id, center_id, name)


def delete_buying_center(db: Database, center_id: int, seen: Seen) -> DeletedRows:
    """Delete a buying center with its seats (the people stay); undo: restore_rows."""
    return delete_row(db, BuyingCenter, center_id, seen)


def buying_center_dependents(db: Database, center_id: int) -> dict[str, int]:
    """What deleting the center also removes (its seats), as counts per table."""
    return describe_dependents(db, BuyingCenter, center_id)


def add_member(db: Database, center_id: int, stakeholder_id: int, role: BuyingRole | str) -> int:
    """Seat a stakeholder in a buying center with a role; returns the seat's id."""

    def validate(session: Session, _values: object) -> None:
        center = session.get(BuyingCenter, center_id)
        if center is None:
            raise deleted_elsewhere("buying center")
        person = session.get(Stakeholder, stakeholder_id)
        if person is None or person.account_id != center.account_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Only stakeholders of the same account can join this buying center.",
                ),
                field="stakeholder_id",
            )
        seated = session.execute(
            select(BuyingCenterMember.id).where(
                BuyingCenterMember.buying_center_id == center_id,
                BuyingCenterMember.stakeholder_id == stakeholder_id,
            )
        ).first()
        if seated is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{name} is already a member of {center}; change their role instead.",
                ).format(name=person.name, center=center.name),
                field="stakeholder_id",
            )

    new_id, _version = create_row(
        db,
        BuyingCenterMember,
        {"buying_center_id": center_id, "stakeholder_id": stakeholder_id, "role": _role(role)},
        validate,
    )
    return new_id


def change_member_role(db: Database, member_id: int, seen: Seen, role: BuyingRole | str) -> int:
    """Give a member another role in their buying center; returns the new version."""
    return update_member(db, member_id, seen, {"role": role})


def update_member(db: Database, member_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """The generic form of :func:`change_member_role` (the undo commands call this)."""

    def clean(values: Mapping[str, Any]) -> dict[str, Any]:
        only_fields(values, ("role",), "editable buying-center member")
        return {"role": _role(values["role"])}

    return update_fields(db, BuyingCenterMember, member_id, seen, changes, clean=clean)


def remove_member(db: Database, member_id: int, seen: Seen) -> DeletedRows:
    """Take a person out of a buying center (undo: restore_rows)."""
    return delete_row(db, BuyingCenterMember, member_id, seen)


def restore_buying_center_rows(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of a center or a seat."""
    restore_rows(db, deleted)


def _role(role: BuyingRole | str) -> BuyingRole:
    try:
        return BuyingRole(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{role!r} is not a buying-center role; choose initiator, user, "
                "influencer, decider, buyer or gatekeeper.",
            ).format(role=role),
            field="role",
        ) from None


CENTER_NAME = NameRule(
    BuyingCenter.name,
    200,
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a name for the buying center."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This account already has a buying center named “{name}”."),
    too_long=QT_TRANSLATE_NOOP("ServiceMessage", "The name is longer than {limit} characters."),
)


def _check_name(session: Session, account_id: int, center_id: int | None, name: object) -> None:
    CENTER_NAME.check(session, name, center_id, BuyingCenter.account_id == account_id)
