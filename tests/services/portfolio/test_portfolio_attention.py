"""Goals not on track and overdue actions across the portfolio."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import GoalStatus, Tier
from kamdesk.services.portfolio.portfolio_attention import portfolio_attention
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, ActionItem, Goal, GoalUpdate

TODAY = date(2025, 6, 30)


def test_goals_and_actions_needing_attention(db: Database) -> None:
    with db.session() as s:
        active, archived = Account(name="Active"), Account(name="Old", tier=Tier.ARCHIVED)
        s.add_all([active, archived])
        s.flush()
        goal = {"kind": "customer", "baseline": Decimal(0), "target": Decimal(100),
                "start_on": date(2025, 1, 1)}
        overdue = Goal(account_id=active.id, title="Overdue", due_on=date(2025, 6, 1), **goal)
        behind = Goal(account_id=active.id, title="Behind", due_on=date(2025, 12, 31), **goal)
        fine = Goal(account_id=active.id, title="Fine", due_on=date(2025, 12, 31), **goal)
        hidden = Goal(account_id=archived.id, title="Archived", due_on=date(2025, 6, 1), **goal)
        s.add_all([overdue, behind, fine, hidden])
        s.flush()
        s.add(GoalUpdate(goal_id=behind.id, measured_on=date(2025, 6, 1), value=Decimal(5)))
        s.add(GoalUpdate(goal_id=fine.id, measured_on=date(2025, 6, 1), value=Decimal(60)))
        s.add(GoalUpdate(goal_id=fine.id, measured_on=date(2025, 7, 15), value=Decimal(0)))
        s.add_all([
            ActionItem(account_id=active.id, title="Late", due_on=date(2025, 6, 29)),
            ActionItem(account_id=active.id, title="Due today", due_on=TODAY),
            ActionItem(account_id=active.id, title="Done", due_on=date(2025, 6, 1), done=True),
            ActionItem(account_id=archived.id, title="Archived", due_on=date(2025, 6, 1)),
        ])
    attention = portfolio_attention(db, TODAY)
    assert [(g.title, g.status) for g in attention.goals] == [
        ("Overdue", GoalStatus.OVERDUE),
        ("Behind", GoalStatus.OFF_TRACK),  # 5 % of the way at half the time
    ]
    assert [a.title for a in attention.actions] == ["Late"]


def test_nothing_to_report(db: Database) -> None:
    attention = portfolio_attention(db, TODAY)
    assert (attention.goals, attention.actions) == ((), ())
