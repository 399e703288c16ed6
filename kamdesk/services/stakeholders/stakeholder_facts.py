"""Reading an account's people as plain rows: the facts every stakeholder view starts from.

The table, the relationship map, the buying centers and the plan all need the same derived
values – the effective last contact (the later of the date typed by hand and the newest
interaction the person took part in), its freshness, the owner's initials, the person's
buying-center roles – so they are worked out once, here, inside the caller's unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.coverage import CoveragePerson, contact_freshness
from kamdesk.domain.enums import Attitude, BuyingRole
from kamdesk.domain.person_names import initials
from kamdesk.domain.plan import BuyingCenterRole
from kamdesk.store.orm import (
    BuyingCenter,
    BuyingCenterMember,
    Interaction,
    Stakeholder,
    TeamMember,
    interaction_stakeholder,
)


@dataclass(frozen=True)
class StakeholderRow:
    """One stakeholder with every stored field and the values derived from them."""

    id: int
    version: int
    account_id: int
    name: str
    title: str
    department: str
    email: str
    phone: str
    reports_to_id: int | None
    reports_to: str | None
    influence: int
    attitude: Attitude
    relationship_strength: int
    owner_id: int | None
    owner: str | None
    owner_initials: str | None
    # The date typed by hand; ``last_contact`` is the later of it and the newest interaction.
    manual_last_contact: date | None
    last_contact: date | None
    # "fresh", "ageing", "stale" or "never" (domain.coverage.Freshness values).
    freshness: str
    left_on: date | None
    notes: str
    buying_centers: tuple[BuyingCenterRole, ...]
    # Where the person's data came from and why we may keep it (GDPR Art. 14).
    source: str = ""
    lawful_basis: str = ""

    @property
    def has_left(self) -> bool:
        """True once the person has left the company (they stay in history, off the map)."""
        return self.left_on is not None


def read_stakeholders(
    session: Session, account_id: int, today: date, stale_after_days: int
) -> list[StakeholderRow]:
    """Every stakeholder of the account (people who left included), sorted by name."""
    people = session.scalars(
        select(Stakeholder).where(Stakeholder.account_id == account_id)
    ).all()
    if not people:
        return []
    ids = [p.id for p in people]
    names = {p.id: p.name for p in people}
    owner_ids = {p.owner_id for p in people if p.owner_id is not None}
    owners = {
        m.id: m.name
        for m in session.scalars(select(TeamMember).where(TeamMember.id.in_(owner_ids)))
    }
    newest: dict[int, date] = dict(
        session.execute(
            select(interaction_stakeholder.c.stakeholder_id, func.max(Interaction.occurred_on))
            .join(Interaction, Interaction.id == interaction_stakeholder.c.interaction_id)
            .where(interaction_stakeholder.c.stakeholder_id.in_(ids))
            .group_by(interaction_stakeholder.c.stakeholder_id)
        ).all()
    )
    roles: dict[int, list[BuyingCenterRole]] = {}
    for person_id, center, role in session.execute(
        select(BuyingCenterMember.stakeholder_id, BuyingCenter.name, BuyingCenterMember.role)
        .join(BuyingCenter, BuyingCenter.id == BuyingCenterMember.buying_center_id)
        .where(BuyingCenterMember.stakeholder_id.in_(ids))
        .order_by(BuyingCenter.name)
    ):
        roles.setdefault(person_id, []).append(BuyingCenterRole(center, BuyingRole(role)))
    rows = []
    for p in people:
        last = _later(p.last_contact, newest.get(p.id))
        owner = owners.get(p.owner_id) if p.owner_id is not None else None
        rows.append(
            StakeholderRow(
                id=p.id,
                version=p.version,
                account_id=p.account_id,
                name=p.name,
                title=p.title,
                department=p.department,
                email=p.email,
                phone=p.phone,
                reports_to_id=p.reports_to_id,
                reports_to=names.get(p.reports_to_id) if p.reports_to_id else None,
                influence=p.influence,
                attitude=p.attitude,
                relationship_strength=p.relationship_strength,
                owner_id=p.owner_id,
                owner=owner,
                owner_initials=initials(owner) if owner else None,
                manual_last_contact=p.last_contact,
                last_contact=last,
                freshness=contact_freshness(last, today, stale_after_days).value,
                left_on=p.left_on,
                notes=p.notes,
                buying_centers=tuple(roles.get(p.id, ())),
                source=p.source,
                lawful_basis=p.lawful_basis,
            )
        )
    rows.sort(key=lambda row: (row.name.casefold(), row.id))
    return rows


def coverage_people(rows: Sequence[StakeholderRow]) -> list[CoveragePerson[int]]:
    """The rows as the domain's coverage calculations see them."""
    return [
        CoveragePerson(
            key=row.id,
            name=row.name,
            department=row.department or None,
            attitude=row.attitude,
            influence=row.influence,
            owner_key=row.owner_id,
            last_contact=row.last_contact,
            left=row.has_left,
        )
        for row in rows
    ]


def _later(first: date | None, second: date | None) -> date | None:
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second)
