"""The plan's scorecard section: latest scores, weighted score and the recommended tier.

The same rules as the Assessment tab (:mod:`kamdesk.services.assessment.scorecard_editing`):
the ABC class over the trailing twelve months of the whole portfolio, the latest score per
criterion up to the plan's day, the weights and thresholds of our settings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.engine import Connection, Row

from kamdesk.domain.enums import Criterion
from kamdesk.domain.pareto import AbcClass, abc_analysis
from kamdesk.domain.plan import Scorecard, ScoreEntry
from kamdesk.domain.scorecard import weighted_score
from kamdesk.domain.tiering import TierThresholds, recommend_tier
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    period_index,
    resolve_window,
)
from kamdesk.store.light_tables import revenue_entry, score

HUNDRED = Decimal(100)


def scorecard_sections(
    connection: Connection, account: Row[Any], context: PlanContext
) -> dict[str, Any]:
    """``scorecard``: the account's scorecard as of the plan's day.

    The reasons are English sentences, as the plan's other free texts are plain strings;
    the recommendation's codes stay available to the UI through the scorecard service.
    """
    settings, today = context.settings, context.today
    # Accounts without revenue rank last with class C whatever their number.
    ranking = abc_analysis(
        _revenue_in_window(connection, context),
        Decimal(settings.abc_a_percent) / HUNDRED,
        Decimal(settings.abc_b_percent) / HUNDRED,
    )
    place = next((r for r in ranking if r.key == account.id), None)
    abc_class = place.abc_class if place else AbcClass.C
    latest: dict[Criterion, tuple[int, Any]] = {}
    for criterion, value, scored_on in connection.execute(
        select(score.c.criterion, score.c.value, score.c.scored_on)
        .where(score.c.account_id == account.id, score.c.scored_on <= today)
        .order_by(score.c.scored_on.desc())
    ):
        latest.setdefault(criterion, (value, scored_on))
    values = {criterion: value for criterion, (value, _) in latest.items()}
    weights = {
        Criterion.REVENUE_SHARE: settings.weight_revenue_share,
        Criterion.CLV: settings.weight_clv,
        Criterion.TAILORED_SERVICE: settings.weight_tailored_service,
        Criterion.GROWTH_POTENTIAL: settings.weight_growth_potential,
        Criterion.CREDIBILITY: settings.weight_credibility,
        Criterion.RELATIONSHIP: settings.weight_relationship,
    }
    weighted = weighted_score(values, weights) if any(weights.values()) else None
    recommendation = recommend_tier(
        abc_class,
        weighted,
        values.get(Criterion.GROWTH_POTENTIAL),
        TierThresholds(
            key_score=Decimal(settings.key_score_threshold),
            emerging_score=Decimal(settings.emerging_score_threshold),
        ),
        current_tier=account.tier,
    )
    return {
        "scorecard": Scorecard(
            scores=tuple(
                ScoreEntry(criterion, *latest[criterion])
                for criterion in Criterion
                if criterion in latest
            ),
            weighted_score=weighted,
            recommended_tier=recommendation.tier,
            reasons=tuple(reason.english() for reason in recommendation.reasons),
        )
    }


def _revenue_in_window(connection: Connection, context: PlanContext) -> list[tuple[int, Decimal]]:
    """Each account's revenue over the trailing twelve months (accounts with any entry)."""
    window = resolve_window(
        TRAILING_TWELVE_MONTHS, context.today, context.settings.fiscal_year_start_month
    )
    entry = revenue_entry.c
    period = entry.year * 4 + entry.quarter
    # Summed as whole cents: exact, and no per-row Decimal conversion.
    cents = type_coerce(entry.actual, Integer)
    rows = connection.execute(
        select(entry.account_id,
               func.sum(case((period >= period_index(window.first), cents), else_=0)))
        .where(period >= period_index(window.previous_quarters[0]),
               period <= period_index(window.last))
        .group_by(entry.account_id)
    ).all()
    return [(key, _money(total)) for key, total in rows]


def _money(cents: Any) -> Decimal:
    """Summed cents (None: nothing summed) as money with two places, exactly."""
    return Decimal(int(cents or 0)).scaleb(-2)
