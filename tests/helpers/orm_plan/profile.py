"""Plan sections about who the account is: profile, competitors, needs, SWOT, team, history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.plan import (
    AccountProfile,
    CompetitorEntry,
    InteractionEntry,
    NeedEntry,
    SwotEntry,
    TeamEntry,
)
from kamdesk.store.orm import (
    Account,
    AccountTeamRole,
    Competitor,
    Interaction,
    Need,
    Stakeholder,
    SwotItem,
    TeamMember,
    interaction_stakeholder,
)
from tests.helpers.orm_plan.context import PlanContext

PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SWOT_ORDER = {"strength": 0, "weakness": 1, "opportunity": 2, "threat": 3}


def account_profile(session: Session, account: Account) -> AccountProfile:
    """Every profile field, with the owner's name and the last interaction's date."""
    owner = session.get(TeamMember, account.owner_id) if account.owner_id else None
    last_contact = session.execute(
        select(func.max(Interaction.occurred_on)).where(Interaction.account_id == account.id)
    ).scalar_one_or_none()
    return AccountProfile(
        id=account.id,
        name=account.name,
        legal_name=account.legal_name,
        industry=account.industry,
        employees=account.employees,
        annual_revenue=account.annual_revenue,
        street=account.street,
        postal_code=account.postal_code,
        city=account.city,
        country=account.country,
        time_zone=account.time_zone,
        website=account.website,
        tier=account.tier,
        owner=owner.name if owner else None,
        customer_since=account.customer_since,
        expected_relationship_years=account.expected_relationship_years,
        review_cadence=account.review_cadence,
        business_plan=account.business_plan,
        target_audience=account.target_audience,
        usp=account.usp,
        notes=account.notes,
        last_contact=last_contact,
    )


def profile_sections(session: Session, account: Account, context: PlanContext) -> dict[str, Any]:
    """Competitors, needs, SWOT, team and interactions of the account."""
    competitors = session.scalars(
        select(Competitor)
        .where(Competitor.account_id == account.id)
        .order_by(Competitor.kind, Competitor.name)
    ).all()
    needs = sorted(
        session.scalars(select(Need).where(Need.account_id == account.id)).all(),
        key=lambda need: (PRIORITY_ORDER[need.priority.value], need.position, need.id),
    )
    swot = sorted(
        session.scalars(select(SwotItem).where(SwotItem.account_id == account.id)).all(),
        key=lambda item: (SWOT_ORDER[item.kind.value], item.position, item.id),
    )
    team = session.execute(
        select(AccountTeamRole, TeamMember)
        .join(TeamMember, TeamMember.id == AccountTeamRole.team_member_id)
        .where(AccountTeamRole.account_id == account.id)
        .order_by(AccountTeamRole.role, TeamMember.name)
    ).all()
    interactions = session.scalars(
        select(Interaction)
        .where(Interaction.account_id == account.id)
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
    ).all()
    names: dict[int, list[str]] = {}
    if interactions:
        rows = session.execute(
            select(interaction_stakeholder.c.interaction_id, Stakeholder.name)
            .join(Stakeholder, Stakeholder.id == interaction_stakeholder.c.stakeholder_id)
            .where(interaction_stakeholder.c.interaction_id.in_([i.id for i in interactions]))
            .order_by(Stakeholder.name)
        ).all()
        for interaction_id, name in rows:
            names.setdefault(interaction_id, []).append(name)
    return {
        "competitors": tuple(
            CompetitorEntry(c.name, c.kind, c.strengths, c.notes) for c in competitors
        ),
        "needs": tuple(
            NeedEntry(n.title, n.description, n.our_response, n.priority) for n in needs
        ),
        "swot": tuple(SwotEntry(s.kind, s.text) for s in swot),
        "team": tuple(
            TeamEntry(member.name, role.role, member.email, member.role, role.responsibilities)
            for role, member in team
        ),
        "interactions": tuple(
            InteractionEntry(
                i.occurred_on,
                i.kind,
                tuple(names.get(i.id, ())),
                i.summary,
                i.next_steps,
                shared_with_client=i.shared_with_client,
            )
            for i in interactions
        ),
    }
