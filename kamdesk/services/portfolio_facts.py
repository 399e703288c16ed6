"""The per-account figures a portfolio analysis starts from, read with SQL aggregates.

Whatever the number of accounts, this is a fixed handful of grouped queries (revenue in the
window and the window before, latest score per criterion, last contact, goals, known
deciders, the next review due, the last plan export); nothing is loaded per account. The
rows come back as plain values for one pass in Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Integer, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.enums import BuyingRole, Criterion, SnapshotReason, Tier
from kamdesk.services.portfolio_window import AnalysisWindow, period_index
from kamdesk.store.orm import (
    Account,
    BuyingCenter,
    BuyingCenterMember,
    Goal,
    Interaction,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Score,
    Stakeholder,
    TeamMember,
)

CENTS = Decimal(100)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class AccountFigures:
    """One account's raw figures for the analysis (nothing derived yet)."""

    account_id: int
    name: str
    tier: Tier
    owner_id: int | None
    owner: str | None
    revenue: Decimal  # in the window
    previous_revenue: Decimal  # in the four quarters before the window
    scores: Mapping[Criterion, int] = field(default_factory=dict)  # latest per criterion
    last_contact: date | None = None
    has_goals: bool = False
    has_known_decider: bool = False
    next_review_due: date | None = None
    last_plan_export: date | None = None


def revenue_by_account(
    session: Session, window: AnalysisWindow
) -> dict[int, tuple[Decimal, Decimal]]:
    """(revenue in the window, revenue in the window before) per account with any entry."""
    period = RevenueEntry.year * 4 + RevenueEntry.quarter
    first, last = period_index(window.first), period_index(window.last)
    previous_first = period_index(window.previous_quarters[0])
    # Sum the stored cents as plain integers: exact, and no per-row Decimal conversion.
    cents = type_coerce(RevenueEntry.actual, Integer)
    in_window = func.sum(case((period >= first, cents), else_=0))
    before = func.sum(case((period < first, cents), else_=0))
    rows = session.connection().execute(
        select(RevenueEntry.account_id, in_window, before)
        .where(period >= previous_first, period <= last)
        .group_by(RevenueEntry.account_id)
    ).all()
    return {
        account_id: (_money(current), _money(previous)) for account_id, current, previous in rows
    }


def latest_scores(session: Session, today: date) -> dict[int, dict[Criterion, int]]:
    """The latest score per criterion per account; scores dated after today are left out."""
    later = aliased(Score)
    # "No later score up to today" walks the (account, criterion, day) unique index; it is
    # several times faster than joining a grouped MAX() subquery, on SQLite and PostgreSQL.
    newer_exists = (
        select(later.id)
        .where(
            later.account_id == Score.account_id,
            later.criterion == Score.criterion,
            later.scored_on > Score.scored_on,
            later.scored_on <= today,
        )
        .exists()
    )
    # Plain strings and integers come back without per-row type processing; the criterion
    # is looked up once per distinct value below.
    rows = session.connection().execute(
        select(Score.account_id, type_coerce(Score.criterion, String), Score.value).where(
            Score.scored_on <= today, ~newer_exists
        )
    ).all()
    criteria = {criterion.value: criterion for criterion in Criterion}
    result: dict[int, dict[Criterion, int]] = {}
    for owner, criterion, value in rows:
        result.setdefault(owner, {})[criteria[criterion]] = value
    return result


