"""Fiscal quarters: the quarter of a day, where quarters start and end, quarter arithmetic.

Naming rule: a fiscal year is named by the calendar year in which it STARTS. With a fiscal
year starting in April, 1 April 2024 – 31 March 2025 is fiscal year 2024, and 15 January 2025
lies in its fourth quarter, (2024, 4). With a January start, fiscal and calendar years agree.

A period is a plain ``(fiscal_year, quarter)`` tuple with quarter 1–4, so periods sort and
compare in time order as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

Period = tuple[int, int]
"""A fiscal quarter as ``(fiscal_year, quarter)``, quarter 1–4."""


def check_quarter(quarter: int) -> None:
    """Raise ValueError unless ``quarter`` is 1, 2, 3 or 4."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1 to 4, not {quarter}")


def check_fiscal_year_start_month(month: int) -> None:
    """Raise ValueError unless ``month`` is a calendar month 1–12."""
    if not 1 <= month <= 12:
        raise ValueError(f"fiscal year start month must be 1 to 12, not {month}")


def fiscal_quarter_of(day: date, fiscal_year_start_month: int) -> Period:
    """The fiscal ``(year, quarter)`` that ``day`` falls in."""
    check_fiscal_year_start_month(fiscal_year_start_month)
    fiscal_year = day.year if day.month >= fiscal_year_start_month else day.year - 1
    months_into_year = (day.month - fiscal_year_start_month) % 12
    return fiscal_year, months_into_year // 3 + 1


def quarter_start(year: int, quarter: int, fiscal_year_start_month: int) -> date:
    """The first day of fiscal quarter ``(year, quarter)``."""
    check_quarter(quarter)
    check_fiscal_year_start_month(fiscal_year_start_month)
    # Count months from January of the fiscal year's naming (= starting) calendar year.
    months = fiscal_year_start_month - 1 + (quarter - 1) * 3
    return date(year + months // 12, months % 12 + 1, 1)


def quarter_end(year: int, quarter: int, fiscal_year_start_month: int) -> date:
    """The last day of fiscal quarter ``(year, quarter)``."""
    next_year, next_quarter = shift_quarter(year, quarter, 1)
    return quarter_start(next_year, next_quarter, fiscal_year_start_month) - timedelta(days=1)


def shift_quarter(year: int, quarter: int, n: int) -> Period:
    """The quarter ``n`` quarters after ``(year, quarter)`` (before it when ``n`` < 0)."""
    check_quarter(quarter)
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def previous_quarter(year: int, quarter: int) -> Period:
    """The quarter just before ``(year, quarter)``."""
    return shift_quarter(year, quarter, -1)


def last_four_quarters(as_of: Period) -> tuple[Period, ...]:
    """The four quarters ending at ``as_of`` (inclusive), oldest first."""
    year, quarter = as_of
    return tuple(shift_quarter(year, quarter, n) for n in (-3, -2, -1, 0))
