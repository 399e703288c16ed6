"""Fiscal quarters for January, April and October fiscal-year starts, and quarter arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.fiscal_periods import (
    fiscal_quarter_of,
    last_four_quarters,
    previous_quarter,
    quarter_end,
    quarter_start,
    shift_quarter,
)


@pytest.mark.parametrize(
    ("day", "start_month", "expected"),
    [
        (date(2024, 1, 1), 1, (2024, 1)),
        (date(2024, 12, 31), 1, (2024, 4)),
        # April start: FY2024 = Apr 2024 – Mar 2025, named by the year it starts in.
        (date(2024, 4, 1), 4, (2024, 1)),
        (date(2024, 6, 30), 4, (2024, 1)),
        (date(2024, 7, 1), 4, (2024, 2)),
        (date(2024, 12, 31), 4, (2024, 3)),
        (date(2025, 1, 15), 4, (2024, 4)),
        (date(2025, 3, 31), 4, (2024, 4)),
        (date(2024, 3, 31), 4, (2023, 4)),
        # October start: FY2024 = Oct 2024 – Sep 2025.
        (date(2024, 10, 1), 10, (2024, 1)),
        (date(2024, 12, 31), 10, (2024, 1)),
        (date(2025, 1, 1), 10, (2024, 2)),
        (date(2025, 9, 30), 10, (2024, 4)),
        (date(2024, 9, 30), 10, (2023, 4)),
    ],
)
def test_fiscal_quarter_of(day: date, start_month: int, expected: tuple[int, int]) -> None:
    assert fiscal_quarter_of(day, start_month) == expected


@pytest.mark.parametrize(
    ("year", "quarter", "start_month", "first", "last"),
    [
        (2024, 1, 1, date(2024, 1, 1), date(2024, 3, 31)),
        (2024, 4, 1, date(2024, 10, 1), date(2024, 12, 31)),
        (2024, 1, 4, date(2024, 4, 1), date(2024, 6, 30)),
        (2024, 4, 4, date(2025, 1, 1), date(2025, 3, 31)),
        (2024, 1, 10, date(2024, 10, 1), date(2024, 12, 31)),
        (2024, 2, 10, date(2025, 1, 1), date(2025, 3, 31)),
        (2024, 4, 10, date(2025, 7, 1), date(2025, 9, 30)),
        # Leap February inside a December-start Q1: Dec 2023 – Feb 2024.
        (2023, 1, 12, date(2023, 12, 1), date(2024, 2, 29)),
    ],
)
def test_quarter_bounds(year: int, quarter: int, start_month: int, first: date, last: date) -> None:
    assert quarter_start(year, quarter, start_month) == first
    assert quarter_end(year, quarter, start_month) == last


def test_shift_across_year_boundaries() -> None:
    assert previous_quarter(2025, 1) == (2024, 4)
    assert previous_quarter(2025, 3) == (2025, 2)
    assert shift_quarter(2024, 4, 1) == (2025, 1)
    assert shift_quarter(2024, 3, -4) == (2023, 3)
    assert shift_quarter(2024, 2, -7) == (2022, 3)
    assert shift_quarter(2024, 2, 0) == (2024, 2)
    assert last_four_quarters((2025, 2)) == ((2024, 3), (2024, 4), (2025, 1), (2025, 2))


@pytest.mark.parametrize("bad", [0, 5])
def test_bad_quarter_rejected(bad: int) -> None:
    with pytest.raises(ValueError, match="quarter"):
        quarter_start(2024, bad, 1)
    with pytest.raises(ValueError, match="quarter"):
        shift_quarter(2024, bad, 1)


@pytest.mark.parametrize("bad", [0, 13])
def test_bad_start_month_rejected(bad: int) -> None:
    with pytest.raises(ValueError, match="start month"):
        fiscal_quarter_of(date(2024, 1, 1), bad)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    start_month=st.integers(1, 12),
)
def test_day_lies_inside_its_quarter(day: date, start_month: int) -> None:
    year, quarter = fiscal_quarter_of(day, start_month)
    assert (
        quarter_start(year, quarter, start_month) <= day <= quarter_end(year, quarter, start_month)
    )
    # Quarters tile the calendar: the day after a quarter's end starts the next quarter.
    after = quarter_end(year, quarter, start_month) + timedelta(days=1)
    assert fiscal_quarter_of(after, start_month) == shift_quarter(year, quarter, 1)


@given(st.integers(1900, 2200), st.integers(1, 4), st.integers(-50, 50))
def test_shift_round_trip(year: int, quarter: int, n: int) -> None:
    assert shift_quarter(*shift_quarter(year, quarter, n), -n) == (year, quarter)
