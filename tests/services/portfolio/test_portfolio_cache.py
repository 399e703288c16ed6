"""The portfolio cache: after each kind of edit, what it holds equals a fresh analysis, and it
read only the account that changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.domain.enums import (
    BuyingRole,
    Criterion,
    Direction,
    GoalKind,
    InteractionKind,
    ReviewKind,
    Tier,
)
from kamdesk.services.portfolio.portfolio_analysis import analyse_portfolio
from kamdesk.services.portfolio.portfolio_attention import portfolio_attention
from kamdesk.services.portfolio.portfolio_cache import PortfolioCache, PortfolioSnapshot
from kamdesk.services.profile.account_profile_editing import create_account, delete_account
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    ActionItem,
    BuyingCenter,
    BuyingCenterMember,
    CompanySettings,
    Goal,
    Interaction,
    RevenueEntry,
    Review,
    Score,
    Stakeholder,
    TeamMember,
)

TODAY = date(2025, 5, 15)  # TTM = 2024 Q2 – 2025 Q1


def fresh(db: Database, today: date = TODAY) -> PortfolioSnapshot:
    """The portfolio as a fresh analysis reads it, for comparison."""
    return PortfolioSnapshot(analyse_portfolio(db, today=today), portfolio_attention(db, today))


def build_portfolio(db: Database) -> dict[str, int]:
    """Five accounts with revenue, scores, people, goals, actions and reviews."""
    ids = {}
    with db.session() as s:
        kim = TeamMember(name="Kim", capacity=1)
        s.add(kim)
        s.flush()
        for index, (name, tier) in enumerate(
            [("Alpha", Tier.KEY), ("Beta", Tier.KEY), ("Gamma", Tier.EMERGING),
             ("Delta", Tier.STANDARD), ("Epsilon", Tier.ARCHIVED)]
        ):
            account = Account(name=name, tier=tier, owner_id=kim.id)
            s.add(account)
            s.flush()
            ids[name] = account.id
            for quarter in (2, 3, 4):
                s.add(RevenueEntry(account_id=account.id, year=2024, quarter=quarter,
                                   actual=Decimal(1000 * (5 - index) + quarter)))
            s.add(Score(account_id=account.id, criterion=Criterion.CLV, value=1 + index,
                        scored_on=date(2025, 1, 1)))
            s.add(Interaction(account_id=account.id, occurred_on=date(2025, 1, 10 + index),
                              kind=InteractionKind.CALL))
        s.add(Goal(account_id=ids["Alpha"], kind=GoalKind.CUSTOMER, title="Grow",
                   direction=Direction.INCREASE, baseline=Decimal(0), target=Decimal(100),
                   start_on=date(2024, 1, 1), due_on=date(2025, 3, 31)))
        s.add(ActionItem(account_id=ids["Beta"], title="Call back", due_on=date(2025, 4, 1)))
        s.add(Review(account_id=ids["Gamma"], held_on=date(2025, 1, 5), kind=ReviewKind.INTERNAL,
                     next_review_on=date(2025, 4, 1)))
    return ids


@pytest.fixture
def portfolio(db: Database) -> dict[str, int]:
    return build_portfolio(db)


@pytest.fixture
def cache(db: Database, portfolio: dict[str, int]) -> PortfolioCache:
    cache = PortfolioCache(db, today=lambda: TODAY)
    assert cache.refresh() == fresh(db)
    return cache


def add_revenue(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        s.add(RevenueEntry(account_id=ids["Delta"], year=2025, quarter=1,
                           actual=Decimal("90000.00")))
    return ids["Delta"]


def change_score(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        for criterion in Criterion:
            s.add(Score(account_id=ids["Gamma"], criterion=criterion, value=5,
                        scored_on=date(2025, 5, 1)))
    return ids["Gamma"]


def change_tier(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        account = s.get(Account, ids["Delta"])
        assert account is not None
        account.tier = Tier.KEY
    return ids["Delta"]


def archive_account_with_an_overdue_action(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        account = s.get(Account, ids["Beta"])
        assert account is not None
        account.tier = Tier.ARCHIVED
    return ids["Beta"]


def rename_account(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        account = s.get(Account, ids["Alpha"])
        assert account is not None
        account.name = "Zeta"  # moves from first to last in name order
    return ids["Alpha"]


def add_decider(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        person = Stakeholder(account_id=ids["Beta"], name="Dana", last_contact=date(2025, 5, 2))
        center = BuyingCenter(account_id=ids["Beta"], name="IT")
        s.add_all([person, center])
        s.flush()
        s.add(BuyingCenterMember(buying_center_id=center.id, stakeholder_id=person.id,
                                 role=BuyingRole.DECIDER))
    return ids["Beta"]


def add_review(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        s.add(Review(account_id=ids["Alpha"], held_on=date(2025, 5, 1), kind=ReviewKind.CLIENT,
                     next_review_on=date(2025, 8, 1)))
    return ids["Alpha"]


def finish_action(db: Database, ids: dict[str, int]) -> int:
    with db.session() as s:
        action = s.scalars(select(ActionItem)).one()
        action.done = True
    return ids["Beta"]


def create_new_account(db: Database, ids: dict[str, int]) -> int:
    return create_account(db, "Aardvark", Tier.KEY)


def delete_top_account(db: Database, ids: dict[str, int]) -> int:
    delete_account(db, ids["Alpha"])
    return ids["Alpha"]


@pytest.mark.parametrize(
    "edit",
    [add_revenue, change_score, change_tier, archive_account_with_an_overdue_action,
     rename_account, add_decider, add_review, finish_action, create_new_account,
     delete_top_account],
)
def test_an_edit_of_one_account_reads_only_that_account_and_equals_a_fresh_analysis(
    db: Database,
    portfolio: dict[str, int],
    cache: PortfolioCache,
    edit: Callable[[Database, dict[str, int]], int],
) -> None:
    before = cache.snapshot
    account_id = edit(db, portfolio)
    expected = fresh(db)
    assert expected != before  # the edit shows in the analysis or the attention lists

    cache.invalidate(account_id)
    assert not cache.is_current
    assert cache.refresh() == expected
    assert (cache.full_loads, cache.account_loads) == (1, 1)
    assert cache.is_current


def test_without_a_mark_the_cache_keeps_what_it_read(
    db: Database, portfolio: dict[str, int], cache: PortfolioCache
) -> None:
    before = cache.refresh()
    add_revenue(db, portfolio)
    assert cache.refresh() is before  # nothing was read again
    assert (cache.full_loads, cache.account_loads) == (1, 0)


def test_a_settings_change_reads_everything_again(
    db: Database, portfolio: dict[str, int], cache: PortfolioCache
) -> None:
    with db.session() as s:
        settings = s.scalars(select(CompanySettings)).one()
        settings.abc_a_percent = 50
        settings.weight_clv = 0
        settings.key_score_threshold = 10
    cache.invalidate_all()
    assert cache.needs_full_load
    assert cache.refresh() == fresh(db)
    assert cache.full_loads == 2


def test_a_new_day_reads_everything_again(db: Database, portfolio: dict[str, int]) -> None:
    days = iter([TODAY, TODAY, date(2025, 7, 2), date(2025, 7, 2)])
    cache = PortfolioCache(db, today=lambda: next(days))
    cache.refresh()
    assert cache.refresh().analysis.today == TODAY
    tomorrow = cache.refresh()  # a new quarter, even: the window moved on
    assert tomorrow == fresh(db, date(2025, 7, 2))
    assert cache.full_loads == 2


def test_several_marked_accounts_are_read_in_one_refresh(
    db: Database, portfolio: dict[str, int], cache: PortfolioCache
) -> None:
    marked = {add_revenue(db, portfolio), change_score(db, portfolio), add_review(db, portfolio)}
    for account_id in marked:
        cache.invalidate(account_id)
    assert cache.refresh() == fresh(db)
    assert (cache.full_loads, cache.account_loads) == (1, 3)
