"""The stretch of time a portfolio analysis looks at: trailing twelve months or a fiscal year.

* ``ttm`` (the default): the four complete fiscal quarters before the quarter containing
  today. The quarter in progress is left out, or every analysis early in a quarter would
  show a dip that is only the calendar.
* ``fyYYYY``: the four quarters of fiscal year YYYY (named by the calendar year in which it
  starts, see :mod:`kamdesk.domain.fiscal_periods`).

Either way the window is four quarters (a year of revenue, so it serves as the annual
revenue of the CLV), and the four quarters before it are the window growth is measured
against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.fiscal_periods import (
    Period,
    fiscal_quarter_of,
    last_four_quarters,
    previous_quarter,
    quarter_end,
    quarter_start,
    shift_quarter,
)

_WINDOW_TEXT = re.compile(r"(?:ttm|fy(\d{4}))")
MIN_FISCAL_YEAR = 1900
MAX_FISCAL_YEAR = 2200


@dataclass(frozen=True)
class WindowChoice:
    """What the user asked for: the trailing twelve months (no year) or one fiscal year."""

    fiscal_year: int | None = None

    @property
    def text(self) -> str:
        """The choice as the command line spells it: ``ttm`` or ``fy2024``."""
        return "ttm" if self.fiscal_year is None else f"fy{self.fiscal_year}"


TRAILING_TWELVE_MONTHS = WindowChoice()


def parse_window(text: str) -> WindowChoice:
    """``ttm`` or ``fyYYYY`` (any case) as a choice; ValueError with a clear message else."""
    match = _WINDOW_TEXT.fullmatch(text.strip().lower())
    if match is None:
        raise ValueError(
            f"{text!r} is not a window: use ttm (the last four complete quarters) "
            "or fy followed by a year, e.g. fy2024"
        )
    if match.group(1) is None:
        return TRAILING_TWELVE_MONTHS
    year = int(match.group(1))
    if not MIN_FISCAL_YEAR <= year <= MAX_FISCAL_YEAR:
        raise ValueError(
            f"fiscal year {year} is out of range ({MIN_FISCAL_YEAR}–{MAX_FISCAL_YEAR})"
        )
    return WindowChoice(year)


@dataclass(frozen=True)
class AnalysisWindow:
    """The four quarters analysed, the four before them, and their calendar dates."""

    choice: WindowChoice
    quarters: tuple[Period, ...]  # oldest first
    previous_quarters: tuple[Period, ...]  # the four quarters just before, oldest first
    start: date
    end: date
    fiscal_year_start_month: int

    @property
    def label(self) -> str:
        """A short English label: ``FY2024`` or ``2024 Q3 – 2025 Q2``."""
        if self.choice.fiscal_year is not None:
            return f"FY{self.choice.fiscal_year}"
        (first_year, first_quarter), (last_year, last_quarter) = self.quarters[0], self.quarters[-1]
        return f"{first_year} Q{first_quarter} – {last_year} Q{last_quarter}"

    @property
    def first(self) -> Period:
        """The oldest quarter of the window."""
        return self.quarters[0]

    @property
    def last(self) -> Period:
        """The newest quarter of the window."""
        return self.quarters[-1]


def resolve_window(
    choice: WindowChoice, today: date, fiscal_year_start_month: int
) -> AnalysisWindow:
    """The quarters and dates of ``choice`` as seen on ``today``."""
    if choice.fiscal_year is None:
        current = fiscal_quarter_of(today, fiscal_year_start_month)
        quarters = last_four_quarters(previous_quarter(*current))
    else:
        quarters = tuple((choice.fiscal_year, quarter) for quarter in (1, 2, 3, 4))
    previous = tuple(shift_quarter(year, quarter, -4) for year, quarter in quarters)
    return AnalysisWindow(
        choice=choice,
        quarters=quarters,
        previous_quarters=previous,
        start=quarter_start(*quarters[0], fiscal_year_start_month),
        end=quarter_end(*quarters[-1], fiscal_year_start_month),
        fiscal_year_start_month=fiscal_year_start_month,
    )


def period_index(period: Period) -> int:
    """A quarter as one integer (year × 4 + quarter), the form the SQL range filters use."""
    year, quarter = period
    return year * 4 + quarter
