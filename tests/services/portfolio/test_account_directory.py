"""The account list against a straightforward reference read through the ORM, on both backends.

``list_accounts`` reads stored cents and tier texts and builds its rows in one pass (for
10,000 accounts at start-up); the reference below sums each account's revenue in Python from
the ORM's own ``Decimal`` values, so any drift in the fast path's money, tiers, dates,
owners or order shows here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.account_directory import (
    AccountRow,
    last_complete_quarters,
    list_accounts,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, CompanySettings, Interaction, RevenueEntry, TeamMember

TODAY = date(2026, 11, 28)


def reference_rows(db: Database, today: date) -> list[AccountRow]:
    """Every account as the ORM sees it, summed and sorted in plain Python."""
    with db.session() as s:
        settings = s.get(CompanySettings, 1)
        start_month = settings.fiscal_year_start_month if settings else 1
        quarters = set(last_complete_quarters(today, start_month))
        owners = {member.id: member.name for member in s.scalars(select(TeamMember))}
        rows = []
        for account in s.scalars(select(Account)):
            revenue = sum(
                (
                    entry.actual
                    for entry in s.scalars(
                        select(RevenueEntry).where(RevenueEntry.account_id == account.id)
                    )
                    if (entry.year, entry.quarter) in quarters and entry.actual is not None
                ),
                Decimal("0.00"),
            )
            contacts = [
                i.occurred_on
                for i in s.scalars(select(Interaction).where(Interaction.account_id == account.id))
            ]
            rows.append(
                AccountRow(
                    id=account.id,
                    name=account.name,
                    tier=account.tier,
                    industry=account.industry,
                    city=account.city,
                    country=account.country,
                    owner=owners.get(account.owner_id) if account.owner_id is not None else None,
                    owner_id=account.owner_id,
                    revenue_last_4q=revenue,
                    last_contact=max(contacts, default=None),
                )
            )
    # The database's own collation sorts the list; the demo's names are plain enough that
    # both backends agree with Python's code-point order on them.
    return sorted(rows, key=lambda row: row.name)


@pytest.fixture
def demo(demo_database: Callable[..., Database]) -> Database:
    """A copy of the session's 60-account demo (built once, not once per test)."""
    return demo_database(accounts=60, seed=7, today=TODAY)


def test_the_list_is_the_reference_read_value_for_value(demo: Database) -> None:
    listed = list_accounts(demo, today=TODAY)
    expected = reference_rows(demo, TODAY)
    assert listed == expected
    assert len(listed) == 60
    assert any(row.revenue_last_4q > 0 for row in listed)
    assert any(row.last_contact is not None for row in listed)
    assert {row.tier for row in listed} >= {Tier.KEY, Tier.STANDARD}


def test_money_keeps_its_two_places_and_types_are_the_columns(demo: Database) -> None:
    for row in list_accounts(demo, today=TODAY):
        # str() shows the exponent: "1200.00", never "1200" or "1.2E+3".
        assert str(row.revenue_last_4q) == f"{row.revenue_last_4q:.2f}"
        assert isinstance(row.revenue_last_4q, Decimal)
        assert isinstance(row.tier, Tier)
        assert row.last_contact is None or type(row.last_contact) is date


def test_one_account_reads_as_in_the_whole_list(demo: Database) -> None:
    every = {row.id: row for row in list_accounts(demo, today=TODAY)}
    some = sorted(every)[::7]
    assert list_accounts(demo, today=TODAY, only=some) == sorted(
        (every[i] for i in some), key=lambda row: row.name
    )
    assert list_accounts(demo, today=TODAY, only=(10_000_000,)) == []


def test_an_account_without_revenue_or_contacts_lists_zero_and_no_date(db: Database) -> None:
    with db.session() as s:
        account = Account(name="Quiet GmbH", tier=Tier.STANDARD)
        s.add(account)
        s.flush()
        s.add(RevenueEntry(account_id=account.id, year=2026, quarter=2, actual=None,
                           plan=Decimal("10.00"), recurring=False))
    [row] = list_accounts(db, today=TODAY)
    assert row.revenue_last_4q == Decimal("0.00") and str(row.revenue_last_4q) == "0.00"
    assert row.last_contact is None and row.owner is None
