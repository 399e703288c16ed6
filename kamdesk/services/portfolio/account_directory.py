"""The list of accounts, as the sidebar and ``kamdesk accounts`` show it.

One aggregate query, whatever the number of accounts: the revenue of the last four fiscal
quarters and the last contact are summed and taken in SQL, not per account in Python. It
reads through SQLAlchemy's Core and the light tables of :mod:`kamdesk.store.light_tables`,
never the ORM: ``kamdesk accounts`` and the app's first list need not wait for it to load.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select

from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import (
    Period,
    fiscal_quarter_of,
    last_four_quarters,
    previous_quarter,
)
from kamdesk.store.database import Database
from kamdesk.store.light_tables import (
    account,
    company_settings,
    interaction,
    revenue_entry,
    team_member,
)

#: The fiscal year's first month where no settings row exists yet (the settings' default).
DEFAULT_FISCAL_START_MONTH = 1


@dataclass(frozen=True)
class AccountRow:
    """One account as listed: what a KAM scans a portfolio by."""

    id: int
    name: str
    tier: Tier
    industry: str
    city: str
    country: str
    owner: str | None
    owner_id: int | None
    revenue_last_4q: Decimal
    last_contact: date | None


def last_complete_quarters(today: date, start_month: int) -> tuple[Period, ...]:
    """The four fiscal quarters before the one containing ``today``, oldest first."""
    current = fiscal_quarter_of(today, start_month)
    return last_four_quarters(previous_quarter(*current))


def list_accounts(
    db: Database, today: date | None = None, only: Collection[int] | None = None
) -> list[AccountRow]:
    """Every account (or ``only`` these) with its owner, last-four-quarter revenue and last
    contact, by name. An id that no longer exists is simply not listed."""
    day = today or date.today()
    with db.read() as connection:
        start_month = connection.execute(
            select(company_settings.c.fiscal_year_start_month).where(company_settings.c.id == 1)
        ).scalar()
        quarters = last_complete_quarters(day, start_month or DEFAULT_FISCAL_START_MONTH)
        first, last = quarters[0], quarters[-1]
        period = revenue_entry.c.year * 4 + revenue_entry.c.quarter
        revenue = (
            select(
                revenue_entry.c.account_id.label("account_id"),
                func.coalesce(func.sum(revenue_entry.c.actual), 0).label("total"),
            )
            .where(
                and_(
                    period >= first[0] * 4 + first[1],
                    period <= last[0] * 4 + last[1],
                )
            )
            .group_by(revenue_entry.c.account_id)
        )
        contact = (
            select(
                interaction.c.account_id.label("account_id"),
                func.max(interaction.c.occurred_on).label("last"),
            )
            .group_by(interaction.c.account_id)
        )
        if only is not None:
            revenue = revenue.where(revenue_entry.c.account_id.in_(only))
            contact = contact.where(interaction.c.account_id.in_(only))
        revenue_by_account = revenue.subquery()
        last_contact = contact.subquery()
        listed = (
            select(
                account.c.id,
                account.c.name,
                account.c.tier,
                account.c.industry,
                account.c.city,
                account.c.country,
                team_member.c.name,
                account.c.owner_id,
                revenue_by_account.c.total,
                last_contact.c.last,
            )
            .outerjoin(team_member, team_member.c.id == account.c.owner_id)
            .outerjoin(revenue_by_account, revenue_by_account.c.account_id == account.c.id)
            .outerjoin(last_contact, last_contact.c.account_id == account.c.id)
            .order_by(account.c.name)
        )
        if only is not None:
            listed = listed.where(account.c.id.in_(only))
        rows = connection.execute(listed).all()
    return [
        AccountRow(
            id=row[0],
            name=row[1],
            tier=row[2],
            industry=row[3],
            city=row[4],
            country=row[5],
            owner=row[6],
            owner_id=row[7],
            # SUM keeps the column's type, so it comes back as an exact Decimal.
            revenue_last_4q=row[8] if row[8] is not None else Decimal("0.00"),
            last_contact=_as_date(row[9]),
        )
        for row in rows
    ]


def _as_date(value: object) -> date | None:
    # SQLite returns MAX() over a DATE column as text.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
