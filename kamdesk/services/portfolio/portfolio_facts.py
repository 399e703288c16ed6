"""The per-account figures a portfolio analysis starts from, read with SQL aggregates.

Whatever the number of accounts, this is a fixed handful of grouped queries (revenue in the
window and the window before, latest score per criterion, last contact, goals, known
deciders, the next review due, the last plan export); nothing is loaded per account. The
same queries, narrowed to a few accounts (``only``), refresh the portfolio cache
(:mod:`kamdesk.services.portfolio.portfolio_cache`) after an edit: one set of rules for
the whole portfolio and for one account, so the two cannot disagree.

The big results (one row per account, or per score) are read with :func:`plain_rows`: the
driver's own tuples, without SQLAlchemy's per-row Row objects and type processing, which
cost more than the queries themselves on 10,000 accounts. Those queries therefore select
only integers and text (SQLite) or dates (PostgreSQL), and the few conversions happen here,
once per value that is kept.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import (
    Executable,
    Integer,
    Select,
    String,
    and_,
    case,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute, Session

from kamdesk.domain.enums import BuyingRole, Criterion, SnapshotReason, Tier
from kamdesk.domain.guardrails import PortfolioAccountFacts
from kamdesk.services.portfolio.portfolio_window import AnalysisWindow, period_index
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

ZERO = Decimal("0.00")

#: Some accounts' ids, to narrow a query to them; None: every account.
Only = Collection[int] | None


SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


def narrowed(statement: SelectT, column: QueryableAttribute[int], only: Only) -> SelectT:
    """``statement`` restricted to rows whose ``column`` (an account id) is in ``only``."""
    return statement if only is None else statement.where(column.in_(sorted(only)))


@dataclass(frozen=True, slots=True)
class AccountFigures(PortfolioAccountFacts):
    """One account's raw figures for the analysis (nothing derived yet).

    They are the guardrails' facts (``key`` is the account id, ``owner_key`` the owner's
    name, unique and readable in a warning, ``last_interaction`` the last contact) plus
    what the analysis adds, so one object per account serves both.
    """

    account_id: int = 0
    owner_id: int | None = None
    owner: str | None = None
    previous_revenue: Decimal = ZERO  # in the four quarters before the window
    scores: Mapping[Criterion, int] = field(default_factory=dict)  # latest per criterion


def plain_rows(session: Session, statement: Executable) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` as the database driver returns them: plain tuples.

    SQLAlchemy still binds the parameters and runs the statement in the session's
    transaction; only the result processing is skipped, so the values are the driver's raw
    ones (an enum or date column comes back as text on SQLite). Use it for integers and
    text, and read dates with :func:`as_date`.
    """
    result = session.connection().execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def revenue_by_account(
    session: Session, window: AnalysisWindow, only: Only = None
) -> dict[int, tuple[Decimal, Decimal]]:
    """(revenue in the window, revenue in the window before) per account with any entry."""
    period = RevenueEntry.year * 4 + RevenueEntry.quarter
    first, last = period_index(window.first), period_index(window.last)
    previous_first = period_index(window.previous_quarters[0])
    # Sum the stored cents as plain integers: exact, and no per-row Decimal conversion.
    cents = type_coerce(RevenueEntry.actual, Integer)
    in_window = func.sum(case((period >= first, cents), else_=0))
    before = func.sum(case((period < first, cents), else_=0))
    rows = plain_rows(
        session,
        narrowed(select(RevenueEntry.account_id, in_window, before), RevenueEntry.account_id, only)
        .where(period >= previous_first, period <= last)
        .group_by(RevenueEntry.account_id),
    )
    return {
        account_id: (_money(current), _money(previous)) for account_id, current, previous in rows
    }


def latest_scores(
    session: Session, today: date, only: Only = None
) -> dict[int, dict[Criterion, int]]:
    """The latest score per criterion per account; scores dated after today are left out."""
    # Oldest first, so that a newer score simply overwrites an older one below. One sorted
    # scan beats asking "is there a newer score?" for every row (a NOT EXISTS probe per row,
    # about 1.6 times slower here on SQLite), and it stays one pass however long the history.
    rows = plain_rows(
        session,
        narrowed(
            select(Score.account_id, type_coerce(Score.criterion, String), Score.value),
            Score.account_id,
            only,
        )
        .where(Score.scored_on <= today)
        .order_by(Score.scored_on),
    )
    criteria = {criterion.value: criterion for criterion in Criterion}
    result: dict[int, dict[Criterion, int]] = {}
    for owner, criterion, value in rows:
        scores = result.get(owner)
        if scores is None:
            scores = result[owner] = {}
        scores[criteria[criterion]] = value
    return result


