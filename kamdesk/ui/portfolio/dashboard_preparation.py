"""What the dashboard works out in the background job that reads the portfolio.

Reading every account runs off the GUI thread; what the page then did with the result on
the GUI thread cost 0.2–0.25 s on 10,000 accounts before anything was painted (profiled:
binning the score-against-revenue points and averaging their marks 0.1–0.2 s, tallying
recommended tiers and disagreements 0.03 s). Neither needs a widget, so the job does both
right after the read, and the GUI thread only puts the results on screen.

The tally is kept on the analysis's ranked accounts (asking once computes it for every
later question). The points are binned on the grid the chart's revenue axis will give
(:mod:`kamdesk.ui.portfolio.nice_axis`); the chart takes them over only when its own axis
agrees, and bins them itself otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.portfolio_cache import PortfolioSnapshot
from kamdesk.ui.portfolio.nice_axis import nice_axis_end
from kamdesk.ui.portfolio.score_revenue_points import REVENUE_STEPS, ScoreRevenuePoints


@dataclass(frozen=True)
class PreparedFill:
    """A portfolio snapshot and what the dashboard shows of it that is already worked out."""

    snapshot: PortfolioSnapshot
    points: ScoreRevenuePoints  # binned for the score-against-revenue chart


def prepare_fill(snapshot: PortfolioSnapshot) -> PreparedFill:
    """Work out in the calling (background) thread what the dashboard needs besides widgets.

    The points are new objects; the tally is kept on the snapshot, so a snapshot the GUI
    thread shows already could at worst be tallied twice, to the same result.
    """
    accounts = snapshot.analysis.accounts
    accounts.recommended(Tier.KEY)  # the tally behind every recommended count and the list
    points = ScoreRevenuePoints()
    points.sync(accounts, nice_axis_end(ScoreRevenuePoints.top_revenue(accounts))
                / REVENUE_STEPS)
    for bins in points.bins.values():
        bins.marks()  # each cell's mean, kept by the bins until a point moves
    return PreparedFill(snapshot, points)
