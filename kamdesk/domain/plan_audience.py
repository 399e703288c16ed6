"""The client's view of an account plan: the plan with everything internal taken out.

The client version of the printed plan is rendered from ``client_view(plan)``, not from
the plan with some sections skipped, so a renderer mistake cannot leak what the data no
longer holds. Each choice below says what goes and why.

Removed or neutralised
----------------------
* Stakeholders: attitude → neutral, influence and relationship strength → 0, our owner
  and their initials → None, last contact → None, freshness → "", notes → "", buying
  center roles → (). These are our judgements of the client's people. E-mail and phone go
  too: the client version lists people by name and title only, and data not needed is data
  that cannot leak. People who have left are dropped: who left is our history, not theirs.
* Links (influences / close to / conflict), buying centers and departments without
  contact: our map of their politics.
* Competitors, SWOT, whitespace, opportunities, pipeline, scorecard: our sales analysis.
* Goals: internal goals are dropped; customer-facing goals stay, but the notes of their
  updates are cleared (a note is written for us, not for the client).
* Actions: only those shared with the client; an action's link to a goal that is not
  customer-facing is cleared, since the goal's title would name an internal goal.
* Revenue: actuals and growth stay (their own purchases), plan targets and "vs plan" go;
  customer lifetime value → 0. (The client version prints no revenue at all; this is the
  second line of defence.)
* Reviews: only those held with the client; internal reviews are dropped.
* Interactions: kept, but "next steps" are cleared (our internal to-dos).
* Account: internal notes → "", last contact → None, expected relationship years → 0,
  tier → key (the classification is internal; every printed plan is for an account we
  treat as key, so the neutral value is the flattering one, never a downgrade).
* The overdue-review flag and "changes since the last review" (our review workflow).

Kept: the client's own profile (name, address, industry, business plan, target audience,
USP), customer since, the review cadence and next review date (the next meeting), our
team, our company name, logo, KAM, date and version.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kamdesk.domain.enums import Attitude, GoalKind, ReviewKind, Tier
from kamdesk.domain.plan import (
    AccountPlan,
    ActionEntry,
    GoalEntry,
    Pipeline,
    RevenueRow,
    StakeholderEntry,
    Whitespace,
    WhitespaceTotals,
)


def _stakeholder(person: StakeholderEntry) -> StakeholderEntry:
    return replace(
        person,
        email="",
        phone="",
        attitude=Attitude.NEUTRAL,
        influence=0,
        relationship_strength=0,
        owner=None,
        owner_initials=None,
        last_contact=None,
        freshness="",
        notes="",
        buying_centers=(),
    )


def _goal(goal: GoalEntry) -> GoalEntry:
    return replace(goal, updates=tuple(replace(u, note="") for u in goal.updates))


def _action(action: ActionEntry, customer_goals: set[str]) -> ActionEntry:
    goal = action.goal if action.goal in customer_goals else None
    return replace(action, goal=goal)


def _revenue(row: RevenueRow) -> RevenueRow:
    return replace(row, plan=None, vs_plan=None)


def client_view(plan: AccountPlan) -> AccountPlan:
    """A copy of ``plan`` holding only what may lie on the client's table (see module doc)."""
    goals = tuple(_goal(g) for g in plan.goals if g.kind == GoalKind.CUSTOMER)
    customer_goals = {g.title for g in goals}
    summary = plan.revenue_summary
    return replace(
        plan,
        account=replace(
            plan.account,
            notes="",
            last_contact=None,
            expected_relationship_years=0,
            tier=Tier.KEY,
        ),
        competitors=(),
        swot=(),
        interactions=tuple(replace(i, next_steps="") for i in plan.interactions),
        stakeholders=tuple(_stakeholder(p) for p in plan.stakeholders if p.left is None),
        links=(),
        buying_centers=(),
        departments_without_contact=(),
        goals=goals,
        actions=tuple(_action(a, customer_goals) for a in plan.actions if a.shared_with_client),
        revenue=tuple(_revenue(r) for r in plan.revenue),
        revenue_summary=replace(summary, clv=Decimal(0)) if summary is not None else None,
        reviews=tuple(r for r in plan.reviews if r.kind == ReviewKind.CLIENT),
        review_overdue=False,
        changes_since_last_review=None,
        whitespace=Whitespace((), (), (), WhitespaceTotals(Decimal(0), Decimal(0), None, (), ())),
        opportunities=(),
        pipeline=Pipeline(Decimal(0), (), Decimal(0)),
        scorecard=None,
    )
