"""The list of accounts, as the sidebar and ``kamdesk accounts`` show it.

One aggregate query, whatever the number of accounts: the revenue of the last four fiscal
quarters and the last contact are summed and taken in SQL, not per account in Python. It
reads through SQLAlchemy's Core and the light tables of :mod:`kamdesk.store.light_tables`,
never the ORM: ``kamdesk accounts`` and the app's first list need not wait for it to load.

On 10,000 accounts, building the rows cost as much as the query: SQLAlchemy's per-value
processors (money, tier) and a frozen dataclass's ``__init__`` ran 10,000 times each. So
the query reads what is stored (revenue as integer cents, the tier as its text), and each
row is one ``NamedTuple`` made in one pass, with money made ``Decimal`` exactly as the money
column does (cents scaled by its places).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import BigInteger, String, and_, func, select, type_coerce

from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import (
    Period,
    fiscal_quarter_of,
    last_four_quarters,
    previous_quarter,
)
from kamdesk.store.column_types import ScaledDecimal
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


#: A stored tier's text → the tier (a dictionary look-up, not SQLAlchemy's per-row processor).
_TIER_OF_VALUE = {tier.value: tier for tier in Tier}


class AccountRow(NamedTuple):
    """One account as listed: what a KAM scans a portfolio by (immutable, like every row)."""

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
                # The stored integers (cents), summed exactly in SQL; made Decimal below.
                type_coerce(func.sum(revenue_entry.c.actual), BigInteger).label("total"),
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
                type_coerce(account.c.tier, String),  # the stored text; Tier by look-up
                account.c.industry,
                account.c.city,
                account.c.country,
                team_member.c.name,
                account.c.owner_id,
                revenue_by_account.c.total,
                type_coerce(last_contact.c.last, String),  # text on SQLite, a date on PostgreSQL
            )
            .outerjoin(team_member, team_member.c.id == account.c.owner_id)
            .outerjoin(revenue_by_account, revenue_by_account.c.account_id == account.c.id)
            .outerjoin(last_contact, last_contact.c.account_id == account.c.id)
            .order_by(account.c.name)
        )
        if only is not None:
            listed = listed.where(account.c.id.in_(only))
        rows = connection.execute(listed).all()
    places = _money_places()
    zero = Decimal(0).scaleb(-places)
    tier_of, from_text = _TIER_OF_VALUE, date.fromisoformat
    return [
        AccountRow(
            id_,
            name,
            tier_of[tier],
            industry,
            city,
            country,
            owner,
            owner_id,
            # Exactly what the money column makes of a stored value: cents scaled by places.
            zero if cents is None else Decimal(cents).scaleb(-places),
            # SQLite returns MAX() over a DATE column as text; PostgreSQL as a date.
            from_text(last) if type(last) is str else last,
        )
        for id_, name, tier, industry, city, country, owner, owner_id, cents, last in rows
    ]


def _money_places() -> int:
    # The revenue column's own scale, so that this fast path cannot drift from the column.
    money = revenue_entry.c.actual.type
    assert isinstance(money, ScaledDecimal)
    return money.places

