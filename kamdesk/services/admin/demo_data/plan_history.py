"""A hand-written plan's state on an earlier day: goal values and plan snapshots.

The demo stores one snapshot per past review, so that "what changed since last review" has
something to show. A snapshot is derived from the current plan as it would have looked on
the day: people who joined since (``Person.new``) are missing, an attitude that changed
since (``Person.earlier``) shows its old value, goals show the value and status they had,
actions not yet planned are missing, revenue stops at the last closed quarter, and
opportunities created since are missing or were at an earlier stage.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from kamdesk.domain.enums import OpportunityStatus
from kamdesk.domain.goal_status import goal_status
from kamdesk.domain.plain_json import dumps
from kamdesk.services.admin.demo_data.spec import STAGES, GoalSpec, PlannedAccount
from kamdesk.services.admin.demo_data.timeline import QuarterRevenue

# Units counted in whole numbers: their measurements have no decimals.
COUNT_UNITS = frozenset({"Anzahl", "count", "Stück"})
# Actions planned more than this far ahead of a snapshot were not yet on the list then.
ACTION_HORIZON_DAYS = 60
# An open opportunity moved one stage on every this many days.
DAYS_PER_STAGE = 60


def _places(goal: GoalSpec) -> Decimal:
    """The precision a KAM would type this goal's measurements in."""
    if goal.unit in COUNT_UNITS:
        return Decimal(1)
    exponent = min(goal.baseline.as_tuple().exponent, goal.target.as_tuple().exponent, -1)
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


def goal_updates(goal: GoalSpec, today: date) -> list[tuple[date, Decimal]]:
    """The goal's dated measurements, oldest first."""
    step = _places(goal)
    values = []
    for days_ago, percent in sorted(goal.updates, reverse=True):
        raw = goal.baseline + (goal.target - goal.baseline) * Decimal(percent) / 100
        values.append((today - timedelta(days=days_ago), raw.quantize(step, ROUND_HALF_EVEN)))
    return values


def snapshot_content(
    plan: PlannedAccount,
    today: date,
    as_of: date,
    revenue: list[QuarterRevenue],
    revenue_ends: tuple[date, ...],
) -> str:
    """The plan as it stood on ``as_of``, as JSON text (sections in the plan's JSON shape)."""
    return dumps(
        {
            "stakeholders": _stakeholders(plan, today, as_of),
            "goals": _goals(plan, today, as_of),
            "actions": _actions(plan, today, as_of),
            "revenue": [
                {"year": row.year, "quarter": row.quarter, "actual": row.actual,
                 "plan": row.plan}
                for row, end in zip(revenue, revenue_ends, strict=True)
                if end < as_of
            ],
            "opportunities": _opportunities(plan, today, as_of),
        }
    )


def _stakeholders(plan: PlannedAccount, today: date, as_of: date) -> list[dict[str, Any]]:
    rows = []
    for person in plan.people:
        if person.new:
            continue
        left = None
        if person.left_days_ago is not None:
            left_on = today - timedelta(days=person.left_days_ago)
            left = left_on if left_on <= as_of else None
        rows.append({
            "name": person.name,
            "title": person.title,
            "department": person.department,
            "attitude": person.earlier or person.attitude,
            "influence": person.influence,
            "left": left,
        })
    return rows


def _goals(plan: PlannedAccount, today: date, as_of: date) -> list[dict[str, Any]]:
    rows = []
    for goal in plan.goals:
        start = today - timedelta(days=goal.start_days_ago)
        if start > as_of:
            continue
        known = dict(goal_updates(goal, today))
        earlier = {day: value for day, value in known.items() if day <= as_of}
        status = goal_status(
            goal.direction, goal.baseline, goal.target, start,
            today + timedelta(days=goal.due_in_days), earlier, as_of,
        )
        rows.append({
            "title": goal.title,
            "kind": goal.kind,
            "current": earlier[max(earlier)] if earlier else None,
            "target": goal.target,
            "status": status,
        })
    return rows


def _actions(plan: PlannedAccount, today: date, as_of: date) -> list[dict[str, Any]]:
    rows = []
    for action in plan.actions:
        due = today + timedelta(days=action.due_in_days)
        if due > as_of + timedelta(days=ACTION_HORIZON_DAYS):
            continue
        rows.append({"title": action.title, "done": action.done and due <= as_of, "due": due})
    return rows


def _opportunities(plan: PlannedAccount, today: date, as_of: date) -> list[dict[str, Any]]:
    rows = []
    age = (today - as_of).days
    for opportunity in plan.opportunities:
        if opportunity.created_days_ago < age:
            continue  # created after the snapshot
        closed_on = today + timedelta(days=opportunity.close_in_days)
        status = opportunity.status
        stage = opportunity.stage
        if status is not OpportunityStatus.OPEN and closed_on > as_of:
            status = OpportunityStatus.OPEN
        if status is OpportunityStatus.OPEN:
            stage = max(0, stage - age // DAYS_PER_STAGE)
        rows.append({
            "title": opportunity.title,
            "value": opportunity.value,
            "status": status,
            "stage": STAGES[stage][0],
        })
    return rows
