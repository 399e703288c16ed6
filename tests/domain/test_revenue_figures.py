"""Revenue table, TTM, ARR and CLV against hand-computed figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.revenue_figures import (
    QuarterFigures,
    RevenuePoint,
    arr,
    customer_lifetime_value,
    growth,
    quarter_rows,
    trailing_twelve_months,
    whole_years_between,
)


def point(
    year: int, quarter: int, actual: str | None, plan: str | None = None, recurring: bool = False
) -> RevenuePoint:
    """A revenue point from string amounts (keeps the tests free of floats)."""
    return RevenuePoint(
        year,
        quarter,
        None if actual is None else Decimal(actual),
        None if plan is None else Decimal(plan),
        recurring,
    )


def by_period(rows: list[QuarterFigures]) -> dict[tuple[int, int], QuarterFigures]:
    return {row.period: row for row in rows}


class TestQuarterRows:
    def test_growth_and_plan_across_year_boundary(self) -> None:
        points = [
            point(2025, 1, "900", "1000"),  # given out of order on purpose
            point(2024, 1, "800"),
            point(2024, 4, "1000", "800"),
            point(2024, 3, "0"),
        ]
        rows = quarter_rows(points)
        assert [r.period for r in rows] == [(2024, 1), (2024, 3), (2024, 4), (2025, 1)]
        q = by_period(rows)
        # 2025 Q1 vs 2024 Q4: 900 / 1000 - 1 = -0.1
        assert q[2025, 1].growth_qoq == Decimal("-0.1000")
        # vs 2024 Q1: 900 / 800 - 1 = 0.125
        assert q[2025, 1].growth_yoy == Decimal("0.1250")
        # vs plan: 900 / 1000 - 1 = -0.1
        assert q[2025, 1].vs_plan == Decimal("-0.1000")
        # 2024 Q4 vs plan: 1000 / 800 - 1 = 0.25; its base 2024 Q3 is zero → no growth
        assert q[2024, 4].vs_plan == Decimal("0.2500")
        assert q[2024, 4].growth_qoq is None
        # 2024 Q1: no 2023 Q4 and no 2023 Q1 → no growth at all
        assert q[2024, 1].growth_qoq is None
        assert q[2024, 1].growth_yoy is None
        assert q[2024, 1].vs_plan is None  # no plan
        # 2024 Q3's base 2024 Q2 is missing
        assert q[2024, 3].growth_qoq is None

    def test_rounding_half_even_to_four_places(self) -> None:
        # 1 / 3 - 1 = -0.66666… → -0.6667
        rows = quarter_rows([point(2024, 1, "3"), point(2024, 2, "1")])
        assert rows[1].growth_qoq == Decimal("-0.6667")
        # exact tie: 1.00005 / 1 - 1 = 0.00005 → 0.0000 (half to even), 0.00015 → 0.0002
        assert growth(Decimal("1.00005"), Decimal(1)) == Decimal("0.0000")
        assert growth(Decimal("1.00015"), Decimal(1)) == Decimal("0.0002")

    def test_none_actuals(self) -> None:
        rows = quarter_rows([point(2024, 1, None, "100"), point(2024, 2, "50", "100")])
        assert rows[0].vs_plan is None  # no actual yet
        assert rows[1].growth_qoq is None  # base has no actual
        assert rows[1].vs_plan == Decimal("-0.5000")  # 50 / 100 - 1

    def test_zero_or_negative_plan_is_no_base(self) -> None:
        rows = quarter_rows([point(2024, 1, "10", "0"), point(2024, 2, "10", "-5")])
        assert [r.vs_plan for r in rows] == [None, None]

    def test_same_quarter_points_are_added(self) -> None:
        rows = quarter_rows(
            [
                point(2024, 1, "100", "90", recurring=True),
                point(2024, 1, "50", None, recurring=False),
                point(2024, 1, None, "10", recurring=True),
            ]
        )
        assert len(rows) == 1
        # actual 100 + 50 = 150; plan 90 + 10 = 100; not all recurring
        assert rows[0].actual == Decimal(150)
        assert rows[0].plan == Decimal(100)
        assert rows[0].recurring is False
        assert rows[0].vs_plan == Decimal("0.5000")

    def test_no_points(self) -> None:
        assert quarter_rows([]) == []

    def test_bad_quarter(self) -> None:
        with pytest.raises(ValueError):
            RevenuePoint(2024, 5, Decimal(1), None)


class TestTrailingYear:
    POINTS = (
        point(2023, 4, "999", recurring=True),
        point(2024, 1, "100", recurring=True),
        point(2024, 2, "200", recurring=False),
        point(2024, 3, None, recurring=True),
        point(2024, 4, "400", recurring=True),
        point(2025, 1, "1000", recurring=True),
    )

    def test_ttm_four_quarters_inclusive(self) -> None:
        # 2024 Q1..Q4: 100 + 200 + 0 (None) + 400 = 700
        assert trailing_twelve_months(self.POINTS, (2024, 4)) == Decimal(700)
        # 2024 Q2..2025 Q1: 200 + 0 + 400 + 1000 = 1600
        assert trailing_twelve_months(self.POINTS, (2025, 1)) == Decimal(1600)

    def test_arr_recurring_only(self) -> None:
        # recurring in 2024 Q1..Q4: 100 + 400 = 500 (Q2 not recurring, Q3 unknown)
        assert arr(self.POINTS, (2024, 4)) == Decimal(500)
        # 2023 Q4 .. 2024 Q3: 999 + 100 = 1099
        assert arr(self.POINTS, (2024, 3)) == Decimal(1099)

    def test_no_revenue(self) -> None:
        assert trailing_twelve_months([], (2024, 1)) == 0
        assert arr([], (2024, 1)) == 0


class TestCustomerLifetimeValue:
    def test_remaining_years(self) -> None:
        # customer since 1 Mar 2020, today 28 Feb 2025: 4 whole years; 7 - 4 = 3 remaining
        # 0.30 × 100 000 × 3 = 90 000.00
        clv = customer_lifetime_value(
            Decimal("0.30"), Decimal(100000), 7, date(2020, 3, 1), date(2025, 2, 28)
        )
        assert clv == Decimal("90000.00")

    def test_anniversary_counts(self) -> None:
        # 1 Mar 2025 is the 5th anniversary: 7 - 5 = 2; 0.30 × 100 000 × 2 = 60 000.00
        clv = customer_lifetime_value(
            Decimal("0.30"), Decimal(100000), 7, date(2020, 3, 1), date(2025, 3, 1)
        )
        assert clv == Decimal("60000.00")

    def test_at_least_one_year(self) -> None:
        # 12 years as customer, 5 expected: max(5 - 12, 1) = 1 → 0.25 × 40 000 = 10 000.00
        clv = customer_lifetime_value(
            Decimal("0.25"), Decimal(40000), 5, date(2013, 1, 1), date(2025, 6, 1)
        )
        assert clv == Decimal("10000.00")

    def test_unknown_start_is_new_customer(self) -> None:
        # 0.333 × 1 234.56 × 3 = 1 233.32544 → 1 233.33
        clv = customer_lifetime_value(
            Decimal("0.333"), Decimal("1234.56"), 3, None, date(2025, 1, 1)
        )
        assert clv == Decimal("1233.33")

    def test_rounds_half_up_to_cents(self) -> None:
        # 0.5 × 0.05 × 1 = 0.025 → 0.03 (half up)
        clv = customer_lifetime_value(Decimal("0.5"), Decimal("0.05"), 1, None, date(2025, 1, 1))
        assert clv == Decimal("0.03")

    @pytest.mark.parametrize("margin", ["-0.1", "1.01"])
    def test_margin_must_be_fraction(self, margin: str) -> None:
        with pytest.raises(ValueError, match="gross margin"):
            customer_lifetime_value(Decimal(margin), Decimal(1), 1, None, date(2025, 1, 1))

    def test_whole_years_between(self) -> None:
        assert whole_years_between(date(2020, 2, 29), date(2021, 2, 28)) == 0
        assert whole_years_between(date(2020, 2, 29), date(2021, 3, 1)) == 1
        assert whole_years_between(date(2025, 1, 1), date(2024, 1, 1)) == 0  # future start
