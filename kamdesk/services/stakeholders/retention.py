"""Whose personal data is due for review under the retention period, in one read.

The rule is :mod:`kamdesk.domain.retention`; here it is applied to the whole portfolio with
a fixed number of set-based queries, whatever the number of accounts (a portfolio of 10,000
accounts with 50,000 people must list in well under a second, see
``benchmarks/bench_retention.py``):

1. the accounts with any activity after the cut-off (one UNION of indexed scans),
2. the people who left on or before the cut-off or sit on an account not in (1),
3. for the inactive accounts among them, their last activity: one grouped query over the
   dated columns and one over the ``updated_at`` stamps (a date and a timestamp do not mix
   in one UNION on SQLite), combined here.

The SQL only narrows the rows; the domain rule then decides each person's reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select, union, union_all
from sqlalchemy.orm import Session

from kamdesk.domain.former_contacts import placeholder_number
from kamdesk.domain.retention import RetentionReason, due_for_review, retention_cutoff
from kamdesk.services.stakeholders.personal_data_erasure import ErasureReport, erase_people
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    ActionItem,
    Goal,
    GoalUpdate,
    Interaction,
    RevenueEntry,
    Review,
    Stakeholder,
)


@dataclass(frozen=True)
class RetentionCandidate:
    """A person due for review: who, where, and why (the day they left, or the account's
    last activity, in ``since``)."""

    stakeholder_id: int
    name: str
    account_id: int
    account_name: str
    reason: RetentionReason
    since: date


def people_due_for_review(
    db: Database, today: date, months: int
) -> tuple[RetentionCandidate, ...]:
    """Everyone due for review on ``today`` with a period of ``months``, by account and name.

    Raises ValueError for a period outside 1–600 months (the settings never store one).
    """
    cutoff = retention_cutoff(today, months)
    # A timestamp belongs to the UTC day it falls on: activity after the cut-off day starts
    # at the next midnight.
    after_cutoff = datetime.combine(cutoff + timedelta(days=1), time(), tzinfo=UTC)
    with db.session() as session:
        active = _active_accounts(cutoff, after_cutoff)
        inactive = Stakeholder.account_id.not_in(active)
        rows = session.execute(
            select(
                Stakeholder.id, Stakeholder.name, Stakeholder.left_on, Account.id, Account.name,
                inactive.label("inactive"),
            )
            .join(Account, Account.id == Stakeholder.account_id)
            .where(or_(Stakeholder.left_on <= cutoff, inactive))
            .order_by(Account.name, Account.id, Stakeholder.name, Stakeholder.id)
        ).all()
        inactive_ids = {row.id_1 for row in rows if row.inactive}
        last_activity = _last_activity(session, inactive_ids, active) if inactive_ids else {}
    candidates = []
    for person_id, name, left_on, account_id, account_name, _inactive in rows:
        if placeholder_number(name) is not None:
            continue  # erased: the row keeps a placeholder and nothing left to review
        due = due_for_review(left_on, last_activity.get(account_id), cutoff)
        if due is not None:
            candidates.append(RetentionCandidate(
                person_id, name, account_id, account_name, due.reason, due.since
            ))
    return tuple(candidates)


def erase_people_under_review(db: Database, stakeholder_ids: Sequence[int]) -> ErasureReport:
    """Erase the people a KAM selected from the review list, all in one transaction.

    The one erasure of kamdesk (:func:`personal_data_erasure.erase_people`): placeholders,
    scrubbed history and snapshots, and the wiped file, exactly as for one person.
    """
    return erase_people(db, stakeholder_ids)


def _activity_sources() -> list[tuple[Any, Any, Any]]:
    """(account id column, activity date column or None, row timestamp) per activity table;
    goal updates reach their account through their goal (joined in the queries)."""
    # Interactions and reviews count from when they were entered, not last saved: erasing a
    # person rewrites the minutes that name them, and that must not make an account active
    # (its other people would drop off the list half-way through the review).
    return [
        (Account.id, None, Account.updated_at),
        (Interaction.account_id, Interaction.occurred_on, Interaction.created_at),
        (Review.account_id, Review.held_on, Review.created_at),
        (Goal.account_id, GoalUpdate.measured_on, GoalUpdate.updated_at),
        (RevenueEntry.account_id, None, RevenueEntry.updated_at),
        (ActionItem.account_id, ActionItem.done_on, ActionItem.updated_at),
    ]


def _from(query: Select[Any], account_column: Any) -> Select[Any]:
    """Join goal updates to their goal, the one source whose account is a step away."""
    if account_column is Goal.account_id:
        return query.select_from(GoalUpdate).join(Goal, Goal.id == GoalUpdate.goal_id)
    return query


def _active_accounts(cutoff: date, after_cutoff: datetime) -> Any:
    """A subquery of the ids of accounts with any activity after the cut-off."""
    parts = []
    for account, day, stamp in _activity_sources():
        recent = stamp >= after_cutoff if day is None else or_(day > cutoff, stamp >= after_cutoff)
        parts.append(_from(select(account.label("account_id")), account).where(recent))
    return union(*parts).subquery().select()


def _last_activity(session: Session, account_ids: set[int], active: Any) -> dict[int, date]:
    """The latest activity day of each inactive account (UTC day of a timestamp)."""
    # Restricted by the same subquery rather than by the ids: 10,000 inactive accounts
    # would otherwise be 10,000 bound parameters.
    inactive = Account.id.not_in(active)
    days = []
    stamps = []
    for account, day, stamp in _activity_sources():
        stamps.append(_from(select(account.label("account_id"), func.max(stamp).label("at")),
                            account).group_by(account))
        if day is not None:
            days.append(_from(select(account.label("account_id"), func.max(day).label("at")),
                              account).group_by(account))
    latest: dict[int, date] = {}
    for parts, as_day in ((days, _as_date), (stamps, _stamp_day)):
        merged = union_all(*parts).subquery()
        query = (
            select(merged.c.account_id, func.max(merged.c.at))
            .where(merged.c.account_id.in_(select(Account.id).where(inactive)))
            .group_by(merged.c.account_id)
        )
        for account_id, value in session.execute(query):
            if account_id in account_ids and value is not None:
                day_value = as_day(value)
                if account_id not in latest or day_value > latest[account_id]:
                    latest[account_id] = day_value
    return latest


def _as_date(value: Any) -> date:
    """A date column's value through a UNION: SQLite hands back its ISO text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _stamp_day(value: Any) -> date:
    """The UTC day of an ``updated_at`` read through a UNION (naive UTC, or ISO text)."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).date()
    return date.fromisoformat(str(value)[:10])
