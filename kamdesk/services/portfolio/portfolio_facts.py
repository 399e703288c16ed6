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

The queries go through the light Core table clauses of :mod:`kamdesk.store.light_tables`,
not the ORM's mapped classes, and run on a ``Connection`` (a session's own connection when
the dashboard calls): ``kamdesk portfolio`` then never imports the ORM, whose import (the
mapped classes alone, 0.9 s profiled) cost more than the analysis on 10,000 accounts.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
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

from kamdesk.domain.enums import BuyingRole, Criterion, SnapshotReason, Tier
from kamdesk.domain.guardrails import PortfolioAccountFacts
from kamdesk.services.portfolio.portfolio_window import AnalysisWindow, period_index
from kamdesk.store.light_tables import (
    account,
    buying_center,
    buying_center_member,
    goal,
    interaction,
    plan_snapshot,
    revenue_entry,
    review,
    score,
    stakeholder,
    team_member,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import QueryableAttribute, Session

ZERO = Decimal("0.00")

#: Some accounts' ids, to narrow a query to them; None: every account.
Only = Collection[int] | None


SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


def narrowed(
    statement: SelectT, column: ColumnElement[int] | QueryableAttribute[int], only: Only
) -> SelectT:
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


def connection_of(source: Connection | Session) -> Connection:
    """The connection to run on: ``source`` itself, or the session's (in its transaction)."""
    # An isinstance test on Connection, not on Session: it keeps sqlalchemy.orm unimported.
    return source if isinstance(source, Connection) else source.connection()


def plain_rows(source: Connection | Session, statement: Executable) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` as the database driver returns them: plain tuples.

    SQLAlchemy still binds the parameters and runs the statement in the connection's (or
    session's) transaction; only the result processing is skipped, so the values are the
    driver's raw ones (an enum or date column comes back as text on SQLite). Use it for
    integers and text, and read dates with :func:`as_date`.
    """
    result = connection_of(source).execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def revenue_by_account(
    source: Connection | Session, window: AnalysisWindow, only: Only = None
) -> dict[int, tuple[Decimal, Decimal]]:
    """(revenue in the window, revenue in the window before) per account with any entry."""
    period = revenue_entry.c.year * 4 + revenue_entry.c.quarter
    first, last = period_index(window.first), period_index(window.last)
    previous_first = period_index(window.previous_quarters[0])
    # Sum the stored cents as plain integers: exact, and no per-row Decimal conversion.
    cents = type_coerce(revenue_entry.c.actual, Integer)
    in_window = func.sum(case((period >= first, cents), else_=0))
    before = func.sum(case((period < first, cents), else_=0))
    rows = plain_rows(
        source,
        narrowed(
            select(revenue_entry.c.account_id, in_window, before), revenue_entry.c.account_id, only
        )
        .where(period >= previous_first, period <= last)
        .group_by(revenue_entry.c.account_id),
    )
    return {
        account_id: (_money(current), _money(previous)) for account_id, current, previous in rows
    }


def latest_scores(
    source: Connection | Session, today: date, only: Only = None
) -> dict[int, dict[Criterion, int]]:
    """The latest score per criterion per account; scores dated after today are left out."""
    # One row per account, one column per criterion: the newest value up to today is one
    # backward step in the covering index on (account, criterion, date, value) (revision
    # 0005), never a table row, and nothing but these integers leaves the database. A score
    # history grows with every review, so sending every old score to Python, or joining
    # each to its MAX date, costs more each year; a step in the index costs the same however
    # long the history. SQLite's time on 10,000 accounts (min of 15, interleaved): 49 ms
    # against 154 ms for the former MAX(date) join with one score per criterion, 66 against
    # 233 ms with five. Standard SQL: SQLite and PostgreSQL run the same statement.
    criteria = tuple(Criterion)
    newest = score.alias("newest")
    columns = [
        select(newest.c.value)
        .where(
            newest.c.account_id == account.c.id,
            newest.c.criterion == criterion,
            newest.c.scored_on <= today,
        )
        .order_by(newest.c.scored_on.desc())
        .limit(1)
        .scalar_subquery()
        for criterion in criteria
    ]
    rows = plain_rows(source, narrowed(select(account.c.id, *columns), account.c.id, only))
    result: dict[int, dict[Criterion, int]] = {}
    for account_id, *values in rows:
        scores = {criterion: value for criterion, value in zip(criteria, values, strict=True)
                  if value is not None}
        if scores:
            result[account_id] = scores
    return result


def load_account_figures(
    source: Connection | Session, window: AnalysisWindow, today: date, only: Only = None
) -> list[AccountFigures]:
    """Every account's figures (or those of the accounts in ``only`` that exist), by name."""
    accounts = plain_rows(
        source,
        narrowed(
            select(
                account.c.id, account.c.name, type_coerce(account.c.tier, String),
                account.c.owner_id, team_member.c.name,
            ).outerjoin(team_member, team_member.c.id == account.c.owner_id),
            account.c.id,
            only,
        ),
    )
    tiers = {tier.value: tier for tier in Tier}
    revenue = revenue_by_account(source, window, only)
    scores = latest_scores(source, today, only)
    contacts = _last_contacts(source, today, only)
    with_goals = set(
        connection_of(source)
        .execute(narrowed(select(goal.c.account_id), goal.c.account_id, only).distinct())
        .scalars()
    )
    with_decider = _accounts_with_known_decider(source, today, only)
    reviews = _next_reviews_due(source, only)
    exports = _last_plan_exports(source, only)
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


def _last_contacts(source: Connection | Session, today: date, only: Only) -> dict[int, date]:
    """The latest of the newest interaction and any contact recorded on a stakeholder.

    Dates after today are planned, not contact, and are left out.
    """
    contacts: dict[int, date] = {}
    interactions = plain_rows(
        source,
        narrowed(
            select(interaction.c.account_id, func.max(interaction.c.occurred_on)),
            interaction.c.account_id,
            only,
        )
        .where(interaction.c.occurred_on <= today)
        .group_by(interaction.c.account_id),
    )
    recorded = plain_rows(
        source,
        narrowed(
            select(stakeholder.c.account_id, func.max(stakeholder.c.last_contact)),
            stakeholder.c.account_id,
            only,
        )
        .where(stakeholder.c.last_contact <= today)
        .group_by(stakeholder.c.account_id),
    )
    for account_id, value in (*interactions, *recorded):
        day = as_date(value)
        if day is not None and (account_id not in contacts or day > contacts[account_id]):
            contacts[account_id] = day
    return contacts


def _accounts_with_known_decider(source: Connection | Session, today: date, only: Only) -> set[int]:
    """Accounts where some buying center has a decider who still works there."""
    return set(
        connection_of(source).execute(
            narrowed(select(buying_center.c.account_id), buying_center.c.account_id, only)
            .join(
                buying_center_member,
                buying_center_member.c.buying_center_id == buying_center.c.id,
            )
            .join(stakeholder, stakeholder.c.id == buying_center_member.c.stakeholder_id)
            .where(
                buying_center_member.c.role == BuyingRole.DECIDER,
                or_(stakeholder.c.left_on.is_(None), stakeholder.c.left_on > today),
            )
            .distinct()
        ).scalars()
    )


def _next_reviews_due(source: Connection | Session, only: Only) -> dict[int, date]:
    """The next review date set at each account's most recent review."""
    newest = (
        narrowed(
            select(review.c.account_id, func.max(review.c.held_on).label("held_on")),
            review.c.account_id,
            only,
        )
        .group_by(review.c.account_id)
        .subquery()
    )
    rows = connection_of(source).execute(
        select(review.c.account_id, func.max(review.c.next_review_on))
        .join(
            newest,
            and_(review.c.account_id == newest.c.account_id, review.c.held_on == newest.c.held_on),
        )
        .group_by(review.c.account_id)
    ).all()
    return {account_id: day for account_id, value in rows if (day := as_date(value)) is not None}


def _last_plan_exports(source: Connection | Session, only: Only) -> dict[int, date]:
    """The day of each account's most recent plan export."""
    rows = connection_of(source).execute(
        narrowed(
            select(plan_snapshot.c.account_id, func.max(plan_snapshot.c.taken_at)),
            plan_snapshot.c.account_id,
            only,
        )
        .where(plan_snapshot.c.reason == SnapshotReason.EXPORT)
        .group_by(plan_snapshot.c.account_id)
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
