"""Plan sections about tracking the plan: goals, actions, revenue, reviews, the next review.

The figures follow the domain's rules (goal status, revenue growth, TTM/ARR/CLV, review
cadence), as in the Goals, Revenue and Reviews tabs. "Changes since the last review"
compares the newest snapshot with the whole plan, so the assembly computes it once every
section is built (:mod:`kamdesk.services.plans.plan_assembly`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from kamdesk.domain.enums import GoalKind
from kamdesk.domain.goal_status import assess_goal
from kamdesk.domain.plan import (
    ActionEntry,
    GoalEntry,
    GoalUpdateEntry,
    RevenueRow,
    RevenueSummary,
    ReviewEntry,
)
from kamdesk.domain.revenue_figures import (
    RevenuePoint,
    arr,
    customer_lifetime_value,
    quarter_rows,
    trailing_twelve_months,
)
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.services.tracking.review_schedule import next_review_due
from kamdesk.store.light_tables import (
    action_item,
    goal,
    goal_update,
    revenue_entry,
    review,
    team_member,
)

KIND_ORDER = {GoalKind.CUSTOMER: 0, GoalKind.INTERNAL: 1}


def tracking_sections(
    connection: Connection, account: Row[Any], context: PlanContext
) -> dict[str, Any]:
    """Goals, actions, revenue, reviews and the next review."""
    today = context.today
    owners: dict[int, str] = dict(
        connection.execute(
            select(team_member.c.id, team_member.c.name)
        ).all()
    )
    reviews = connection.execute(
        select(review)
        .where(review.c.account_id == account.id)
        .order_by(review.c.held_on.desc(), review.c.id.desc())
    ).all()
    last = reviews[0] if reviews else None
    due = next_review_due(
        account.review_cadence,
        last.held_on if last else None,
        last.next_review_on if last else None,
        today,
    )
    revenue, summary = _revenue(connection, account, context)
    return {
        "goals": _goals(connection, account.id, owners, today),
        "actions": _actions(connection, account.id, owners, today),
        "revenue": revenue,
        "revenue_summary": summary,
        "reviews": tuple(
            ReviewEntry(
                r.held_on, r.kind, r.attendees, r.summary, r.outcomes, r.next_review_on,
                shared_with_client=r.shared_with_client,
            )
            for r in reviews
        ),
        "next_review": due.due_on,
        "review_overdue": due.overdue,
    }


def _goals(
    connection: Connection, account_id: int, owners: dict[int, str], today: date
) -> tuple[GoalEntry, ...]:
    """Customer goals first, then internal ones; each by due date and title."""
    goals = connection.execute(select(goal).where(goal.c.account_id == account_id)).all()
    updates: dict[int, list[Row[Any]]] = {}
    if goals:
        for update in connection.execute(
            select(goal_update)
            .where(goal_update.c.goal_id.in_([g.id for g in goals]))
            .order_by(goal_update.c.measured_on, goal_update.c.id)
        ):
            updates.setdefault(update.goal_id, []).append(update)
    entries = []
    for g in sorted(goals, key=lambda g: (KIND_ORDER[g.kind], g.due_on, g.title.casefold(), g.id)):
        measured = updates.get(g.id, [])
        assessment = assess_goal(
            g.direction, g.baseline, g.target, g.start_on, g.due_on,
            {u.measured_on: u.value for u in measured}, today,
        )
        entries.append(
            GoalEntry(
                title=g.title,
                kind=g.kind,
                metric=g.metric,
                unit=g.unit,
                direction=g.direction,
                baseline=g.baseline,
                target=g.target,
                current=assessment.current,
                start=g.start_on,
                due=g.due_on,
                status=assessment.status,
                progress=assessment.progress,
                owner=owners.get(g.owner_id) if g.owner_id is not None else None,
                updates=tuple(GoalUpdateEntry(u.measured_on, u.value, u.note) for u in measured),
            )
        )
    return tuple(entries)


def _actions(
    connection: Connection, account_id: int, owners: dict[int, str], today: date
) -> tuple[ActionEntry, ...]:
    """Open actions by due date (undated last), then done ones."""
    actions = connection.execute(
        select(action_item).where(action_item.c.account_id == account_id)
    ).all()
    goal_titles = dict(
        connection.execute(
            select(goal.c.id, goal.c.title).where(goal.c.account_id == account_id)
        ).all()
    )
    ordered = sorted(
        actions,
        key=lambda a: (a.done, a.due_on is None, a.due_on or today, a.title.casefold(), a.id),
    )
    return tuple(
        ActionEntry(
            title=a.title,
            owner=owners.get(a.owner_id) if a.owner_id is not None else None,
            due=a.due_on,
            done=a.done,
            done_on=a.done_on,
            goal=goal_titles.get(a.goal_id) if a.goal_id is not None else None,
            shared_with_client=a.shared_with_client,
            # An open action whose due date has passed (due today is not yet overdue).
            overdue=not a.done and a.due_on is not None and a.due_on < today,
        )
        for a in ordered
    )


def _revenue(
    connection: Connection, account: Row[Any], context: PlanContext
) -> tuple[tuple[RevenueRow, ...], RevenueSummary | None]:
    """The quarters with their growth figures, and TTM, ARR and CLV as of the latest actual."""
    entries = connection.execute(
        select(revenue_entry).where(revenue_entry.c.account_id == account.id)
    ).all()
    points = [RevenuePoint(e.year, e.quarter, e.actual, e.plan, e.recurring) for e in entries]
    rows = tuple(
        RevenueRow(q.year, q.quarter, q.actual, q.plan, q.recurring, q.growth_qoq, q.growth_yoy,
                   q.vs_plan)
        for q in quarter_rows(points)
    )
    with_actual = [(e.year, e.quarter) for e in entries if e.actual is not None]
    if not with_actual:
        return rows, None
    as_of = max(with_actual)
    ttm = trailing_twelve_months(points, as_of)
    clv = customer_lifetime_value(
        context.settings.gross_margin, ttm, account.expected_relationship_years,
        account.customer_since, context.today,
    )
    return rows, RevenueSummary(ttm, arr(points, as_of), clv, as_of[0], as_of[1])
