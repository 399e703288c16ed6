"""Plan sections about tracking the plan: goals, actions, revenue, reviews, changes.

``changes_since_last_review`` compares the account's newest plan snapshot with the plan as
it is now. "The plan as it is now" is built from every OTHER section builder plus this
module's own sections — never through the whole assembly, which would call this builder
again and recurse.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan import (
    ActionEntry,
    GoalEntry,
    GoalUpdateEntry,
    RevenueRow,
    RevenueSummary,
    ReviewEntry,
)
from kamdesk.domain.plan_diff import changes_since
from kamdesk.services.action_editing import read_actions
from kamdesk.services.goal_editing import read_goals
from kamdesk.services.plan_sections.context import PlanContext
from kamdesk.services.revenue_editing import revenue_in_session
from kamdesk.services.review_schedule import next_review_due
from kamdesk.store.orm import Account


def tracking_sections(session: Session, account: Account, context: PlanContext) -> dict[str, Any]:
    """Goals, actions, revenue, reviews, the next review and the changes since the last."""
    fields = _own_sections(session, account, context.today)
    fields["changes_since_last_review"] = _changes(session, account, context, fields)
    return fields


def _own_sections(session: Session, account: Account, today: date) -> dict[str, Any]:
    # Imported here: review_workflow imports plan assembly, which imports this module.
    from kamdesk.services.review_workflow import read_reviews

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
            ReviewEntry(r.held_on, r.kind, r.attendees, r.summary, r.outcomes, r.next_review_on)
            for r in reviews
        ),
        "next_review": due.due_on,
        "review_overdue": due.overdue,
    }


def _changes(
    session: Session, account: Account, context: PlanContext, own: dict[str, Any]
) -> dict[str, Any] | None:
    """What changed since the newest snapshot, as JSON (None: no snapshot yet)."""
    from kamdesk.services.plan_assembly import section_builders
    from kamdesk.services.review_workflow import latest_snapshot_content

    previous = latest_snapshot_content(session, account.id)
    if previous is None:
        return None
    current: dict[str, Any] = {}
    for builder in section_builders():
        if builder is tracking_sections:
            continue
        current.update(builder(session, account, context))
    current.update(own)
    return changes_since(previous, to_json_value(current)).to_json()
