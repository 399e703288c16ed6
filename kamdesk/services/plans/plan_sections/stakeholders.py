"""Plan sections about the account's people: stakeholders, informal lines, buying centers.

Everybody is listed, people who left included (with the day they left): the plan is also
the history. The map drawn from the plan leaves those people out. The rules (freshness,
coverage, departments without contact) are the domain's, as in the Stakeholders tab.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql import alias

from kamdesk.domain.coverage import (
    CoverageCenter,
    CoverageMember,
    CoveragePerson,
    buying_center_coverage,
    contact_freshness,
    departments_without_contact,
)
from kamdesk.domain.enums import BuyingRole
from kamdesk.domain.person_names import initials
from kamdesk.domain.plan import (
    BuyingCenterEntry,
    BuyingCenterRole,
    CoverageEntry,
    LinkEntry,
    MemberEntry,
    StakeholderEntry,
)
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.store.light_tables import (
    buying_center,
    buying_center_member,
    interaction,
    interaction_stakeholder,
    stakeholder,
    stakeholder_link,
    team_member,
)

ROLE_ORDER = {role: index for index, role in enumerate(BuyingRole)}


def stakeholder_sections(
    connection: Connection, account: Row[Any], context: PlanContext
) -> dict[str, Any]:
    """The plan's stakeholders, links, buying centers and departments without contact."""
    stale_days = context.settings.stale_contact_days
    people = _stakeholders(connection, account.id, context.today, stale_days)
    coverage_input = [
        CoveragePerson(
            key=p.id, name=p.name, department=p.department or None, attitude=p.attitude,
            influence=p.influence, owner_key=owner_id, last_contact=p.last_contact,
            left=p.left is not None,
        )
        for p, owner_id in people
    ]
    entries = [p for p, _ in people]
    return {
        "stakeholders": tuple(entries),
        "links": _links(connection, account.id),
        "buying_centers": _centers(connection, account.id, entries, coverage_input, context),
        "departments_without_contact": tuple(departments_without_contact(coverage_input)),
    }


def _stakeholders(
    connection: Connection, account_id: int, today: date, stale_days: int
) -> list[tuple[StakeholderEntry, int | None]]:
    """Every stakeholder of the account, sorted by name, each with its owner's id."""
    people = connection.execute(
        select(stakeholder).where(stakeholder.c.account_id == account_id)
    ).all()
    if not people:
        return []
    ids = [p.id for p in people]
    names = {p.id: p.name for p in people}
    owner_ids = {p.owner_id for p in people if p.owner_id is not None}
    owners: dict[int, str] = dict(
        connection.execute(
            select(team_member.c.id, team_member.c.name).where(
                team_member.c.id.in_(owner_ids)
            )
        ).all()
    )
    seen = interaction_stakeholder.c
    newest: dict[int, date] = dict(
        connection.execute(
            select(seen.stakeholder_id, func.max(interaction.c.occurred_on))
            .join(interaction, interaction.c.id == seen.interaction_id)
            .where(seen.stakeholder_id.in_(ids))
            .group_by(seen.stakeholder_id)
        ).all()
    )
    roles: dict[int, list[BuyingCenterRole]] = {}
    for person_id, center, role in connection.execute(
        select(buying_center_member.c.stakeholder_id, buying_center.c.name,
               buying_center_member.c.role)
        .join(buying_center, buying_center.c.id == buying_center_member.c.buying_center_id)
        .where(buying_center_member.c.stakeholder_id.in_(ids))
        .order_by(buying_center.c.name)
    ):
        roles.setdefault(person_id, []).append(BuyingCenterRole(center, BuyingRole(role)))
    rows = []
    for p in people:
        last = _later(p.last_contact, newest.get(p.id))
        owner = owners.get(p.owner_id) if p.owner_id is not None else None
        entry = StakeholderEntry(
            id=p.id,
            name=p.name,
            title=p.title,
            department=p.department,
            email=p.email,
            phone=p.phone,
            reports_to=names.get(p.reports_to_id) if p.reports_to_id else None,
            reports_to_id=p.reports_to_id,
            attitude=p.attitude,
            influence=p.influence,
            relationship_strength=p.relationship_strength,
            owner=owner,
            owner_initials=initials(owner) if owner else None,
            last_contact=last,
            freshness=contact_freshness(last, today, stale_days).value,
            left=p.left_on,
            notes=p.notes,
            buying_centers=tuple(roles.get(p.id, ())),
        )
        rows.append((entry, p.owner_id))
    rows.sort(key=lambda row: (row[0].name.casefold(), row[0].id))
    return rows


def _links(connection: Connection, account_id: int) -> tuple[LinkEntry, ...]:
    """The account's informal lines, by names then kind."""
    source, target = alias(stakeholder, "source"), alias(stakeholder, "target")
    found = connection.execute(
        select(stakeholder_link, source.c.name.label("from_name"),
               target.c.name.label("to_name"))
        .join(source, source.c.id == stakeholder_link.c.from_id)
        .join(target, target.c.id == stakeholder_link.c.to_id)
        .where(source.c.account_id == account_id)
        .order_by(source.c.name, target.c.name, stakeholder_link.c.kind)
    )
    return tuple(
        LinkEntry(from_=link.from_name, to=link.to_name, from_id=link.from_id,
                  to_id=link.to_id, kind=link.kind, note=link.note)
        for link in found
    )


def _centers(
    connection: Connection,
    account_id: int,
    people: list[StakeholderEntry],
    coverage_input: list[CoveragePerson[int]],
    context: PlanContext,
) -> tuple[BuyingCenterEntry, ...]:
    """The buying centers by name, members by role then name, with our coverage."""
    by_id = {person.id: person for person in people}
    centers = connection.execute(
        select(buying_center).where(buying_center.c.account_id == account_id)
    ).all()
    seats = connection.execute(
        select(buying_center_member).where(
            buying_center_member.c.buying_center_id.in_([c.id for c in centers])
        )
    ).all()
    entries = []
    for center in sorted(centers, key=lambda c: (c.name.casefold(), c.id)):
        members = [
            (seat.role, by_id[seat.stakeholder_id])
            for seat in seats
            if seat.buying_center_id == center.id and seat.stakeholder_id in by_id
        ]
        members.sort(key=lambda m: (ROLE_ORDER[m[0]], m[1].name.casefold(), m[1].id))
        coverage = buying_center_coverage(
            CoverageCenter(center.name, tuple(CoverageMember(p.id, role) for role, p in members)),
            coverage_input,
            context.today,
            context.settings.stale_contact_days,
        )
        entries.append(
            BuyingCenterEntry(
                name=center.name,
                description=center.description,
                members=tuple(
                    MemberEntry(p.name, p.title, role, p.attitude, p.influence, p.owner,
                                p.left is not None)
                    for role, p in members
                ),
                coverage=CoverageEntry(
                    has_known_decider=coverage.has_known_decider,
                    has_champion=coverage.has_champion,
                    high_influence_blockers=tuple(
                        by_id[k].name for k in coverage.high_influence_blockers
                    ),
                    members_without_owner=tuple(
                        by_id[k].name for k in coverage.members_without_owner
                    ),
                    stale_members=tuple(by_id[k].name for k in coverage.stale_members),
                    gaps=tuple(gap.code.value for gap in coverage.gaps),
                ),
            )
        )
    return tuple(entries)


def _later(first: date | None, second: date | None) -> date | None:
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second)
