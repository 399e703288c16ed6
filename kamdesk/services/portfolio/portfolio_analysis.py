"""The portfolio analysis: Pareto/ABC, weighted scores, recommended tiers and guardrails.

One read-only unit of work gathers the per-account figures with SQL aggregates
(:mod:`kamdesk.services.portfolio.portfolio_facts`); one pass in Python then applies the domain's
rules (:mod:`kamdesk.domain.pareto`, :mod:`~kamdesk.domain.scorecard`,
:mod:`~kamdesk.domain.tiering`, :mod:`~kamdesk.domain.guardrails`) with the thresholds and
weights of the company settings (:mod:`kamdesk.services.portfolio.incremental_analysis`,
which the portfolio cache also keeps up to date edit by edit). The result is plain frozen
data (:mod:`kamdesk.services.portfolio.portfolio_results`) for the dashboard, the command
line and the portfolio PDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Criterion
from kamdesk.domain.guardrails import GuardrailSettings, Key
from kamdesk.domain.tiering import TierThresholds
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.incremental_analysis import IncrementalAnalysis
from kamdesk.services.portfolio.portfolio_facts import AccountFigures, load_account_figures
from kamdesk.services.portfolio.portfolio_results import (
    AnalysisSettings,
    PortfolioAccount,
    PortfolioAnalysis,
)
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    AnalysisWindow,
    WindowChoice,
    resolve_window,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import CompanySettings, TeamMember

# The result types are imported from here by the dashboard, the command line and the reports.
__all__ = [
    "AnalysisSettings",
    "PortfolioAccount",
    "PortfolioAnalysis",
    "analyse_in_session",
    "analyse_portfolio",
    "analysis_settings",
    "capacities_in_session",
    "combine",
    "scorecard_weights",
]

HUNDRED = Decimal(100)


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
    return combine(figures, window, settings, capacities_in_session(session), today)


def capacities_in_session(session: Session) -> dict[Key, int]:
    """Each team member's capacity (key accounts they can carry), by name."""
    return {
        name: capacity
        for name, capacity in session.execute(select(TeamMember.name, TeamMember.capacity))
    }


def combine(
    figures: list[AccountFigures],
    window: AnalysisWindow,
    settings: AnalysisSettings,
    capacities: Mapping[Key, int],
    today: date,
) -> PortfolioAnalysis:
    """The one pass in Python: ranking, classes, scores, tiers and guardrails.

    Findings come portfolio-wide first, then per rule in name order, as
    :func:`~kamdesk.domain.guardrails.check_portfolio` gives them.
    """
    return IncrementalAnalysis(window, settings, capacities, today, figures).analysis()
