"""What a portfolio analysis gives: one row per account, the portfolio's totals and findings.

Plain frozen data, the same whether the analysis ran from scratch
(:mod:`kamdesk.services.portfolio.portfolio_analysis`) or was kept up to date by the
portfolio cache; the dashboard, the command line and the portfolio PDF read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.guardrails import GuardrailFinding, GuardrailSettings
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.revenue_figures import growth
from kamdesk.domain.tiering import TierRecommendation, TierThresholds
from kamdesk.services.portfolio.portfolio_window import AnalysisWindow


@dataclass(frozen=True)
class AnalysisSettings:
    """The thresholds and weights the analysis applied (from the company settings)."""

    a_threshold: Decimal
    b_threshold: Decimal
    tiers: TierThresholds
    guardrails: GuardrailSettings
    weights: Mapping[Criterion, int]
    currency: str


@dataclass(frozen=True, slots=True)
class PortfolioAccount:
    """One account's row of the analysis, ranked by revenue in the window."""

    account_id: int
    name: str
    tier: Tier
    owner: str | None
    rank: int
    revenue: Decimal
    previous_revenue: Decimal
    share: Decimal  # fraction of the window's total revenue
    cumulative_share: Decimal
    abc_class: AbcClass
    scores: Mapping[Criterion, int]
    score: Decimal | None  # weighted, 0–100
    recommendation: TierRecommendation
    last_contact: date | None
    next_review_due: date | None
    review_overdue: bool  # an active account whose next review was due before today
    findings: tuple[GuardrailFinding, ...]

    @property
    def disagrees(self) -> bool:
        """Whether the recommended tier differs from the tier the user set."""
        return self.recommendation.tier is not self.tier


@dataclass(frozen=True)
class PortfolioAnalysis:
    """The whole portfolio as analysed on ``today`` over ``window``."""

    today: date
    window: AnalysisWindow
    settings: AnalysisSettings
    accounts: tuple[PortfolioAccount, ...]  # ranked, highest revenue first
    portfolio_findings: tuple[GuardrailFinding, ...]  # not tied to one account
    findings: tuple[GuardrailFinding, ...]  # all of them, portfolio-wide first
    total_revenue: Decimal
    previous_total_revenue: Decimal
    top_share: Decimal  # share of revenue earned by the top 20 % of accounts

    @property
    def growth(self) -> Decimal | None:
        """Total revenue against the window before (fraction; None without a base)."""
        return growth(self.total_revenue, self.previous_total_revenue)

    def count_tier(self, tier: Tier) -> int:
        """How many accounts the user has put in ``tier``."""
        return sum(1 for account in self.accounts if account.tier is tier)

    @property
    def overdue_reviews(self) -> int:
        """How many active accounts have a review overdue."""
        return sum(1 for account in self.accounts if account.review_overdue)

    @property
    def disagreements(self) -> tuple[PortfolioAccount, ...]:
        """Accounts whose recommended tier differs from their tier, highest revenue first."""
        return tuple(account for account in self.accounts if account.disagrees)

    def account(self, account_id: int) -> PortfolioAccount:
        """The row of one account (KeyError when it is not in the portfolio)."""
        for row in self.accounts:
            if row.account_id == account_id:
                return row
        raise KeyError(account_id)