def load_account_figures(
    session: Session, window: AnalysisWindow, today: date
) -> list[AccountFigures]:
    """Every account's figures, in name order."""
    accounts = session.connection().execute(
        select(
            Account.id, Account.name, type_coerce(Account.tier, String), Account.owner_id,
            TeamMember.name,
        ).outerjoin(TeamMember, TeamMember.id == Account.owner_id)
    ).all()
    tiers = {tier.value: tier for tier in Tier}
    revenue = revenue_by_account(session, window)
    scores = latest_scores(session, today)
    contacts = _last_contacts(session, today)
    with_goals = set(session.execute(select(Goal.account_id).distinct()).scalars())
    with_decider = _accounts_with_known_decider(session, today)
    reviews = _next_reviews_due(session)
    exports = _last_plan_exports(session)
    figures = []
    no_scores: dict[Criterion, int] = {}
    for account_id, name, tier, owner_id, owner in sorted(accounts, key=lambda row: row[1]):
        current, previous = revenue.get(account_id, (ZERO, ZERO))
        figures.append(
            AccountFigures(
                account_id=account_id,
                name=name,
                tier=tiers[tier],
                owner_id=owner_id,
                owner=owner,
                revenue=current,
                previous_revenue=previous,
                scores=scores.get(account_id, no_scores),
                last_contact=contacts.get(account_id),
                has_goals=account_id in with_goals,
                has_known_decider=account_id in with_decider,
                next_review_due=reviews.get(account_id),
                last_plan_export=exports.get(account_id),
            )
        )
    return figures


def _last_contacts(session: Session, today: date) -> dict[int, date]:
    """The latest of the newest interaction and any contact recorded on a stakeholder.

    Dates after today are planned, not contact, and are left out.
    """
    contacts: dict[int, date] = {}
    interactions = session.connection().execute(
        select(Interaction.account_id, func.max(Interaction.occurred_on))
        .where(Interaction.occurred_on <= today)
        .group_by(Interaction.account_id)
    ).all()
    recorded = session.connection().execute(
        select(Stakeholder.account_id, func.max(Stakeholder.last_contact))
        .where(Stakeholder.last_contact <= today)
        .group_by(Stakeholder.account_id)
    ).all()
    for account_id, value in (*interactions, *recorded):
        day = as_date(value)
        if day is not None and (account_id not in contacts or day > contacts[account_id]):
            contacts[account_id] = day
    return contacts


def _accounts_with_known_decider(session: Session, today: date) -> set[int]:
    """Accounts where some buying center has a decider who still works there."""
    return set(
        session.execute(
            select(BuyingCenter.account_id)
            .join(BuyingCenterMember, BuyingCenterMember.buying_center_id == BuyingCenter.id)
            .join(Stakeholder, Stakeholder.id == BuyingCenterMember.stakeholder_id)
            .where(
                BuyingCenterMember.role == BuyingRole.DECIDER,
                or_(Stakeholder.left_on.is_(None), Stakeholder.left_on > today),
            )
            .distinct()
        ).scalars()
    )


def _next_reviews_due(session: Session) -> dict[int, date]:
    """The next review date set at each account's most recent review."""
    newest = (
        select(Review.account_id, func.max(Review.held_on).label("held_on"))
        .group_by(Review.account_id)
        .subquery()
    )
    rows = session.execute(
        select(Review.account_id, func.max(Review.next_review_on))
        .join(
            newest,
            and_(Review.account_id == newest.c.account_id, Review.held_on == newest.c.held_on),
        )
        .group_by(Review.account_id)
    ).all()
    return {account_id: day for account_id, value in rows if (day := as_date(value)) is not None}


def _last_plan_exports(session: Session) -> dict[int, date]:
    """The day of each account's most recent plan export."""
    rows = session.execute(
        select(PlanSnapshot.account_id, func.max(PlanSnapshot.taken_at))
        .where(PlanSnapshot.reason == SnapshotReason.EXPORT)
        .group_by(PlanSnapshot.account_id)
    ).all()
    return {account_id: day for account_id, value in rows if (day := as_date(value)) is not None}


def as_date(value: object) -> date | None:
    """A date from what SQLite gives back for MAX() over a date or timestamp column (text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _money(cents: object) -> Decimal:
    """Summed cents (None when nothing was summed) as an amount of money."""
    if cents is None:
        return ZERO
    return (Decimal(int(str(cents))) / CENTS).quantize(Decimal("0.01"))
