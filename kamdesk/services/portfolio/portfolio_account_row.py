"""One account's row of the portfolio analysis: its figures, its place in the ranking, its
score, recommended tier and findings (plain frozen data)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.guardrails import GuardrailFinding
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.tiering import TierRecommendation


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
