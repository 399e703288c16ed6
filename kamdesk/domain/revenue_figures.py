"""Revenue per fiscal quarter: growth, plan attainment, trailing year, ARR and CLV.

Rules:

* Periods are fiscal ``(year, quarter)`` tuples (see :mod:`kamdesk.domain.fiscal_periods`:
  a fiscal year is named by the calendar year in which it starts).
* Growth and plan attainment are Decimal fractions (``0.125`` = +12.5 %), rounded to four
  decimal places with ROUND_HALF_EVEN. They are None when the base (the previous quarter,
  the same quarter a year earlier, or the plan) has no revenue: missing, None, zero or
  negative, because a change against nothing is not a percentage.
* Several points for the same quarter (e.g. a portfolio of accounts) are added up; the
  merged quarter counts as recurring only when all its points are.
* Trailing twelve months (TTM) is the sum of the actuals of the four quarters ending at
  ``as_of``, inclusive; missing quarters and None count as zero.
* ARR is the annualised recurring revenue of the trailing year: the same sum, limited to
  quarters flagged recurring. Four quarters already make a year, so no scaling is applied.
* CLV = gross margin × annual revenue × expected remaining years, where remaining years =
  max(expected relationship years − whole years since ``customer_since``, 1): an active
  customer is always worth at least one more year. Rounded to cents, ROUND_HALF_UP
  (commercial rounding, as spreadsheets do it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from kamdesk.domain.fiscal_periods import (
    Period,
    check_quarter,
    fiscal_quarter_of,
    last_four_quarters,
    previous_quarter,
    quarter_end,
    quarter_start,
    shift_quarter,
)

__all__ = [
    "Period",
    "QuarterFigures",
    "RevenuePoint",
    "arr",
    "customer_lifetime_value",
    "fiscal_quarter_of",
    "growth",
    "previous_quarter",
    "quarter_end",
    "quarter_rows",
    "quarter_start",
    "shift_quarter",
    "trailing_twelve_months",
    "whole_years_between",
]

FRACTION_PLACES = Decimal("0.0001")
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class RevenuePoint:
    """Revenue of one fiscal quarter: actual and plan target (either may be unknown)."""

    year: int
    quarter: int
    actual: Decimal | None
    plan: Decimal | None
    recurring: bool = False

    def __post_init__(self) -> None:
        check_quarter(self.quarter)

    @property
    def period(self) -> Period:
        """The ``(year, quarter)`` this point belongs to."""
        return self.year, self.quarter


@dataclass(frozen=True)
class QuarterFigures:
    """One row of the revenue table: a quarter's figures and its comparisons."""

    year: int
    quarter: int
    actual: Decimal | None
    plan: Decimal | None
    recurring: bool
    growth_qoq: Decimal | None  # against the previous quarter
    growth_yoy: Decimal | None  # against the same quarter one fiscal year earlier
    vs_plan: Decimal | None  # actual / plan - 1

    @property
    def period(self) -> Period:
        """The ``(year, quarter)`` of this row."""
        return self.year, self.quarter


def growth(value: Decimal | None, base: Decimal | None) -> Decimal | None:
    """``value / base - 1`` rounded to four places; None without a value or a positive base."""
    if value is None or base is None or base <= 0:
        return None
    return (value / base - 1).quantize(FRACTION_PLACES, rounding=ROUND_HALF_EVEN)


def _add(left: Decimal | None, right: Decimal | None) -> Decimal | None:
    """Add two optional amounts; unknown only when both are unknown."""
    if left is None:
        return right
    if right is None:
        return left
    return left + right


def _merge_by_period(points: Iterable[RevenuePoint]) -> dict[Period, RevenuePoint]:
    """One point per quarter, adding up points that share a quarter."""
    merged: dict[Period, RevenuePoint] = {}
    for point in points:
        earlier = merged.get(point.period)
        if earlier is None:
            merged[point.period] = point
        else:
            merged[point.period] = RevenuePoint(
                point.year,
                point.quarter,
                _add(earlier.actual, point.actual),
                _add(earlier.plan, point.plan),
                earlier.recurring and point.recurring,
            )
    return merged


def quarter_rows(points: Iterable[RevenuePoint]) -> list[QuarterFigures]:
    """The revenue table: one row per quarter present in ``points``, oldest first.

    Quarters without a point are not invented; they simply make the growth of the quarter
    after them None.
    """
    by_period = _merge_by_period(points)
    rows: list[QuarterFigures] = []
    for period in sorted(by_period):
        point = by_period[period]
        before = by_period.get(previous_quarter(*period))
        year_before = by_period.get(shift_quarter(*period, -4))
        rows.append(
            QuarterFigures(
                year=point.year,
                quarter=point.quarter,
                actual=point.actual,
                plan=point.plan,
                recurring=point.recurring,
                growth_qoq=growth(point.actual, before.actual if before else None),
                growth_yoy=growth(point.actual, year_before.actual if year_before else None),
                vs_plan=growth(point.actual, point.plan),
            )
        )
    return rows


def trailing_twelve_months(points: Iterable[RevenuePoint], as_of: Period) -> Decimal:
    """Sum of the actuals of the four quarters ending at ``as_of`` (inclusive)."""
    window = set(last_four_quarters(as_of))
    return sum(
        (p.actual for p in points if p.period in window and p.actual is not None),
        Decimal(0),
    )


def arr(points: Iterable[RevenuePoint], as_of: Period) -> Decimal:
    """Annualised recurring revenue: the recurring actuals of the trailing four quarters."""
    return trailing_twelve_months((p for p in points if p.recurring), as_of)


def whole_years_between(start: date, end: date) -> int:
    """Completed years from ``start`` to ``end`` (anniversaries passed); 0 if end is earlier."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return max(years, 0)


def customer_lifetime_value(
    gross_margin: Decimal,
    annual_revenue: Decimal,
    expected_years: int,
    customer_since: date | None,
    today: date,
) -> Decimal:
    """Margin × annual revenue × expected remaining years, rounded to cents.

    ``gross_margin`` is a fraction 0–1. Remaining years = max(``expected_years`` − whole years
    since ``customer_since``, 1); an unknown start date counts as a new customer.
    """
    if not Decimal(0) <= gross_margin <= Decimal(1):
        raise ValueError(f"gross margin must be a fraction between 0 and 1, not {gross_margin}")
    if expected_years < 0:
        raise ValueError(f"expected relationship years cannot be negative, not {expected_years}")
    years_so_far = 0 if customer_since is None else whole_years_between(customer_since, today)
    remaining = max(expected_years - years_so_far, 1)
    value = gross_margin * annual_revenue * remaining
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)
