"""Plan sections about the account's people: stakeholders, informal lines, buying centers.

Everybody is listed, people who left included (with the day they left): the plan is also
the history. The map drawn from the plan leaves those people out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.plan import BuyingCenterEntry, CoverageEntry, MemberEntry
from kamdesk.services.stakeholders.buying_center_editing import BuyingCenterRow, read_buying_centers
from kamdesk.services.stakeholders.stakeholder_entries import link_entry, stakeholder_entry
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow, read_stakeholders
from kamdesk.services.stakeholders.stakeholder_links import read_links
from kamdesk.store.orm import Account
from tests.helpers.orm_plan.context import PlanContext


def stakeholder_sections(
    session: Session, account: Account, context: PlanContext
) -> dict[str, Any]:
    """The plan's stakeholders, links, buying centers and departments without contact."""
    people = read_stakeholders(
        session, account.id, context.today, context.settings.stale_contact_days
    )
    overview = read_buying_centers(session, account.id, context.today)
    return {
        "stakeholders": tuple(stakeholder_entry(row) for row in people),
        "links": tuple(link_entry(link) for link in read_links(session, account.id)),
        "buying_centers": tuple(center_entry(center, people) for center in overview.centers),
        "departments_without_contact": overview.departments_without_contact,
    }


def center_entry(center: BuyingCenterRow, people: Sequence[StakeholderRow]) -> BuyingCenterEntry:
    """The plan's view of a buying center, coverage names instead of ids."""
    name_of = {row.id: row.name for row in people}
    coverage = center.coverage
    return BuyingCenterEntry(
        name=center.name,
        description=center.description,
        members=tuple(
            MemberEntry(m.name, m.title, m.role, m.attitude, m.influence, m.owner, m.left)
            for m in center.members
        ),
        coverage=CoverageEntry(
            has_known_decider=coverage.has_known_decider,
            has_champion=coverage.has_champion,
            high_influence_blockers=tuple(name_of[k] for k in coverage.high_influence_blockers),
            members_without_owner=tuple(name_of[k] for k in coverage.members_without_owner),
            stale_members=tuple(name_of[k] for k in coverage.stale_members),
            gaps=tuple(gap.code.value for gap in coverage.gaps),
        ),
    )
