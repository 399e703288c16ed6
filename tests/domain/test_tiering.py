"""Tier recommendation: each rule, its boundaries and its reasons."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.enums import Tier
from kamdesk.domain.tiering import Reason, TierThresholds, recommend_tier


def codes(reasons: tuple[Reason, ...]) -> list[str]:
    return [reason.code for reason in reasons]


@pytest.mark.parametrize(
    ("abc", "score", "growth", "expected"),
    [
        ("A", "60", None, Tier.KEY),  # exactly the key threshold
        ("A", "95.5", 1, Tier.KEY),
        ("A", "59.9", 5, Tier.STANDARD),  # class A never emerging
        ("A", None, 5, Tier.STANDARD),
        ("B", "90", 1, Tier.EMERGING),  # score >= 50, not A
        ("B", "50", None, Tier.EMERGING),
        ("C", "10", 4, Tier.EMERGING),  # growth >= 4
        ("C", None, 5, Tier.EMERGING),
        ("B", "49.9", 3, Tier.STANDARD),
        ("C", None, None, Tier.STANDARD),
    ],
)
def test_rules(abc: str, score: str | None, growth: int | None, expected: Tier) -> None:
    result = recommend_tier(abc, None if score is None else Decimal(score), growth)
    assert result.tier is expected


def test_key_reasons() -> None:
    result = recommend_tier("A", Decimal("72.5"), 2)
    assert codes(result.reasons) == ["abc_class_a", "score_meets_key_threshold"]
    assert result.reasons[1].params == {"score": Decimal("72.5"), "threshold": Decimal(60)}
    assert result.english() == "Class A by revenue. Score 72.5 reaches the key threshold of 60."


def test_class_a_low_score_reasons() -> None:
    assert codes(recommend_tier("A", Decimal(40), 5).reasons) == [
        "abc_class_a",
        "score_below_key_threshold",
    ]
    assert codes(recommend_tier("A", None, 5).reasons) == ["abc_class_a", "no_score"]


def test_emerging_names_only_the_criteria_met() -> None:
    result = recommend_tier("C", Decimal(20), 4)
    assert codes(result.reasons) == ["abc_class_not_a", "growth_potential_high"]
    assert result.reasons[0].params == {"abc_class": "C"}
    assert result.reasons[1].params == {"growth_potential": 4, "threshold": 4}
    both = recommend_tier("B", Decimal(55), 5)
    assert codes(both.reasons) == [
        "abc_class_not_a",
        "growth_potential_high",
        "score_meets_emerging_threshold",
    ]


def test_standard_reasons() -> None:
    result = recommend_tier("B", Decimal(30), 2)
    assert result.tier is Tier.STANDARD
    assert codes(result.reasons) == [
        "abc_class_not_a",
        "growth_potential_low",
        "score_below_emerging_threshold",
    ]
    assert result.english() == (
        "Class B by revenue, not A. Growth potential 2 is below 4. "
        "Score 30 is below the emerging threshold of 50."
    )
    silent = recommend_tier("C", None, None)
    assert codes(silent.reasons) == ["abc_class_not_a", "no_growth_potential", "no_score"]


def test_archived_never_changes() -> None:
    result = recommend_tier("A", Decimal(99), 5, current_tier=Tier.ARCHIVED)
    assert result.tier is Tier.ARCHIVED
    assert codes(result.reasons) == ["archived"]
    # other current tiers do not influence the recommendation
    assert recommend_tier("A", Decimal(99), 5, current_tier=Tier.STANDARD).tier is Tier.KEY


def test_custom_thresholds() -> None:
    thresholds = TierThresholds(
        key_score=Decimal(80), emerging_score=Decimal(70), emerging_growth_potential=5
    )
    assert recommend_tier("A", Decimal(75), None, thresholds).tier is Tier.STANDARD
    assert recommend_tier("B", Decimal(65), 4, thresholds).tier is Tier.STANDARD
    assert recommend_tier("B", Decimal(70), 4, thresholds).tier is Tier.EMERGING


def test_every_reason_has_english() -> None:
    reasons = [
        *recommend_tier("A", Decimal(70), 1).reasons,
        *recommend_tier("A", Decimal(10), 1).reasons,
        *recommend_tier("A", None, 1, current_tier=Tier.ARCHIVED).reasons,
        *recommend_tier("B", Decimal(60), 5).reasons,
        *recommend_tier("B", Decimal(10), 1).reasons,
        *recommend_tier("B", None, None).reasons,
    ]
    assert all(reason.english() for reason in reasons)
