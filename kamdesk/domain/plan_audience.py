"""The client's view of an account plan: the plan with everything internal taken out.

The client version of the printed plan (and of every other client document) is made from
``client_view(plan)``, not from the plan with some sections skipped, so a renderer mistake
cannot leak what the data no longer holds. This module is the one place the rule lives.

The rule for text: free text that we write is internal, unless the KAM marked that entry
"share with client". Shared entries are kept whole; the others are dropped, not blanked (an
empty row would still tell the client that something was written). A text field added to
the plan later is internal until someone decides otherwise here;
``tests/reports/test_client_plan_leaks.py`` fills every text field of a plan with a marker
and fails if one reaches the client PDF without a decision.

Shared by the KAM (kept only when marked)
-----------------------------------------
* Interactions: only those marked shared, with their summary, next steps and attendees.
* Reviews: only those held with the client *and* marked shared; internal reviews never.
* Actions: only those marked shared; an action's link to a goal that is not
  customer-facing is cleared, since the goal's title would name an internal goal.

Written for the client's table (kept)
-------------------------------------
* Customer-facing goals (title, metric, unit, figures, owner); the notes of their updates
  are cleared (a note on a measurement is written for us). Internal goals are dropped.
* Our account team with roles, job titles, e-mail and responsibilities: the "your team"
  page exists to tell the client who does what for them.

Theirs (kept)
-------------
* The client's own profile (name, legal name, address, industry, time zone, website,
  business plan, target audience, USP), customer since, the review cadence and the next
  review date (the next meeting), and the names, titles and departments of their people
  who are still there, with their reports-to lines.

Ours, never shown (removed or neutralised)
------------------------------------------
* Stakeholders: attitude → neutral, influence and relationship strength → 0, our owner
  and their initials → None, last contact → None, freshness → "", notes → "", buying
  center roles → (). These are our judgements of the client's people. E-mail and phone go
  too: the client version lists people by name and title only, and data not needed is data
  that cannot leak. People who have left are dropped: who left is our history, not theirs.
* Links (influences / close to / conflict), buying centers and departments without
  contact: our map of their politics.
* Competitors, SWOT, needs with our responses, whitespace, opportunities, pipeline,
  scorecard: our sales analysis, written by us for us and never marked shared.
* Revenue: actuals and growth stay (their own purchases), plan targets and "vs plan" go;
  customer lifetime value → 0. (The client version prints no revenue at all; this is the
  second line of defence.)
* Account: internal notes → "", last contact → None, expected relationship years → 0,
  tier → key (the classification is internal; every printed plan is for an account we
  treat as key, so the neutral value is the flattering one, never a downgrade).
* The overdue-review flag and "changes since the last review" (our review workflow).

Kept as well: our company name, logo, KAM, date and version.
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
        needs=(),
        swot=(),
        interactions=tuple(i for i in plan.interactions if i.shared_with_client),
        stakeholders=tuple(_stakeholder(p) for p in plan.stakeholders if p.left is None),
        links=(),
        buying_centers=(),
        departments_without_contact=(),
        goals=goals,
        actions=tuple(_action(a, customer_goals) for a in plan.actions if a.shared_with_client),
        revenue=tuple(_revenue(r) for r in plan.revenue),
        revenue_summary=replace(summary, clv=Decimal(0)) if summary is not None else None,
        reviews=tuple(
            r for r in plan.reviews if r.kind == ReviewKind.CLIENT and r.shared_with_client
        ),
        review_overdue=False,
        changes_since_last_review=None,
        whitespace=Whitespace((), (), (), WhitespaceTotals(Decimal(0), Decimal(0), None, (), ())),
        opportunities=(),
        pipeline=Pipeline(Decimal(0), (), Decimal(0)),
        scorecard=None,
    )
