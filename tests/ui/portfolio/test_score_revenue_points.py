"""The score chart's points: binned per tier as the domain's plain binning bins them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import delete, select

from kamdesk.domain.enums import Tier
from kamdesk.domain.point_binning import bin_points
from kamdesk.services.portfolio.portfolio_cache import PortfolioCache
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Score
from kamdesk.ui.portfolio.score_revenue_points import SHOWN_TIERS, ScoreRevenuePoints

TODAY = date(2026, 11, 28)


def test_every_scored_active_account_is_binned_highest_revenue_first(
    demo_database: Callable[..., Database],
) -> None:
    db = demo_database(accounts=300, seed=3, today=TODAY)
    with db.session() as s:  # two active accounts without any score: counted, not drawn
        unscored = s.scalars(select(Account.id).where(Account.tier != Tier.ARCHIVED)
                             .order_by(Account.id).limit(2)).all()
        s.execute(delete(Score).where(Score.account_id.in_(unscored)))
    analysis = PortfolioCache(db, today=lambda: TODAY).refresh().analysis
    y_step = 7.5
    points = ScoreRevenuePoints()
    points.sync(analysis.accounts, y_step)

    rows = list(analysis.accounts)  # ranked, highest revenue first
    for tier in SHOWN_TIERS:
        expected = bin_points(((float(row.score), float(row.revenue) / 1000) for row in rows
                               if row.tier is tier and row.score is not None), 1.0, y_step)
        assert points.bins[tier].marks() == expected
        assert len(points.bins[tier]) == sum(
            1 for row in rows if row.tier is tier and row.score is not None)
    assert points.unscored == sum(1 for row in rows
                                  if row.tier is not Tier.ARCHIVED and row.score is None)
    assert points.unscored >= 2 and points.scored > 100
    assert points.y_step == y_step
