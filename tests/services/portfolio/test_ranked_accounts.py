"""Rows whose place is worked out when they are read equal the one-pass Pareto analysis."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.pareto import AbcClass, abc_analysis
from kamdesk.domain.tiering import recommend_tier
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.incremental_analysis import IncrementalAnalysis
from kamdesk.services.portfolio.portfolio_analysis import (
    analyse_portfolio,
    analysis_settings,
    capacities_in_session,
    combine,
)
from kamdesk.services.portfolio.portfolio_facts import AccountFigures, load_account_figures
from kamdesk.services.portfolio.portfolio_window import TRAILING_TWELVE_MONTHS, resolve_window
from kamdesk.services.portfolio.ranked_accounts import Ranking
from kamdesk.store.database import Database

TODAY = date(2026, 11, 28)


def test_places_by_hand() -> None:
    # 50 + 30 + 20 = 100 (the -5 counts as 0): shares 0.5, 0.3, 0.2, 0; A while the revenue
    # before an account is under 80, B under 95.
    ranking = Ranking([1, 2, 3, 4], [Decimal("50.00"), Decimal("30.00"), Decimal("20.00"),
                                     Decimal(0)], Decimal("0.8"), Decimal("0.95"))
    assert ranking.total == Decimal("100.00")
    assert [ranking.share(i) for i in range(4)] == [Decimal("0.5"), Decimal("0.3"),
                                                     Decimal("0.2"), Decimal(0)]
    assert [ranking.cumulative_share(i) for i in range(4)] == [Decimal("0.5"), Decimal("0.8"),
                                                               Decimal(1), Decimal(1)]
    assert [ranking.abc_class(i) for i in range(4)] == [AbcClass.A, AbcClass.A, AbcClass.B,
                                                        AbcClass.C]
    assert ranking.counted_revenue(1, 3) == Decimal("50.00")
    assert ranking.position(3) == 2


def test_no_revenue_puts_every_account_in_class_c_with_no_share() -> None:
    ranking = Ranking([7, 8], [Decimal(0), Decimal(0)], Decimal("0.8"), Decimal("0.95"))
    assert [(ranking.share(i), ranking.cumulative_share(i), ranking.abc_class(i))
            for i in range(2)] == [(Decimal(0), Decimal(0), AbcClass.C)] * 2


def test_the_demo_rows_equal_the_one_pass_pareto_analysis(db: Database) -> None:
    create_demo_portfolio(db, accounts=150, today=TODAY)
    analysis = analyse_portfolio(db, today=TODAY)
    settings = analysis.settings
    expected = abc_analysis([(a.account_id, a.revenue) for a in analysis.accounts],
                            settings.a_threshold, settings.b_threshold)
    assert len(analysis.accounts) == 150
    assert [(a.rank, a.account_id, a.revenue, a.share, a.cumulative_share, a.abc_class)
            for a in analysis.accounts] == [
        (p.rank, p.key, p.revenue, p.share, p.cumulative_share, p.abc_class) for p in expected]
    for row in analysis.accounts:
        assert row.recommendation == recommend_tier(
            row.abc_class, row.score, row.scores.get(Criterion.GROWTH_POTENTIAL),
            settings.tiers, current_tier=row.tier)
    rows = list(analysis.accounts)
    # The counts that build no rows agree with counting the rows.
    assert analysis.disagreements == tuple(a for a in rows if a.disagrees)
    assert analysis.disagreements  # the demo has some
    for tier in Tier:
        assert analysis.count_tier(tier) == sum(1 for a in rows if a.tier is tier)
        assert analysis.count_recommended(tier) == sum(
            1 for a in rows if a.recommendation.tier is tier)
    assert analysis.overdue_reviews == sum(1 for a in rows if a.review_overdue)
    assert analysis.account(rows[40].account_id) is rows[40]
    assert analysis.accounts[-1] is rows[-1] and analysis.accounts[2:4] == tuple(rows[2:4])
    assert analysis.total_revenue == sum((max(a.revenue, Decimal(0)) for a in rows), Decimal(0))


def _live_analysis(db: Database) -> tuple[IncrementalAnalysis, list[AccountFigures]]:
    """The database's live analysis as the dashboard builds it, and the figures it began with."""
    with db.session() as session:
        row = settings_row(session)
        settings = analysis_settings(row)
        window = resolve_window(TRAILING_TWELVE_MONTHS, TODAY, row.fiscal_year_start_month)
        figures = load_account_figures(session, window, TODAY)
        capacities = capacities_in_session(session)
    live = IncrementalAnalysis(window, settings, capacities, TODAY, figures)
    return live, figures


def test_an_earlier_result_keeps_its_rows_after_later_edits(
    demo_database: Callable[..., Database],
) -> None:
    db = demo_database(accounts=60, seed=7, today=TODAY)  # the account directory's demo too
    live, figures = _live_analysis(db)
    window, settings, capacities = live.window, live.settings, live.capacities
    before = live.analysis()  # no row read yet
    edited = [dataclasses.replace(f, revenue=f.revenue + Decimal("250000.00"),
                                  tier=Tier.KEY) if index % 7 == 0 else f
              for index, f in enumerate(figures)]
    for f in edited:
        live.put(f)
    after = live.analysis()
    assert before == combine(figures, window, settings, capacities, TODAY)
    assert after == combine(edited, window, settings, capacities, TODAY)
    assert before.accounts != after.accounts


def test_a_result_does_not_keep_the_live_analysis_alive(db: Database) -> None:
    # The app freezes a read's results (gc.freeze); a cycle from the rows back to the
    # analysis would keep every replaced portfolio for ever.
    create_demo_portfolio(db, accounts=30, today=TODAY)
    live, _ = _live_analysis(db)
    result = live.analysis()
    assert result.accounts[0].recommendation  # the rows ask the analysis's answers
    gone = weakref.ref(live)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del live
        assert gone() is None  # freed by its reference count alone, its result still used
    finally:
        if was_enabled:
            gc.enable()
    assert len(result.accounts) == 30
