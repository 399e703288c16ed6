"""The tracking sections of the plan: goals, actions, revenue, reviews, changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import Direction, GoalKind, GoalStatus, ReviewCadence
from kamdesk.domain.plain_json import to_json_value
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.services.plans.review_start import start_review
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.services.tracking.goal_editing import add_goal_update, create_goal
from kamdesk.services.tracking.revenue_editing import apply_revenue_changes, preview_paste
from kamdesk.services.tracking.review_workflow import add_review
from kamdesk.store.database import Database
from kamdesk.store.orm import Account

TODAY = date(2024, 6, 1)


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Isar Werke", review_cadence=ReviewCadence.HALF_YEARLY)
        session.add(account)
        session.flush()
        return account.id


def test_empty_account_has_empty_tracking_sections(db: Database, account_id: int) -> None:
    plan = assemble_plan(db, account_id, TODAY)
    assert (plan.goals, plan.actions, plan.revenue, plan.reviews) == ((), (), (), ())
    assert plan.revenue_summary is None
    assert (plan.next_review, plan.review_overdue) == (TODAY, False)
    assert plan.changes_since_last_review is None


def test_sections_filled(db: Database, account_id: int) -> None:
    goal_id = create_goal(
        db,
        account_id,
        {
            "kind": GoalKind.CUSTOMER,
            "title": "Cut lead time",
            "unit": "days",
            "direction": Direction.DECREASE,
            "baseline": Decimal(20),
            "target": Decimal(10),
            "start_on": date(2024, 1, 1),
            "due_on": date(2024, 3, 31),
        },
    )
    add_goal_update(db, goal_id, date(2024, 3, 1), Decimal(15))
    create_action(db, account_id, "Visit plant", {"due_on": date(2024, 5, 1), "goal_id": goal_id})
    block = "2023\t4\t100\t\n2024\t1\t120\t100\n"
    preview = preview_paste(db, account_id, (2023, 4), "year", block, False)
    apply_revenue_changes(db, account_id, preview.changes)
    add_review(db, account_id, {"held_on": date(2023, 11, 1)})

    plan = assemble_plan(db, account_id, TODAY)
    (goal,) = plan.goals
    assert (goal.status, goal.progress, goal.current) == (
        GoalStatus.OVERDUE,
        Decimal("0.5000"),
        Decimal(15),
    )
    (action,) = plan.actions
    assert (action.overdue, action.goal) == (True, "Cut lead time")
    assert [(r.quarter, r.growth_qoq, r.vs_plan) for r in plan.revenue] == [
        (4, None, None),
        (1, Decimal("0.2000"), Decimal("0.2000")),
    ]
    assert plan.revenue_summary is not None
    assert plan.revenue_summary.ttm == Decimal("220.00")
    assert (plan.next_review, plan.review_overdue) == (date(2024, 5, 1), True)
    assert to_json_value(plan)["goals"][0]["status"] == "overdue"


def test_changes_since_the_newest_snapshot(db: Database, account_id: int) -> None:
    start_review(db, account_id, TODAY)
    create_action(db, account_id, "Write the QBR deck")
    plan = assemble_plan(db, account_id, TODAY)
    assert plan.changes_since_last_review is not None
    assert plan.changes_since_last_review["actions_new"] == ["Write the QBR deck"]
    assert plan.changes_since_last_review["stakeholders_added"] == []
