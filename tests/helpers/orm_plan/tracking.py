"""Plan sections about tracking the plan: goals, actions, revenue, reviews, the next review.

"Changes since the last review" compares the newest snapshot with the whole plan, so the
assembly computes it once every section is built (:mod:`kamdesk.services.plans.plan_assembly`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.plan import (
    ActionEntry,
    GoalEntry,
    GoalUpdateEntry,
    RevenueRow,
    RevenueSummary,
    ReviewEntry,
)
from kamdesk.services.tracking.action_editing import read_actions
from kamdesk.services.tracking.goal_editing import read_goals
from kamdesk.services.tracking.revenue_editing import revenue_in_session
from kamdesk.services.tracking.review_reads import read_reviews
from kamdesk.services.tracking.review_schedule import next_review_due
from kamdesk.store.orm import Account
from tests.helpers.orm_plan.context import PlanContext


def tracking_sections(session: Session, account: Account, context: PlanContext) -> dict[str, Any]:
    """Goals, actions, revenue, reviews and the next review."""
    today = context.today
    goals = tuple(
        GoalEntry(
            title=g.title,
            kind=g.kind,
            metric=g.metric,
            unit=g.unit,
            direction=g.direction,
            baseline=g.baseline,
            target=g.target,
            current=g.current,
            start=g.start_on,
            due=g.due_on,
            status=g.status,
            progress=g.progress,
            owner=g.owner,
            updates=tuple(GoalUpdateEntry(u.measured_on, u.value, u.note) for u in g.updates),
        )
        for g in read_goals(session, account.id, today)
    )
    actions = tuple(
        ActionEntry(
            title=a.title,
            owner=a.owner,
            due=a.due_on,
            done=a.done,
            done_on=a.done_on,
            goal=a.goal,
            shared_with_client=a.shared_with_client,
            overdue=a.overdue,
        )
        for a in read_actions(session, account.id, today)
    )
    quarters, summary = revenue_in_session(session, account, today)
    reviews = read_reviews(session, account.id)
    last = reviews[0] if reviews else None
    due = next_review_due(
        account.review_cadence,
        last.held_on if last else None,
        last.next_review_on if last else None,
        today,
    )
    return {
        "goals": goals,
        "actions": actions,
        "revenue": tuple(
            RevenueRow(
                q.year, q.quarter, q.actual, q.plan, q.recurring, q.growth_qoq, q.growth_yoy,
                q.vs_plan,
            )
            for q in quarters
        ),
        "revenue_summary": None
        if summary is None
        else RevenueSummary(
            summary.ttm, summary.arr, summary.clv, summary.as_of_year, summary.as_of_quarter
        ),
        "reviews": tuple(
            ReviewEntry(
                r.held_on,
                r.kind,
                r.attendees,
                r.summary,
                r.outcomes,
                r.next_review_on,
                shared_with_client=r.shared_with_client,
            )
            for r in reviews
        ),
        "next_review": due.due_on,
        "review_overdue": due.overdue,
    }
