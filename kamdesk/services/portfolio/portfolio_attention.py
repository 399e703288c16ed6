"""What needs attention across all accounts: goals at risk, off track or overdue, and
overdue actions.

Two queries, whatever the number of accounts: the goals of active accounts with their
latest update up to today, and the open actions due before today (narrowed to one account
when the portfolio cache refreshes it after an edit). Goal status is the
domain's rule (:mod:`kamdesk.domain.goal_status`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import GoalStatus, Tier
from kamdesk.domain.goal_status import assess_goal
from kamdesk.services.portfolio.portfolio_facts import Only, narrowed
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, ActionItem, Goal, GoalUpdate, TeamMember

#: The goal statuses the dashboard lists, worst first.
ATTENTION_STATUSES = (GoalStatus.OVERDUE, GoalStatus.OFF_TRACK, GoalStatus.AT_RISK)


@dataclass(frozen=True)
class GoalAlert:
    """A goal that is not on track."""

    goal_id: int
    account_id: int
    account: str
    title: str
    status: GoalStatus
    due_on: date
    progress: Decimal | None  # fraction of the way from baseline to target


@dataclass(frozen=True)
class ActionAlert:
    """An open action past its due date."""

    action_id: int
    account_id: int
    account: str
    title: str
    due_on: date
    owner: str | None


@dataclass(frozen=True)
class PortfolioAttention:
    """Everything overdue or at risk, worst and oldest first."""

    today: date
    goals: tuple[GoalAlert, ...]
    actions: tuple[ActionAlert, ...]


def portfolio_attention(db: Database, today: date | None = None) -> PortfolioAttention:
    """Goals not on track and overdue actions of every active account (one transaction)."""
    day = today or date.today()
    with db.session() as session:
        goals, actions = attention_alerts(session, day)
    return assemble_attention(day, goals, actions)


def assemble_attention(
    day: date, goals: Iterable[GoalAlert], actions: Iterable[ActionAlert]
) -> PortfolioAttention:
    """The alerts in the order the dashboard lists them: worst and oldest first.

    The order is total (ids last), so alerts gathered account by account (the portfolio
    cache) come out exactly as those of one query over all accounts.
    """
    return PortfolioAttention(
        today=day,
        goals=tuple(sorted(
            goals,
            key=lambda g: (ATTENTION_STATUSES.index(g.status), g.due_on, g.account, g.goal_id),
        )),
        actions=tuple(sorted(actions, key=lambda a: (a.due_on, a.account, a.action_id))),
    )


def attention_alerts(
    session: Session, day: date, only: Only = None
) -> tuple[list[GoalAlert], list[ActionAlert]]:
    """The goal and action alerts of every active account, or of the accounts in ``only``."""
    newest = (
        select(GoalUpdate.goal_id, func.max(GoalUpdate.measured_on).label("measured_on"))
        .where(GoalUpdate.measured_on <= day)
        .group_by(GoalUpdate.goal_id)
        .subquery()
    )
    goal_rows = session.execute(
        narrowed(
            select(
                Goal.id, Goal.account_id, Account.name, Goal.title, Goal.direction,
                Goal.baseline, Goal.target, Goal.start_on, Goal.due_on,
                GoalUpdate.measured_on, GoalUpdate.value,
            ),
            Goal.account_id,
            only,
        )
        .join(Account, Account.id == Goal.account_id)
        .outerjoin(newest, newest.c.goal_id == Goal.id)
        .outerjoin(
            GoalUpdate,
            and_(GoalUpdate.goal_id == Goal.id,
                 GoalUpdate.measured_on == newest.c.measured_on),
        )
        .where(Account.tier != Tier.ARCHIVED)
    ).all()
    action_rows = session.execute(
        narrowed(
            select(ActionItem.id, ActionItem.account_id, Account.name, ActionItem.title,
                   ActionItem.due_on, TeamMember.name),
            ActionItem.account_id,
            only,
        )
        .join(Account, Account.id == ActionItem.account_id)
        .outerjoin(TeamMember, TeamMember.id == ActionItem.owner_id)
        .where(
            ActionItem.done.is_(False),
            ActionItem.due_on < day,
            Account.tier != Tier.ARCHIVED,
        )
    ).all()
    goals = []
    for (goal_id, account_id, account, title, direction, baseline, target, start, due,
         measured_on, value) in goal_rows:
        updates = {} if measured_on is None else {measured_on: value}
        try:
            assessment = assess_goal(direction, baseline, target, start, due, updates, day)
        except ValueError:
            continue  # a definition the database let through but no status can be read from
        if assessment.status in ATTENTION_STATUSES:
            goals.append(GoalAlert(goal_id, account_id, account, title, assessment.status, due,
                                   assessment.progress))
    actions = [
        ActionAlert(action_id, account_id, account, title, due_on, owner)
        for action_id, account_id, account, title, due_on, owner in action_rows
        if due_on is not None  # the filter already excludes undated actions
    ]
    return goals, actions
