"""Pareto / ABC analysis: hand-computed classes and shares, edges and properties."""

from __future__ import annotations

import re
from dataclasses import astuple
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.pareto import AbcClass, abc_analysis, classify_ranked, top_count, top_share


def revenues(*pairs: tuple[str, int]) -> list[tuple[str, Decimal]]:
    return [(key, Decimal(amount)) for key, amount in pairs]


def test_classes_shares_and_crossing_rule() -> None:
    # total 1000. cumulative before each account: 0, 500, 750, 850, 940, 970, 990
    rows = abc_analysis(
        revenues(("g", 10), ("a", 500), ("b", 250), ("c", 100), ("d", 90), ("e", 30), ("f", 20))
    )
    assert [r.key for r in rows] == ["a", "b", "c", "d", "e", "f", "g"]
    assert [r.rank for r in rows] == [1, 2, 3, 4, 5, 6, 7]
    # before < 0.80 → A (a, b, c: c crosses 0.80 at 0.85 but starts at 0.75 → A);
    # before < 0.95 → B (d at 0.85, e at 0.94); rest C
    assert [r.abc_class for r in rows] == ["A", "A", "A", "B", "B", "C", "C"]
    assert rows[0].share == Decimal("0.5")
    assert rows[2].cumulative_share == Decimal("0.85")
    assert rows[4].share == Decimal("0.03")
    assert rows[-1].cumulative_share == 1


def test_account_starting_exactly_at_threshold_moves_down() -> None:
    # total 100: before b = 0.80 → not < 0.80 → B; before c = 0.95 → C
    rows = abc_analysis(revenues(("a", 80), ("b", 15), ("c", 5)))
    assert [r.abc_class for r in rows] == [AbcClass.A, AbcClass.B, AbcClass.C]


def test_ties_broken_by_key() -> None:
    rows = abc_analysis(revenues(("zeta", 100), ("alpha", 100), ("mid", 100)))
    assert [r.key for r in rows] == ["alpha", "mid", "zeta"]
    # before: 0, 1/3, 2/3 → all below 0.80 → A
    assert [r.abc_class for r in rows] == ["A", "A", "A"]


def test_integer_keys() -> None:
    rows = abc_analysis([(3, Decimal(5)), (1, Decimal(5)), (2, Decimal(90))])
    assert [r.key for r in rows] == [2, 1, 3]


def test_single_account_is_a() -> None:
    rows = abc_analysis(revenues(("only", 42)))
    assert len(rows) == 1
    assert rows[0].abc_class == "A"
    assert rows[0].share == 1
    assert rows[0].cumulative_share == 1


def test_zero_total_all_c() -> None:
    rows = abc_analysis(revenues(("b", 0), ("a", 0)))
    assert [r.key for r in rows] == ["a", "b"]
    assert all(r.abc_class == "C" and r.share == 0 and r.cumulative_share == 0 for r in rows)


def test_no_accounts() -> None:
    assert abc_analysis([]) == []
    assert top_share([]) == 0


def test_negative_revenue_counts_as_zero() -> None:
    # counted total 100 (the -50 counts 0); the negative account ranks last with share 0
    rows = abc_analysis(revenues(("a", 60), ("b", 40), ("credit", -50), ("z", 0)))
    assert [r.key for r in rows] == ["a", "b", "z", "credit"]
    assert rows[3].revenue == Decimal(-50)  # shown as given
    assert rows[3].share == 0
    assert rows[3].abc_class == "C"
    # before b = 0.60 → A
    assert [r.abc_class for r in rows] == ["A", "A", "C", "C"]


def test_custom_thresholds() -> None:
    # 50/30/20: before 0, 0.5, 0.8; thresholds 0.5/0.8 → A, B, C
    rows = abc_analysis(revenues(("a", 50), ("b", 30), ("c", 20)), Decimal("0.5"), Decimal("0.8"))
    assert [r.abc_class for r in rows] == ["A", "B", "C"]


@pytest.mark.parametrize(("a", "b"), [("0", "0.9"), ("0.9", "0.8"), ("0.8", "1.1")])
def test_bad_thresholds(a: str, b: str) -> None:
    with pytest.raises(ValueError, match="thresholds"):
        abc_analysis(revenues(("a", 1)), Decimal(a), Decimal(b))


def test_duplicate_keys_rejected() -> None:
    with pytest.raises(ValueError, match="once"):
        abc_analysis(revenues(("a", 1), ("a", 2)))


def test_top_share() -> None:
    # 10 accounts: top 20 % = 2 accounts = 400 + 200 of 1000 = 0.6
    amounts = [400, 200, 100, 100, 50, 50, 40, 30, 20, 10]
    rows = abc_analysis([(f"k{i:02}", Decimal(a)) for i, a in enumerate(amounts)])
    assert top_share(rows) == Decimal("0.6")
    # 7 accounts: ceil(7 × 0.2) = 2
    assert top_share(rows[:7]) == rows[1].cumulative_share
    # 3 accounts: ceil(0.6) = 1 → only the top one; fraction 0.5 → ceil(1.5) = 2
    three = abc_analysis(revenues(("a", 50), ("b", 30), ("c", 20)))
    assert top_share(three) == Decimal("0.5")
    assert top_share(three, Decimal("0.5")) == Decimal("0.8")


amounts = st.lists(
    st.decimals(min_value=-1000, max_value=10**9, places=2, allow_nan=False), max_size=40
)


@given(amounts)
def test_properties(values: list[Decimal]) -> None:
    rows = abc_analysis([(f"acct{i}", value) for i, value in enumerate(values)])
    assert len(rows) == len(values)
    cumulative = [r.cumulative_share for r in rows]
    assert cumulative == sorted(cumulative)  # monotone
    classes = "".join(r.abc_class for r in rows)
    assert re.fullmatch("A*B*C*", classes)
    if sum((max(v, Decimal(0)) for v in values), Decimal(0)) > 0:
        assert rows[0].abc_class == "A"
        assert cumulative[-1] == 1
        assert abs(sum((r.share for r in rows), Decimal(0)) - 1) < Decimal("1e-20")
    else:
        assert all(r.abc_class == "C" for r in rows)


def test_classify_ranked_gives_abc_analysis_as_plain_tuples() -> None:
    # 60 + 30 + 10 = 100: before the first account 0 % (A), before the second 60 % (A),
    # before the third 90 % (B, under 95 %).
    ranked = [("x", Decimal(60)), ("y", Decimal(30)), ("z", Decimal(10))]
    places = list(classify_ranked(ranked, Decimal("0.8"), Decimal("0.95")))
    assert places == [
        (1, "x", Decimal(60), Decimal("0.6"), Decimal("0.6"), AbcClass.A),
        (2, "y", Decimal(30), Decimal("0.3"), Decimal("0.9"), AbcClass.A),
        (3, "z", Decimal(10), Decimal("0.1"), Decimal(1), AbcClass.B),
    ]
    assert [astuple(row) for row in abc_analysis(ranked)] == places


@pytest.mark.parametrize(("count", "expected"), [(0, 1), (1, 1), (5, 1), (6, 2), (48, 10)])
def test_top_count_is_a_fifth_rounded_up_and_at_least_one(count: int, expected: int) -> None:
    assert top_count(count) == expected
