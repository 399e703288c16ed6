"""Dates as spreadsheets write them: 31.12.2024, 2024-12-31, 12/31/2024 or 31/12/2024.

Dotted dates are day first (German, and most of Europe), ISO dates year first. A date with
slashes is the one that can be read two ways: 03/04/2024 is the 3rd of April in Britain
and March the 4th in the United States. The order is decided for the whole file by the
dates that can only be read one way (:func:`guess_slash_order`); a file whose slash dates
are all ambiguous gets no guess, and each ambiguous date is refused with its row until the
user names the order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

NOT_A_DATE = "not_a_date"
AMBIGUOUS_DATE = "ambiguous_date"

_MESSAGES = {
    NOT_A_DATE: "{text!r} is not a date.",
    AMBIGUOUS_DATE: "{text!r} can be read as day/month or month/day; choose the date order.",
}

_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class SlashOrder(StrEnum):
    """How a date written with slashes is read."""

    DAY_FIRST = "dmy"  # 31/12/2024
    MONTH_FIRST = "mdy"  # 12/31/2024


@dataclass(frozen=True)
class DateProblem(Exception):
    """Why a cell is not a date: a stable ``code`` and the text."""

    code: str
    text: str

    def __str__(self) -> str:
        return _MESSAGES[self.code].format(text=self.text)


def _slashed_parts(text: str) -> tuple[int, int] | None:
    match = _SLASHED.match(text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def guess_slash_order(texts: list[str]) -> SlashOrder | None:
    """The order the unambiguous slash dates show (the majority); None when none shows one."""
    day_first = month_first = 0
    for text in texts:
        parts = _slashed_parts(text)
        if parts is None:
            continue
        first, second = parts
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if day_first == month_first:
        return None
    return SlashOrder.DAY_FIRST if day_first > month_first else SlashOrder.MONTH_FIRST


def parse_date(text: str, slash_order: SlashOrder | None) -> date | None:
    """The date in a cell (None when empty); raises :class:`DateProblem`."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        if match := _DOTTED.match(stripped):
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if match := _ISO.match(stripped):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _SLASHED.match(stripped):
            first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            order = slash_order
            if order is None:
                if first == second or first > 12 >= second:
                    order = SlashOrder.DAY_FIRST
                elif second > 12 >= first:
                    order = SlashOrder.MONTH_FIRST
                else:
                    raise DateProblem(AMBIGUOUS_DATE, stripped)
            if order is SlashOrder.DAY_FIRST:
                return date(year, second, first)
            return date(year, first, second)
    except ValueError:  # 31.02.2024: the pattern fits, the calendar does not
        raise DateProblem(NOT_A_DATE, stripped) from None
    raise DateProblem(NOT_A_DATE, stripped)
