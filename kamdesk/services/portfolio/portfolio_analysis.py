"""The portfolio analysis: Pareto/ABC, weighted scores, recommended tiers and guardrails.

One read-only unit of work gathers the per-account figures with SQL aggregates
(:mod:`kamdesk.services.portfolio.portfolio_facts`); one pass in Python then applies the domain's
rules (:mod:`kamdesk.domain.pareto`, :mod:`~kamdesk.domain.scorecard`,
:mod:`~kamdesk.domain.tiering`, :mod:`~kamdesk.domain.guardrails`) with the thresholds and
weights of the company settings (:mod:`kamdesk.services.portfolio.incremental_analysis`,
which the portfolio cache also keeps up to date edit by edit). The result is plain frozen
data (:mod:`kamdesk.services.portfolio.portfolio_results`) for the dashboard, the command
line and the portfolio PDF.

:func:`analyse_portfolio` reads through Core alone (the light tables of
:mod:`kamdesk.store.light_tables`), so ``kamdesk portfolio`` never imports the ORM; the
dashboard, the workbook and the PDF call :func:`analyse_in_session` inside their unit of
work, with the same queries on the session's connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, cast

from sqlalchemy import Connection, select

from kamdesk.domain.enums import Criterion
from kamdesk.domain.guardrails import GuardrailSettings, Key
from kamdesk.domain.tiering import TierThresholds
from kamdesk.services.portfolio.incremental_analysis import IncrementalAnalysis
from kamdesk.services.portfolio.portfolio_facts import (
    AccountFigures,
    connection_of,
    load_account_figures,
)
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
from kamdesk.store.light_tables import company_settings, team_member

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


class StoredAnalysisSettings(Protocol):
    """The settings columns the analysis applies: the ORM's row, or a Core row of them."""

    @property
    def currency(self) -> str: ...
    @property
    def fiscal_year_start_month(self) -> int: ...
    @property
    def default_kam_capacity(self) -> int: ...
    @property
    def abc_a_percent(self) -> int: ...
    @property
    def abc_b_percent(self) -> int: ...
    @property
    def key_score_threshold(self) -> int: ...
    @property
    def emerging_score_threshold(self) -> int: ...
    @property
    def max_key_share_percent(self) -> int: ...
    @property
    def max_account_share_percent(self) -> int: ...
    @property
    def contact_days_key(self) -> int: ...
    @property
    def contact_days_emerging(self) -> int: ...
    @property
    def contact_days_standard(self) -> int: ...
    @property
    def weight_revenue_share(self) -> int: ...
    @property
    def weight_clv(self) -> int: ...
    @property
    def weight_tailored_service(self) -> int: ...
    @property
    def weight_growth_potential(self) -> int: ...
    @property
    def weight_credibility(self) -> int: ...
    @property
    def weight_relationship(self) -> int: ...


#: The settings columns the protocol names, in its order (what the Core read selects).
_SETTINGS_COLUMNS: tuple[str, ...] = tuple(
    name for name, value in vars(StoredAnalysisSettings).items() if isinstance(value, property)
)


def analysis_settings(settings: StoredAnalysisSettings) -> AnalysisSettings:
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


def scorecard_weights(settings: StoredAnalysisSettings) -> dict[Criterion, int]:
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
    day = today or date.today()
    with db.read() as connection:
        row = stored_analysis_settings(connection)
        if row is not None:
            return _analyse_with(connection, row, window, day)
    # A fresh database has no settings row yet; making it with its defaults is a write
    # through the ORM (once per database, so its import cost does not matter here).
    with db.session() as session:
        return analyse_in_session(session, window, day)


def stored_analysis_settings(connection: Connection) -> StoredAnalysisSettings | None:
    """The analysis columns of the settings row, read through Core; None if there is none."""
    s = company_settings.c
    row = connection.execute(
        select(*(s[name] for name in _SETTINGS_COLUMNS)).where(s.id == 1)
    ).first()
    # A Core row names its columns as attributes, as the protocol asks.
    return None if row is None else cast(StoredAnalysisSettings, row)


def analyse_in_session(session: Session, choice: WindowChoice, today: date) -> PortfolioAnalysis:
    """The analysis inside a running unit of work."""
    from kamdesk.services.common.company_settings import settings_row

    return _analyse_with(session, settings_row(session), choice, today)


def _analyse_with(
    source: Connection | Session, row: StoredAnalysisSettings, choice: WindowChoice, today: date
) -> PortfolioAnalysis:
    settings = analysis_settings(row)
    window = resolve_window(choice, today, row.fiscal_year_start_month)
    figures = load_account_figures(source, window, today)
    return combine(figures, window, settings, capacities_in_session(source), today)


def capacities_in_session(source: Connection | Session) -> dict[Key, int]:
    """Each team member's capacity (key accounts they can carry), by name."""
    m = team_member.c
    return {
        name: capacity
        for name, capacity in connection_of(source).execute(select(m.name, m.capacity))
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