def load_account_figures(
    session: Session, window: AnalysisWindow, today: date, only: Only = None
) -> list[AccountFigures]:
    """Every account's figures (or those of the accounts in ``only`` that exist), by name."""
    accounts = plain_rows(
        session,
        narrowed(
            select(
                Account.id, Account.name, type_coerce(Account.tier, String), Account.owner_id,
                TeamMember.name,
            ).outerjoin(TeamMember, TeamMember.id == Account.owner_id),
            Account.id,
            only,
        ),
    )
    tiers = {tier.value: tier for tier in Tier}
    revenue = revenue_by_account(session, window, only)
    scores = latest_scores(session, today, only)
    contacts = _last_contacts(session, today, only)
    with_goals = set(
        session.execute(narrowed(select(Goal.account_id), Goal.account_id, only).distinct())
        .scalars()
    )
    with_decider = _accounts_with_known_decider(session, today, only)
    reviews = _next_reviews_due(session, only)
    exports = _last_plan_exports(session, only)
    figures = []
    no_scores: dict[Criterion, int] = {}
    for account_id, name, tier, owner_id, owner in sorted(accounts, key=lambda row: row[1]):
        current, previous = revenue.get(account_id, (ZERO, ZERO))
        figures.append(
            AccountFigures(
                key=account_id,
                name=name,
                tier=tiers[tier],
                owner_key=owner,
                revenue=current,
                last_interaction=contacts.get(account_id),
                has_goals=account_id in with_goals,
                has_known_decider=account_id in with_decider,
                next_review_due=reviews.get(account_id),
                last_plan_export=exports.get(account_id),
                account_id=account_id,
                owner_id=owner_id,
                owner=owner,
                previous_revenue=previous,
                scores=scores.get(account_id, no_scores),
            )
        )
    return figures


def _last_contacts(session: Session, today: date, only: Only) -> dict[int, date]:
    """The latest of the newest interaction and any contact recorded on a stakeholder.

    Dates after today are planned, not contact, and are left out.
    """
    contacts: dict[int, date] = {}
    interactions = plain_rows(
        session,
        narrowed(
            select(Interaction.account_id, func.max(Interaction.occurred_on)),
            Interaction.account_id,
            only,
        )
        .where(Interaction.occurred_on <= today)
        .group_by(Interaction.account_id),
    )
    recorded = plain_rows(
        session,
        narrowed(
            select(Stakeholder.account_id, func.max(Stakeholder.last_contact)),
            Stakeholder.account_id,
            only,
        )
        .where(Stakeholder.last_contact <= today)
        .group_by(Stakeholder.account_id),
    )
    for account_id, value in (*interactions, *recorded):
        day = as_date(value)
        if day is not None and (account_id not in contacts or day > contacts[account_id]):
            contacts[account_id] = day
    return contacts


def _accounts_with_known_decider(session: Session, today: date, only: Only) -> set[int]:
    """Accounts where some buying center has a decider who still works there."""
    return set(
        session.execute(
            narrowed(select(BuyingCenter.account_id), BuyingCenter.account_id, only)
            .join(BuyingCenterMember, BuyingCenterMember.buying_center_id == BuyingCenter.id)
            .join(Stakeholder, Stakeholder.id == BuyingCenterMember.stakeholder_id)
            .where(
                BuyingCenterMember.role == BuyingRole.DECIDER,
                or_(Stakeholder.left_on.is_(None), Stakeholder.left_on > today),
            )
            .distinct()
        ).scalars()
    )


def _next_reviews_due(session: Session, only: Only) -> dict[int, date]:
    """The next review date set at each account's most recent review."""
    newest = (
        narrowed(
            select(Review.account_id, func.max(Review.held_on).label("held_on")),
            Review.account_id,
            only,
        )
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


def _last_plan_exports(session: Session, only: Only) -> dict[int, date]:
    """The day of each account's most recent plan export."""
    rows = session.execute(
        narrowed(
            select(PlanSnapshot.account_id, func.max(PlanSnapshot.taken_at)),
            PlanSnapshot.account_id,
            only,
        )
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


def _money(cents: Any) -> Decimal:
    """Summed cents (None when nothing was summed) as an amount of money, e.g. 12.50.

    SQLite sums integers to an int, PostgreSQL a bigint to a numeric (Decimal); either is
    a whole number of cents. Shifting the exponent is exact and keeps two places.
    """
    if cents is None:
        return ZERO
    return Decimal(int(cents)).scaleb(-2)
