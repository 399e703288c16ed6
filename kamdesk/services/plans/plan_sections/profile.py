"""Plan sections about who the account is: profile, competitors, needs, SWOT, team, history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from kamdesk.domain.plan import (
    AccountProfile,
    CompetitorEntry,
    InteractionEntry,
    NeedEntry,
    SwotEntry,
    TeamEntry,
)
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.store.light_tables import (
    account_team_role,
    competitor,
    interaction,
    interaction_stakeholder,
    need,
    stakeholder,
    swot_item,
    team_member,
)

PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SWOT_ORDER = {"strength": 0, "weakness": 1, "opportunity": 2, "threat": 3}


def team_member_name(connection: Connection, member_id: int | None) -> str | None:
    """The name of one of our team members (None: no one, or no longer there)."""
    if member_id is None:
        return None
    name: str | None = connection.execute(
        select(team_member.c.name).where(team_member.c.id == member_id)
    ).scalar_one_or_none()
    return name


def account_profile(connection: Connection, account: Row[Any]) -> AccountProfile:
    """Every profile field, with the owner's name and the last interaction's date."""
    last_contact = connection.execute(
        select(func.max(interaction.c.occurred_on)).where(
            interaction.c.account_id == account.id
        )
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
        owner=team_member_name(connection, account.owner_id),
        customer_since=account.customer_since,
        expected_relationship_years=account.expected_relationship_years,
        review_cadence=account.review_cadence,
        business_plan=account.business_plan,
        target_audience=account.target_audience,
        usp=account.usp,
        notes=account.notes,
        last_contact=last_contact,
    )


def profile_sections(
    connection: Connection, account: Row[Any], context: PlanContext
) -> dict[str, Any]:
    """Competitors, needs, SWOT, team and interactions of the account."""
    competitors = connection.execute(
        select(competitor)
        .where(competitor.c.account_id == account.id)
        .order_by(competitor.c.kind, competitor.c.name)
    ).all()
    needs = sorted(
        connection.execute(select(need).where(need.c.account_id == account.id)).all(),
        key=lambda row: (PRIORITY_ORDER[row.priority.value], row.position, row.id),
    )
    swot = sorted(
        connection.execute(select(swot_item).where(swot_item.c.account_id == account.id)).all(),
        key=lambda row: (SWOT_ORDER[row.kind.value], row.position, row.id),
    )
    team = connection.execute(
        select(
            team_member.c.name,
            account_team_role.c.role,
            team_member.c.email,
            team_member.c.role.label("job"),
            account_team_role.c.responsibilities,
        )
        .join(team_member, team_member.c.id == account_team_role.c.team_member_id)
        .where(account_team_role.c.account_id == account.id)
        .order_by(account_team_role.c.role, team_member.c.name)
    ).all()
    interactions = connection.execute(
        select(interaction)
        .where(interaction.c.account_id == account.id)
        .order_by(interaction.c.occurred_on.desc(), interaction.c.id.desc())
    ).all()
    names: dict[int, list[str]] = {}
    if interactions:
        rows = connection.execute(
            select(interaction_stakeholder.c.interaction_id, stakeholder.c.name)
            .join(stakeholder, stakeholder.c.id == interaction_stakeholder.c.stakeholder_id)
            .where(interaction_stakeholder.c.interaction_id.in_([i.id for i in interactions]))
            .order_by(stakeholder.c.name)
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
            TeamEntry(t.name, t.role, t.email, t.job, t.responsibilities) for t in team
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
