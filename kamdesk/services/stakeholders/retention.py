"""Whose personal data is due for review under the retention period, in one read.

The rule is :mod:`kamdesk.domain.retention`; here it is applied to the whole portfolio with
a fixed number of set-based queries, whatever the number of accounts (a portfolio of 10,000
accounts with 50,000 people must list in well under a second, see
``benchmarks/bench_retention.py``):

1. the quiet accounts (nothing after the cut-off: their own ``updated_at``, then one
   correlated NOT EXISTS per activity table, each an index lookup) with their latest
   activity per table, as correlated MAX subqueries, combined here;
2. the people who left on or before the cut-off or sit on a quiet account.

The SQL only narrows the rows; the domain rule then decides each person's reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
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
    quiet = _quiet(cutoff, after_cutoff)
    with db.session() as session:
        last_activity = _last_activity(session, quiet)
        rows = session.execute(
            select(
                Stakeholder.id, Stakeholder.name, Stakeholder.left_on, Account.id, Account.name
            )
            .join(Account, Account.id == Stakeholder.account_id)
            .where(or_(
                Stakeholder.left_on <= cutoff,
                Stakeholder.account_id.in_(select(Account.id).where(quiet)),
            ))
            .order_by(Account.name, Account.id, Stakeholder.name, Stakeholder.id)
        ).all()
    candidates = []
    for person_id, name, left_on, account_id, account_name in rows:
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
    """(account id column, activity date column or None, row timestamp) per activity table
    other than the account itself; goal updates reach their account through their goal."""
    # Interactions and reviews count from when they were entered, not last saved: erasing a
    # person rewrites the minutes that name them, and that must not make an account active
    # (its other people would drop off the list half-way through the review).
    return [
        (Interaction.account_id, Interaction.occurred_on, Interaction.created_at),
        (Review.account_id, Review.held_on, Review.created_at),
        (Goal.account_id, GoalUpdate.measured_on, GoalUpdate.updated_at),
        (RevenueEntry.account_id, None, RevenueEntry.updated_at),
        (ActionItem.account_id, ActionItem.done_on, ActionItem.updated_at),
    ]


def _of_account(query: Select[Any], account_column: Any) -> Select[Any]:
    """``query`` narrowed to the rows of the outer query's account (correlated)."""
    if account_column is Goal.account_id:
        query = query.select_from(GoalUpdate).join(Goal, Goal.id == GoalUpdate.goal_id)
    return query.where(account_column == Account.id)


def _quiet(cutoff: date, after_cutoff: datetime) -> ColumnElement[bool]:
    """The condition on an account row: nothing of it after the cut-off.

    Correlated NOT EXISTS per table: each is an index lookup by account, and most accounts
    are settled by their own ``updated_at`` first, which is cheaper than collecting every
    active account's id from every table (a UNION over all revenue rows).
    """
    conditions: list[ColumnElement[bool]] = [Account.updated_at < after_cutoff]
    for account, day, stamp in _activity_sources():
        recent = stamp >= after_cutoff if day is None else or_(day > cutoff, stamp >= after_cutoff)
        conditions.append(~_of_account(select(literal(1)), account).where(recent).exists())
    return and_(*conditions)


def _last_activity(session: Session, quiet: ColumnElement[bool]) -> dict[int, date]:
    """The latest activity day of each quiet account (the UTC day of a timestamp)."""
    latest_of: list[Any] = [Account.updated_at]
    for account, day, stamp in _activity_sources():
        for column in (day, stamp):
            if column is not None:
                latest_of.append(
                    _of_account(select(func.max(column)), account).scalar_subquery()
                )
    latest: dict[int, date] = {}
    for account_id, *values in session.execute(select(Account.id, *latest_of).where(quiet)):
        days = [_day(value) for value in values if value is not None]
        if days:
            latest[account_id] = max(days)
    return latest


def _day(value: Any) -> date:
    """The day of a date, or the UTC day of a timestamp (stored as naive UTC)."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
