"""Time in the demo: the eight revenue quarters, month arithmetic, and revenue curves.

Revenue is modelled per account as an annual level (what the last four quarters add up
to), a quarterly growth rate, a seasonal pattern (weak summer, strong year-end when budgets
are spent) and noise. The levels of a portfolio follow a log-normal spread taken at evenly
spaced quantiles, so a few accounts carry most of the revenue (Pareto) at any portfolio
size, without the luck of the draw deciding whether the demo looks like a Pareto case.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import NormalDist

from kamdesk.domain.fiscal_periods import Period, fiscal_quarter_of, quarter_end, shift_quarter

REVENUE_QUARTERS = 8
# Quarter 1–4 factors: Q3 is the German summer break, Q4 the year-end budget rush.
SEASON = (0.96, 1.02, 0.86, 1.16)
# Log-normal spread of annual revenue per account: the top 20 % of accounts then earn
# roughly four fifths of the revenue.
LEVEL_MEDIAN = 48_000.0
LEVEL_SIGMA = 1.75
# Above this quantile the spread is compressed (order kept), so that no single account
# passes ~20 % of the default demo's revenue: that warning belongs to real portfolios, not
# to the first look at the product.
LEVEL_SOFT_CAP_Z = 1.8
LEVEL_CAP_SLOPE = 0.25


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), clamped to the month's end."""
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def revenue_quarters(today: date, fiscal_year_start_month: int) -> tuple[Period, ...]:
    """The eight fiscal quarters before the one containing ``today``, oldest first."""
    year, quarter = fiscal_quarter_of(today, fiscal_year_start_month)
    return tuple(shift_quarter(year, quarter, n) for n in range(-REVENUE_QUARTERS, 0))


def quarter_ends(periods: tuple[Period, ...], fiscal_year_start_month: int) -> tuple[date, ...]:
    """The last day of each period."""
    return tuple(quarter_end(y, q, fiscal_year_start_month) for y, q in periods)


def annual_levels(count: int, rng: random.Random) -> list[float]:
    """``count`` annual revenue levels in EUR, largest first, Pareto-like spread."""
    normal = NormalDist()
    levels = []
    for index in range(count):
        z = normal.inv_cdf(1 - (index + 0.5) / count)
        if z > LEVEL_SOFT_CAP_Z:
            z = LEVEL_SOFT_CAP_Z + (z - LEVEL_SOFT_CAP_Z) * LEVEL_CAP_SLOPE
        levels.append(LEVEL_MEDIAN * 2.718281828459045 ** (LEVEL_SIGMA * z))
    # A little jitter so that neighbours differ, then re-sort: rank order stays the plan.
    jittered = [level * rng.uniform(0.93, 1.07) for level in levels]
    return sorted(jittered, reverse=True)


@dataclass(frozen=True)
class QuarterRevenue:
    """One quarter of revenue: actual and plan in whole euros (None: no plan)."""

    year: int
    quarter: int
    actual: Decimal
    plan: Decimal | None


def revenue_series(
    rng: random.Random,
    periods: tuple[Period, ...],
    annual_level: float,
    growth: float,
    *,
    lost_quarters: int = 0,
) -> list[QuarterRevenue]:
    """Revenue per period for an account of ``annual_level`` growing ``growth`` a quarter.

    ``lost_quarters``: the last n quarters bring nothing (an archived, lost customer).
    Plans are last year's actual plus the growth we hoped for, rounded to thousands, as a
    KAM would type them; the first year has plans made from the trend.
    """
    count = len(periods)
    hoped = max(growth, 0.0) + 0.02
    actuals: list[int] = []
    rows: list[QuarterRevenue] = []
    for index, (year, quarter) in enumerate(periods):
        # The level is reached over the last four quarters: centre the curve there.
        trend = (1 + growth) ** (index - (count - 2.5))
        expected = annual_level / 4 * trend * SEASON[quarter - 1]
        if index >= count - lost_quarters:
            actuals.append(0)
            rows.append(QuarterRevenue(year, quarter, Decimal(0), None))
            continue
        actual = round(expected * rng.uniform(0.88, 1.12) / 10) * 10
        actuals.append(actual)
        base = actuals[index - 4] * (1 + hoped) ** 4 if index >= 4 else expected
        plan = round(base * rng.uniform(0.97, 1.05) / 1000) * 1000
        rows.append(QuarterRevenue(year, quarter, Decimal(actual), Decimal(max(plan, 0))))
    return rows
