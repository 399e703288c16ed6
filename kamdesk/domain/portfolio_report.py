"""What the printed portfolio report shows: plain, frozen data, assembled by a service.

The analysis itself (:mod:`kamdesk.services.portfolio.portfolio_analysis`) lives with the services
because it reads the database; the renderer may only see domain data, so the service copies
what the report prints into these objects. The small summaries the report needs (counts
per tier, revenue per ABC class, the accounts whose recommended tier differs) are computed
here, where they can be tested without a PDF.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import GuardrailFinding, Severity
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.revenue_figures import growth
from kamdesk.domain.tiering import TierRecommendation

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class ReportAccount:
    """One account's line: its place in the ranking, tier, score and warnings."""

    account_id: int
    rank: int  # 1 = highest revenue in the window
    name: str
    owner: str | None
    tier: Tier
    revenue: Decimal
    share: Decimal  # fraction of the window's total revenue
    cumulative_share: Decimal
    abc_class: AbcClass
    score: Decimal | None  # weighted, 0–100
    recommendation: TierRecommendation
    last_contact: date | None
    next_review_due: date | None
    findings: tuple[GuardrailFinding, ...]

    @property
    def disagrees(self) -> bool:
        """Whether the recommended tier differs from the tier the user set."""
        return self.recommendation.tier is not self.tier

    @property
    def warning_count(self) -> int:
        """Open warnings and notices about this account."""
        return len(self.findings)


@dataclass(frozen=True)
class ClassTotal:
    """How many accounts an ABC class holds and what they earn together."""

    abc_class: AbcClass
    count: int
    revenue: Decimal
    share: Decimal  # fraction of the total revenue


@dataclass(frozen=True)
class AnalysisWindowText:
    """The analysed quarters and their dates, without wording (the renderer words it)."""

    fiscal_year: int | None  # None: the trailing twelve months
    first_quarter: tuple[int, int]  # (fiscal year, quarter)
    last_quarter: tuple[int, int]
    start: date
    end: date


@dataclass(frozen=True)
class PortfolioReport:
    """Everything the portfolio PDF prints, as analysed on ``prepared_on``."""

    company_name: str
    logo_png: bytes | None
    currency: str
    prepared_on: date
    window: AnalysisWindowText
    a_threshold: Decimal  # cumulative share that ends class A, e.g. 0.80
    b_threshold: Decimal
    key_score_threshold: Decimal
    emerging_score_threshold: Decimal
    total_revenue: Decimal
    previous_total_revenue: Decimal
    top_share: Decimal  # share of revenue earned by the top 20 % of accounts
    accounts: tuple[ReportAccount, ...]  # ranked, highest revenue first
    portfolio_findings: tuple[GuardrailFinding, ...]  # not tied to one account

    @property
    def growth(self) -> Decimal | None:
        """Total revenue against the window before (fraction; None without a base)."""
        return growth(self.total_revenue, self.previous_total_revenue)

    @property
    def key_accounts(self) -> tuple[ReportAccount, ...]:
        """The accounts the user has made key accounts, highest revenue first."""
        return tuple(account for account in self.accounts if account.tier is Tier.KEY)

    @property
    def disagreements(self) -> tuple[ReportAccount, ...]:
        """Accounts whose recommended tier differs from their tier, highest revenue first."""
        return tuple(account for account in self.accounts if account.disagrees)

    def tier_matrix(self) -> dict[tuple[Tier, Tier], int]:
        """How many accounts have each (tier set, tier recommended) pair."""
        return dict(Counter((a.tier, a.recommendation.tier) for a in self.accounts))

    def class_totals(self) -> tuple[ClassTotal, ...]:
        """Accounts and revenue per ABC class, A first; a class without accounts is listed."""
        counts: Counter[AbcClass] = Counter()
        revenue: dict[AbcClass, Decimal] = {abc: ZERO for abc in AbcClass}
        shares: dict[AbcClass, Decimal] = {abc: Decimal(0) for abc in AbcClass}
        for account in self.accounts:
            counts[account.abc_class] += 1
            revenue[account.abc_class] += account.revenue
            shares[account.abc_class] += account.share
        return tuple(
            ClassTotal(abc, counts[abc], revenue[abc], shares[abc]) for abc in AbcClass
        )

    def account_findings(self) -> tuple[tuple[ReportAccount, GuardrailFinding], ...]:
        """Every finding about one account: warnings before notices, then by revenue rank."""
        pairs = [(account, finding) for account in self.accounts for finding in account.findings]
        # sorted() is stable: within a severity the ranking order is kept.
        return tuple(sorted(pairs, key=lambda pair: pair[1].severity is not Severity.WARNING))
