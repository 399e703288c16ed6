"""Tier recommendation: key, emerging or standard, with machine-readable reasons.

Rules (thresholds from :class:`TierThresholds`):

* An archived account is never recommended a change: the recommendation is ARCHIVED.
* KEY: ABC class A and a weighted score ≥ the key threshold (default 60).
* EMERGING: not class A, and growth potential ≥ 4 (of 5) or a score ≥ the emerging
  threshold (default 50): the potential is there, the revenue is not yet.
* STANDARD otherwise — including a class A account whose score is below the key threshold
  or unknown: revenue alone does not make a key account.

Reasons carry a stable ``code`` and parameters, never a sentence, so the UI and the PDF
can translate them; :meth:`Reason.english` serves the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.domain.enums import Tier

ReasonParam = str | int | Decimal | None

_ENGLISH: dict[str, str] = {
    "archived": "Archived accounts keep their tier.",
    "abc_class_a": "Class A by revenue.",
    "abc_class_not_a": "Class {abc_class} by revenue, not A.",
    "score_meets_key_threshold": "Score {score} reaches the key threshold of {threshold}.",
    "score_below_key_threshold": "Score {score} is below the key threshold of {threshold}.",
    "score_meets_emerging_threshold": (
        "Score {score} reaches the emerging threshold of {threshold}."
    ),
    "score_below_emerging_threshold": (
        "Score {score} is below the emerging threshold of {threshold}."
    ),
    "no_score": "No scorecard yet.",
    "growth_potential_high": "Growth potential {growth_potential} reaches {threshold}.",
    "growth_potential_low": "Growth potential {growth_potential} is below {threshold}.",
    "no_growth_potential": "Growth potential not scored.",
}


@dataclass(frozen=True)
class TierThresholds:
    """Where the tier rules draw their lines."""

    key_score: Decimal = Decimal(60)
    emerging_score: Decimal = Decimal(50)
    emerging_growth_potential: int = 4


@dataclass(frozen=True)
class Reason:
    """One reason behind a recommendation: a stable code plus the figures it refers to."""

    code: str
    params: dict[str, ReasonParam] = field(default_factory=dict)

    def english(self) -> str:
        """The reason as an English sentence, for the command line."""
        return _ENGLISH[self.code].format(**self.params)


@dataclass(frozen=True)
class TierRecommendation:
    """The recommended tier and why."""

    tier: Tier
    reasons: tuple[Reason, ...]

    def english(self) -> str:
        """All reasons as one English line."""
        return " ".join(reason.english() for reason in self.reasons)


def _score_reason(
    score: Decimal | None, threshold: Decimal, met_code: str, below_code: str
) -> Reason:
    """The reason describing ``score`` against ``threshold``."""
    if score is None:
        return Reason("no_score")
    code = met_code if score >= threshold else below_code
    return Reason(code, {"score": score, "threshold": threshold})


def recommend_tier(
    abc_class: str,
    score: Decimal | None,
    growth_potential_score: int | None,
    thresholds: TierThresholds = TierThresholds(),
    *,
    current_tier: Tier | None = None,
) -> TierRecommendation:
    """Recommend a tier from ABC class, weighted score and growth potential (module doc)."""
    if current_tier is Tier.ARCHIVED:
        return TierRecommendation(Tier.ARCHIVED, (Reason("archived"),))

    if abc_class == "A":
        key_reason = _score_reason(
            score, thresholds.key_score, "score_meets_key_threshold", "score_below_key_threshold"
        )
        tier = Tier.KEY if key_reason.code == "score_meets_key_threshold" else Tier.STANDARD
        return TierRecommendation(tier, (Reason("abc_class_a"), key_reason))

    reasons = [Reason("abc_class_not_a", {"abc_class": str(abc_class)})]
    growth_threshold = thresholds.emerging_growth_potential
    if growth_potential_score is None:
        growth_reason = Reason("no_growth_potential")
    else:
        growth_reason = Reason(
            "growth_potential_high"
            if growth_potential_score >= growth_threshold
            else "growth_potential_low",
            {"growth_potential": growth_potential_score, "threshold": growth_threshold},
        )
    score_reason = _score_reason(
        score,
        thresholds.emerging_score,
        "score_meets_emerging_threshold",
        "score_below_emerging_threshold",
    )
    growth_met = growth_reason.code == "growth_potential_high"
    score_met = score_reason.code == "score_meets_emerging_threshold"
    if growth_met or score_met:
        # Name only the criteria that carried the recommendation.
        reasons += [r for r, met in ((growth_reason, growth_met), (score_reason, score_met)) if met]
        return TierRecommendation(Tier.EMERGING, tuple(reasons))
    reasons += [growth_reason, score_reason]
    return TierRecommendation(Tier.STANDARD, tuple(reasons))
