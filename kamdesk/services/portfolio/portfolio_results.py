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
from kamdesk.domain.revenue_figures import growth
from kamdesk.domain.tiering import TierThresholds
from kamdesk.services.portfolio.portfolio_account_row import PortfolioAccount
from kamdesk.services.portfolio.portfolio_window import AnalysisWindow
from kamdesk.services.portfolio.ranked_accounts import RankedAccounts

__all__ = ["AnalysisSettings", "PortfolioAccount", "PortfolioAnalysis"]


@dataclass(frozen=True)
class AnalysisSettings:
    """The thresholds and weights the analysis applied (from the company settings)."""

    a_threshold: Decimal
    b_threshold: Decimal
    tiers: TierThresholds
    guardrails: GuardrailSettings
    weights: Mapping[Criterion, int]
    currency: str


@dataclass(frozen=True)
class PortfolioAnalysis:
    """The whole portfolio as analysed on ``today`` over ``window``."""

    today: date
    window: AnalysisWindow
    settings: AnalysisSettings
    accounts: RankedAccounts  # ranked, highest revenue first; rows built as they are read
    portfolio_findings: tuple[GuardrailFinding, ...]  # not tied to one account
    findings: tuple[GuardrailFinding, ...]  # all of them, portfolio-wide first
    total_revenue: Decimal
    previous_total_revenue: Decimal
    top_share: Decimal  # share of revenue earned by the top 20 % of accounts

    @property
    def growth(self) -> Decimal | None:
        """Total revenue against the window before (fraction; None without a base)."""
        return growth(self.total_revenue, self.previous_total_revenue)

    # The counts below read the accounts' place-free parts: no row object is built for them.

    def count_tier(self, tier: Tier) -> int:
        """How many accounts the user has put in ``tier``."""
        return self.accounts.count_tier(tier)

    def count_recommended(self, tier: Tier) -> int:
        """How many accounts are recommended for ``tier``."""
        return self.accounts.recommended(tier)

    @property
    def overdue_reviews(self) -> int:
        """How many active accounts have a review overdue."""
        return self.accounts.overdue_reviews()

    @property
    def disagreements(self) -> tuple[PortfolioAccount, ...]:
        """Accounts whose recommended tier differs from their tier, highest revenue first."""
        return self.accounts.disagreements()

    def account(self, account_id: int) -> PortfolioAccount:
        """The row of one account (KeyError when it is not in the portfolio)."""
        return self.accounts.of_account(account_id)
