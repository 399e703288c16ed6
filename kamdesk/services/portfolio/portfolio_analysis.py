"""The portfolio analysis: Pareto/ABC, weighted scores, recommended tiers and guardrails.

One read-only unit of work gathers the per-account figures with SQL aggregates
(:mod:`kamdesk.services.portfolio.portfolio_facts`); one pass in Python then applies the domain's
rules (:mod:`kamdesk.domain.pareto`, :mod:`~kamdesk.domain.scorecard`,
:mod:`~kamdesk.domain.tiering`, :mod:`~kamdesk.domain.guardrails`) with the thresholds and
weights of the company settings. The result is plain frozen data for the dashboard, the
command line and the portfolio PDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.guardrails import (
    GuardrailFinding,
    GuardrailSettings,
    Key,
    check_portfolio,
)
from kamdesk.domain.pareto import AbcClass, ParetoRow, abc_analysis, top_share
from kamdesk.domain.revenue_figures import growth
from kamdesk.domain.scorecard import weighted_scorer
from kamdesk.domain.tiering import TierRecommendation, TierThresholds, recommend_tier
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.portfolio_facts import AccountFigures, load_account_figures
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    AnalysisWindow,
    WindowChoice,
    resolve_window,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import CompanySettings, TeamMember

HUNDRED = Decimal(100)
CRITERIA = tuple(Criterion)
TOP_FRACTION = Decimal("0.2")


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


def analysis_settings(settings: CompanySettings) -> AnalysisSettings:
    """The analysis thresholds and weights held in the company settings row."""
    return AnalysisSettings(
        a_threshold=Decimal(settings.abc_a_percent) / HUNDRED,
        b_threshold=Decimal(settings.abc_b_percent) / HUNDRED,
        tiers=TierThresholds(
            key_score=Decimal(settings.key_score_threshold),
            emerging_score=Decimal(settings.emerging_score_threshold),
        ),
        guardrails=GuardrailSettings(
            max_key_share=Decimal(settings.max_key_share_percent) / HUNDRED,
            max_revenue_share=Decimal(settings.max_account_share_percent) / HUNDRED,
            default_capacity=settings.default_kam_capacity,
            key_contact_days=settings.contact_days_key,
            emerging_contact_days=settings.contact_days_emerging,
            standard_contact_days=settings.contact_days_standard,
        ),
        weights=scorecard_weights(settings),
        currency=settings.currency,
    )


def scorecard_weights(settings: CompanySettings) -> dict[Criterion, int]:
    """The scorecard weight of each criterion."""
    return {
        Criterion.REVENUE_SHARE: settings.weight_revenue_share,
        Criterion.CLV: settings.weight_clv,
        Criterion.TAILORED_SERVICE: settings.weight_tailored_service,
        Criterion.GROWTH_POTENTIAL: settings.weight_growth_potential,
        Criterion.CREDIBILITY: settings.weight_credibility,
        Criterion.RELATIONSHIP: settings.weight_relationship,
    }


def analyse_portfolio(
    db: Database, window: WindowChoice = TRAILING_TWELVE_MONTHS, today: date | None = None
) -> PortfolioAnalysis:
    """Analyse every account over ``window`` as seen on ``today`` (one read-only transaction)."""
    with db.session() as session:
        return analyse_in_session(session, window, today or date.today())


def analyse_in_session(session: Session, choice: WindowChoice, today: date) -> PortfolioAnalysis:
    """The analysis inside a running unit of work."""
    return _analyse(session, choice, today)


def _analyse(session: Session, choice: WindowChoice, today: date) -> PortfolioAnalysis:
    row = settings_row(session)
    settings = analysis_settings(row)
    window = resolve_window(choice, today, row.fiscal_year_start_month)
    figures = load_account_figures(session, window, today)
    capacities: dict[Key, int] = {
        name: capacity
        for name, capacity in session.execute(select(TeamMember.name, TeamMember.capacity))
    }
    return combine(figures, window, settings, capacities, today)


def combine(
    figures: list[AccountFigures],
    window: AnalysisWindow,
    settings: AnalysisSettings,
    capacities: Mapping[Key, int],
    today: date,
) -> PortfolioAnalysis:
    """The one pass in Python: ranking, classes, scores, tiers and guardrails."""
    by_id = {f.account_id: f for f in figures}
    ranking: list[ParetoRow[int]] = abc_analysis(
        [(f.account_id, f.revenue) for f in figures], settings.a_threshold, settings.b_threshold
    )
    # The figures are the guardrails' facts as well (AccountFigures extends them).
    findings = check_portfolio(figures, capacities, today, settings.guardrails)
    per_account: dict[int, list[GuardrailFinding]] = {}
    for finding in findings:
        if isinstance(finding.account_key, int):
            per_account.setdefault(finding.account_key, []).append(finding)

    weights = settings.weights
    scorer = weighted_scorer(weights) if any(w > 0 for w in weights.values()) else None
    # Both rules are pure and the same few score patterns recur across thousands of
    # accounts: remember each answer instead of recomputing it. A pattern is the scores in
    # criterion order (None where unscored), so the key does not depend on dict order.
    scored: dict[tuple[int | None, ...], Decimal | None] = {}
    recommended: dict[tuple[AbcClass, Decimal | None, int | None, Tier], TierRecommendation] = {}
    accounts = []
    archived = Tier.ARCHIVED  # a local: enum member lookups are slow in a loop
    for place in ranking:
        f = by_id[place.key]
        pattern = tuple(map(f.scores.get, CRITERIA))
        if pattern not in scored:
            scored[pattern] = None if scorer is None else scorer(f.scores)
        score = scored[pattern]
        growth_potential = f.scores.get(Criterion.GROWTH_POTENTIAL)
        question = (place.abc_class, score, growth_potential, f.tier)
        if question not in recommended:
            recommended[question] = recommend_tier(
                place.abc_class, score, growth_potential, settings.tiers, current_tier=f.tier
            )
        accounts.append(
            PortfolioAccount(
                account_id=f.account_id,
                name=f.name,
                tier=f.tier,
                owner=f.owner,
                rank=place.rank,
                revenue=f.revenue,
                previous_revenue=f.previous_revenue,
                share=place.share,
                cumulative_share=place.cumulative_share,
                abc_class=place.abc_class,
                scores=f.scores,
                score=score,
                recommendation=recommended[question],
                last_contact=f.last_interaction,
                next_review_due=f.next_review_due,
                review_overdue=(
                    f.tier is not archived
                    and f.next_review_due is not None
                    and f.next_review_due < today
                ),
                findings=tuple(per_account.get(f.account_id, ())),
            )
        )
    return PortfolioAnalysis(
        today=today,
        window=window,
        settings=settings,
        accounts=tuple(accounts),
        portfolio_findings=tuple(f for f in findings if f.account_key is None),
        findings=tuple(findings),
        total_revenue=sum((max(f.revenue, Decimal(0)) for f in figures), Decimal("0.00")),
        previous_total_revenue=sum(
            (max(f.previous_revenue, Decimal(0)) for f in figures), Decimal("0.00")
        ),
        top_share=top_share(ranking, TOP_FRACTION),
    )
