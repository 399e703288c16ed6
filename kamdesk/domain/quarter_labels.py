"""Fiscal quarters as ERP exports and spreadsheets name them.

"Q3 2026", "Q3/2026", "2026-Q3", "2026 Q3", "3/2026", "3. Quartal 2026", "Quartal 3 2026"
and "Q3 26"-free spellings all mean fiscal quarter 3 of fiscal year 2026 (a fiscal year is
named by the calendar year in which it starts, as in :mod:`kamdesk.domain.fiscal_periods`).
The same function reads a revenue row's period cell and the header of a column in a
one-column-per-quarter sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamdesk.domain.fiscal_periods import Period

NOT_A_PERIOD = "not_a_period"

_YEAR = r"(?P<year>\d{4})"
_QUARTER = r"(?P<quarter>[1-4])"
_SEP = r"\s*[-/ ]?\s*"
_PATTERNS = tuple(
    re.compile(f"^{pattern}$", re.IGNORECASE)
    for pattern in (
        rf"Q{_QUARTER}{_SEP}{_YEAR}",  # Q3 2026, Q3/2026, Q3-2026
        rf"{_YEAR}{_SEP}Q{_QUARTER}",  # 2026-Q3, 2026 Q3, 2026/Q3
        rf"{_QUARTER}\s*/\s*{_YEAR}",  # 3/2026
        rf"{_QUARTER}\.?\s*(?:Quartal|Qu\.?|quarter)\s*{_YEAR}",  # 3. Quartal 2026
        rf"(?:Quartal|quarter)\s*{_QUARTER}\s*[-/ ]?\s*{_YEAR}",  # Quartal 3 2026
        rf"(?:FY|GJ)\s*{_YEAR}\s*[-/ ]?\s*Q{_QUARTER}",  # FY2026 Q3
    )
)


@dataclass(frozen=True)
class PeriodProblem(Exception):
    """A cell that names no quarter."""

    text: str
    code: str = NOT_A_PERIOD

    def __str__(self) -> str:
        return f"{self.text!r} is not a quarter such as 'Q3 2026' or '2026-Q3'."


def match_quarter_label(text: str) -> Period | None:
    """The (fiscal year, quarter) a label names, or None when it names none."""
    stripped = " ".join(text.split())
    for pattern in _PATTERNS:
        match = pattern.match(stripped)
        if match:
            return int(match.group("year")), int(match.group("quarter"))
    return None


def parse_quarter_label(text: str) -> Period:
    """Like :func:`match_quarter_label`, but a label that names no quarter is a problem."""
    period = match_quarter_label(text)
    if period is None:
        raise PeriodProblem(text.strip())
    return period
