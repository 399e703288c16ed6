"""The accounts the score-against-revenue chart shows, binned per tier, updated edit by edit.

An edit changes one account; binning all 10,000 again, and listing them per tier, cost
about 50 ms of the dashboard's update (profiled: ``bin_points`` 13 ms per tier, the tier
lists 20 ms). The analysis hands unchanged accounts over as the same objects
(:meth:`~kamdesk.services.portfolio.ranked_accounts.RankedAccounts.bases_by_account`), so
a pass comparing identities finds the few that changed, and only their marks move
(:class:`~kamdesk.domain.point_binning.PointBins`). When the revenue axis rescales, the
grid changes and every point is binned again.
"""

from __future__ import annotations

from kamdesk.domain.enums import Tier
from kamdesk.domain.point_binning import PointBins
from kamdesk.services.portfolio.ranked_accounts import AccountBase, RankedAccounts

SHOWN_TIERS = (Tier.KEY, Tier.EMERGING, Tier.STANDARD)  # archived accounts are not drawn
# A score unit wide (scores are whole-number steps apart at most a few pixels wide); the
# chart gives the height (1/200 of its revenue axis).
SCORE_STEP = 1.0
THOUSAND = 1000.0  # revenue axes count in thousands: six-digit labels crowd the chart
# The grid on which points of one tier share a mark: a score unit by 1/200 of the revenue
# axis (under two pixels on a 1280×800 window, well inside the smallest 5-pixel marker).
# Qt Charts makes a graphics item per mark, so 10,000 accounts drawn one by one cost
# seconds on screen.
REVENUE_STEPS = 200


class ScoreRevenuePoints:
    """Per tier, the binned (score, revenue in thousands) points of the scored active accounts."""

    def __init__(self) -> None:
        self.bins: dict[Tier, PointBins] = {}
        self.unscored = 0  # active accounts without a score (not drawn, but counted)
        self._placed: dict[int, AccountBase] = {}
        self._y_step: float | None = None

    @staticmethod
    def top_revenue(accounts: RankedAccounts) -> float:
        """The highest revenue (in thousands) of a drawn account; 1 when none is drawn."""
        for base in accounts.bases():  # highest revenue first: the first drawn one is the top
            if base.figures.tier is not Tier.ARCHIVED and base.score is not None:
                return float(base.figures.revenue) / THOUSAND
        return 1.0

    @property
    def y_step(self) -> float | None:
        """The height of the grid's cells (thousands); None before the first sync."""
        return self._y_step

    @property
    def scored(self) -> int:
        """How many accounts are drawn."""
        return sum(len(bins) for bins in self.bins.values())

    def sync(self, accounts: RankedAccounts, y_step: float) -> None:
        """Bring the bins up to ``accounts``, on a grid ``y_step`` (thousands) high."""
        bases = accounts.bases_by_account()
        if y_step != self._y_step:
            self._y_step = y_step
            self.bins = {tier: PointBins(SCORE_STEP, y_step) for tier in SHOWN_TIERS}
            self._placed = dict(bases)
            # One pass over the accounts, highest revenue first, as the marks were always
            # drawn (a pass per tier cost a tenth of the binning on 10,000 accounts).
            points: dict[Tier, list[tuple[int, float, float]]] = {t: [] for t in SHOWN_TIERS}
            unscored = 0
            for base in accounts.bases():
                f = base.figures
                tier_points = points.get(f.tier)
                if tier_points is None:
                    continue  # archived: not drawn
                if base.score is None:
                    unscored += 1
                else:
                    tier_points.append(
                        (f.account_id, float(base.score), float(f.revenue) / THOUSAND))
            self.unscored = unscored
            for tier, bins in self.bins.items():
                bins.fill(points[tier])
            return
        placed = self._placed
        for account_id, base in bases.items():
            if placed.get(account_id) is not base:
                self._place(base)
        if len(placed) != len(bases):
            for account_id in [a for a in placed if a not in bases]:
                self._unplace(placed.pop(account_id))

    def _place(self, base: AccountBase) -> None:
        account_id = base.figures.account_id
        old = self._placed.get(account_id)
        if old is not None:
            self._unplace(old)
        self._placed[account_id] = base
        tier = base.figures.tier
        if tier is Tier.ARCHIVED:
            return
        if base.score is None:
            self.unscored += 1
        else:
            self.bins[tier].put(account_id, float(base.score),
                                float(base.figures.revenue) / THOUSAND)

    def _unplace(self, base: AccountBase) -> None:
        tier = base.figures.tier
        if tier is Tier.ARCHIVED:
            return
        if base.score is None:
            self.unscored -= 1
        else:
            self.bins[tier].remove(base.figures.account_id)
