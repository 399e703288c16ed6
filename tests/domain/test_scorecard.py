"""Scorecard: weighted 0–100 score and the proposed revenue-share and CLV scores."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.enums import Criterion
from kamdesk.domain.scorecard import (
    DEFAULT_WEIGHTS,
    propose_clv_score,
    propose_revenue_share_score,
    weighted_score,
)

REV = Criterion.REVENUE_SHARE
CLV = Criterion.CLV
GROWTH = Criterion.GROWTH_POTENTIAL
REL = Criterion.RELATIONSHIP


class TestWeightedScore:
    def test_all_ones_and_all_fives(self) -> None:
        assert weighted_score(dict.fromkeys(Criterion, 1)) == Decimal("0.0")
        assert weighted_score(dict.fromkeys(Criterion, 5)) == Decimal("100.0")

    def test_weighted_average(self) -> None:
        # weights 3, 1: (3 × (5-1) × 25 + 1 × (2-1) × 25) / 4 = (300 + 25) / 4 = 81.25 → 81.2
        score = weighted_score({REV: 5, CLV: 2}, {REV: 3, CLV: 1})
        assert score == Decimal("81.2")

    def test_rounding_to_one_decimal(self) -> None:
        # equal weights, scores 4, 4, 3: (75 + 75 + 50) / 3 = 66.666… → 66.7
        assert weighted_score({REV: 4, CLV: 4, REL: 3}, DEFAULT_WEIGHTS) == Decimal("66.7")

    def test_missing_criteria_excluded(self) -> None:
        # only REV scored: (4 - 1) × 25 = 75, whatever the other weights
        assert weighted_score({REV: 4}, {REV: 2, CLV: 5, GROWTH: 1}) == Decimal("75.0")

    def test_zero_weight_ignored(self) -> None:
        # CLV weighs 0: only REV counts → (3 - 1) × 25 = 50
        assert weighted_score({REV: 3, CLV: 5}, {REV: 1, CLV: 0}) == Decimal("50.0")

    def test_nothing_weighted_scored(self) -> None:
        assert weighted_score({}, DEFAULT_WEIGHTS) is None
        assert weighted_score({CLV: 5}, {REV: 1}) is None

    @pytest.mark.parametrize("weights", [{REV: 0, CLV: 0}, {}, {REV: -1, CLV: 3}])
    def test_bad_weights(self, weights: dict[Criterion, int]) -> None:
        with pytest.raises(ValueError, match="weight"):
            weighted_score({REV: 3}, weights)

    @pytest.mark.parametrize("score", [0, 6])
    def test_bad_score(self, score: int) -> None:
        with pytest.raises(ValueError, match="1 to 5"):
            weighted_score({REV: score})

    @given(
        st.dictionaries(st.sampled_from(list(Criterion)), st.integers(1, 5), min_size=1),
        st.dictionaries(st.sampled_from(list(Criterion)), st.integers(1, 10), min_size=1),
    )
    def test_within_range(
        self, scores: dict[Criterion, int], weights: dict[Criterion, int]
    ) -> None:
        result = weighted_score(scores, weights)
        if any(c in weights for c in scores):
            assert result is not None
            assert Decimal(0) <= result <= Decimal(100)
        else:
            assert result is None


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        ("0.25", 5),
        ("0.10", 5),
        ("0.0999", 4),
        ("0.05", 4),
        ("0.02", 3),
        ("0.0199", 2),
        ("0.005", 2),
        ("0.0049", 1),
        ("0", 1),
        ("-0.01", 1),
    ],
)
def test_revenue_share_proposal(share: str, expected: int) -> None:
    assert propose_revenue_share_score(Decimal(share)) == expected


class TestClvProposal:
    def test_ten_distinct_make_quintiles(self) -> None:
        # rank r (0-based) → 1 + floor(5 × (r + 0.5) / 10): r 0,1 → 1; 2,3 → 2; … 8,9 → 5
        portfolio = [Decimal(v) for v in range(10, 110, 10)]
        assert [propose_clv_score(v, portfolio) for v in portfolio] == [
            1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
        ]  # fmt: skip

    def test_five_distinct(self) -> None:
        # p = 0.1, 0.3, 0.5, 0.7, 0.9 → 1, 2, 3, 4, 5
        portfolio = [Decimal(v) for v in (5, 1, 4, 2, 3)]
        assert propose_clv_score(Decimal(1), portfolio) == 1
        assert propose_clv_score(Decimal(3), portfolio) == 3
        assert propose_clv_score(Decimal(5), portfolio) == 5

    def test_single_and_all_equal_sit_in_the_middle(self) -> None:
        assert propose_clv_score(Decimal(100), [Decimal(100)]) == 3
        assert propose_clv_score(Decimal(100), []) == 3
        assert propose_clv_score(Decimal(7), [Decimal(7)] * 6) == 3

    def test_ties_share_a_score(self) -> None:
        # [1, 2, 2, 9]: for 2, below 1, equal 2 → p = (1 + 1) / 4 = 0.5 → 3
        portfolio = [Decimal(v) for v in (1, 2, 2, 9)]
        assert propose_clv_score(Decimal(2), portfolio) == 3
        # 9: p = (3 + 0.5) / 4 = 0.875 → 1 + floor(4.375) = 5
        assert propose_clv_score(Decimal(9), portfolio) == 5

    def test_value_outside_portfolio_is_included(self) -> None:
        # [10, 20, 30] + 40: below 3, equal 1 → p = 3.5 / 4 = 0.875 → 5
        assert propose_clv_score(Decimal(40), [Decimal(10), Decimal(20), Decimal(30)]) == 5

    @given(st.lists(st.integers(-1000, 10**6), min_size=1, max_size=30))
    def test_within_range_and_monotone(self, values: list[int]) -> None:
        portfolio = [Decimal(v) for v in values]
        scores = {v: propose_clv_score(v, portfolio) for v in portfolio}
        assert all(1 <= s <= 5 for s in scores.values())
        ordered = sorted(scores)
        assert [scores[v] for v in ordered] == sorted(scores[v] for v in ordered)
