"""The key-account scorecard: a weighted score on 0–100 and proposed criterion scores.

Rules:

* Each criterion is scored 1–5. The weighted score maps each score to (score − 1) / 4, so
  all 1s give 0 and all 5s give 100, averages them with the weights and scales to 0–100,
  rounded to one decimal (ROUND_HALF_EVEN).
* Weights are non-negative integers with at least one positive; a criterion without a
  weight weighs 0. Criteria without a score are left out of the weighting (the remaining
  weights count in full), so a partly filled scorecard is not dragged down by blanks.
  Nothing scored with a positive weight: no score (None).
* Proposals only pre-fill the scorecard; the user may override them.
  Revenue share (fraction of our total revenue): ≥ 10 % → 5, ≥ 5 % → 4, ≥ 2 % → 3,
  ≥ 0.5 % → 2, below → 1.
  CLV: quintile of the portfolio by mid-rank percentile p = (accounts below + ½ × accounts
  equal) / count; score = 1 + floor(5 × p). The bottom fifth gets 1, the top fifth 5; equal
  CLVs share a score, and a portfolio of one sits in the middle (3).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from types import MappingProxyType

from kamdesk.domain.enums import Criterion

MIN_SCORE = 1
MAX_SCORE = 5

DEFAULT_WEIGHTS: Mapping[Criterion, int] = MappingProxyType({c: 1 for c in Criterion})
"""Equal weights: a neutral start until the firm sets its own in the settings."""

# Lower bounds of the revenue-share bands for scores 5, 4, 3, 2 (fractions of our revenue).
REVENUE_SHARE_BANDS: tuple[tuple[Decimal, int], ...] = (
    (Decimal("0.10"), 5),
    (Decimal("0.05"), 4),
    (Decimal("0.02"), 3),
    (Decimal("0.005"), 2),
)


def check_weights(weights: Mapping[Criterion, int]) -> None:
    """Raise ValueError unless all weights are non-negative and at least one is positive."""
    if any(weight < 0 for weight in weights.values()):
        raise ValueError("scorecard weights cannot be negative")
    if not any(weight > 0 for weight in weights.values()):
        raise ValueError("at least one scorecard weight must be positive")


def check_score(score: int) -> None:
    """Raise ValueError unless ``score`` is 1–5."""
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(f"a criterion score must be {MIN_SCORE} to {MAX_SCORE}, not {score}")


def weighted_score(
    scores: Mapping[Criterion, int], weights: Mapping[Criterion, int] = DEFAULT_WEIGHTS
) -> Decimal | None:
    """The weighted score on 0–100, one decimal; None when nothing weighted is scored."""
    return weighted_scorer(weights)(scores)


def weighted_scorer(
    weights: Mapping[Criterion, int] = DEFAULT_WEIGHTS,
) -> Callable[[Mapping[Criterion, int]], Decimal | None]:
    """:func:`weighted_score` with the weights checked once, for scoring a whole portfolio."""
    check_weights(weights)
    positive = {criterion: weight for criterion, weight in weights.items() if weight}

    def score(scores: Mapping[Criterion, int]) -> Decimal | None:
        for value in scores.values():
            check_score(value)
        weighted = [(positive[c], value) for c, value in scores.items() if c in positive]
        total_weight = sum(weight for weight, _ in weighted)
        if total_weight == 0:
            return None
        # (score - 1) / 4 * 100 = (score - 1) * 25, kept in integers until the one division.
        points = sum(weight * (value - MIN_SCORE) * 25 for weight, value in weighted)
        return (Decimal(points) / Decimal(total_weight)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_EVEN
        )

    return score


def propose_revenue_share_score(share: Decimal) -> int:
    """Proposed 1–5 score for an account's share of our total revenue (bands in module doc)."""
    for lower_bound, score in REVENUE_SHARE_BANDS:
        if share >= lower_bound:
            return score
    return MIN_SCORE


def propose_clv_score(clv: Decimal, all_clvs: Sequence[Decimal]) -> int:
    """Proposed 1–5 score: the quintile of ``clv`` within the portfolio's CLVs.

    ``clv`` counts as part of the portfolio even if ``all_clvs`` does not contain it.
    """
    population = list(all_clvs)
    if clv not in population:
        population.append(clv)
    below = sum(1 for other in population if other < clv)
    equal = sum(1 for other in population if other == clv)
    # 1 + floor(5 * (below + equal / 2) / n), in integers: p < 1 because equal >= 1.
    return MIN_SCORE + (5 * (2 * below + equal)) // (2 * len(population))
