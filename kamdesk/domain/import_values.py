"""Reading one imported cell as the value its field needs, or saying why it cannot be.

A cell is what the file reader found: text from a CSV file, or a real number, date or
boolean from an ``.xlsx`` sheet. Text is read with the file's number format (decimal comma
or point) and date order; numbers and dates from a workbook are taken as they are. Every
refusal is a :class:`ValueProblem` with a stable code (the app words it in the user's
language) and an English sentence (the command line prints it).
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from kamdesk.domain.country_codes import CountryProblem, country_code
from kamdesk.domain.fiscal_periods import Period, fiscal_quarter_of
from kamdesk.domain.import_fields import CADENCE_WORDS, TIER_WORDS, ValueKind, word_key
from kamdesk.domain.pasted_numbers import CellProblem, parse_flag, parse_number, parse_quarter
from kamdesk.domain.pasted_numbers import parse_year as parse_year_text
from kamdesk.domain.quarter_labels import PeriodProblem, match_quarter_label
from kamdesk.domain.spreadsheet_dates import DateProblem, SlashOrder, parse_date

Cell = str | int | float | Decimal | date | bool | None
"""A cell as a reader returns it (``datetime`` is a ``date``)."""

NOT_A_WHOLE_NUMBER = "not_a_whole_number"
TOO_LONG = "too_long"
NOT_A_TIER = "not_a_tier"
NOT_A_CADENCE = "not_a_cadence"
NOT_A_TIME_ZONE = "not_a_time_zone"
NOT_AN_EMAIL = "not_an_email"

_MESSAGES = {
    NOT_A_WHOLE_NUMBER: "{text!r} is not a whole number.",
    TOO_LONG: "{text!r} is longer than {detail} characters.",
    NOT_A_TIER: "{text!r} is not a tier (key, emerging, standard or archived).",
    NOT_A_CADENCE: "{text!r} is not a review cadence (monthly, quarterly, half-yearly, yearly).",
    NOT_A_TIME_ZONE: "{text!r} is not a time zone such as Europe/Berlin.",
    NOT_AN_EMAIL: "{text!r} is not an e-mail address.",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CENT = Decimal("0.01")
_PLAIN_COMMA = re.compile(r"^(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?$")
_PLAIN_POINT = re.compile(r"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$")


@dataclass(frozen=True)
class ValueProblem(Exception):
    """Why a cell cannot be read: a stable ``code``, the cell's text and a detail."""

    code: str
    text: str
    message: str
    detail: str = ""

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ValueFormats:
    """How the text of a file is read: decimal mark, slash-date order, fiscal year."""

    decimal_comma: bool
    slash_order: SlashOrder | None = None
    fiscal_year_start_month: int = 1


def _problem(code: str, text: str, detail: object = "") -> ValueProblem:
    message = _MESSAGES[code].format(text=text, detail=detail)
    return ValueProblem(code, text, message, str(detail))


def cell_text(cell: Cell) -> str:
    """A cell as text, as the spreadsheet would show it plainly."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(Decimal(repr(cell)))
    return str(cell).strip()


def is_empty(cell: Cell) -> bool:
    """Whether a cell holds nothing."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def read_value(
    cell: Cell, kind: ValueKind, formats: ValueFormats, max_length: int | None = None
) -> object:
    """The value of a non-empty cell for a field of this kind; raises ValueProblem."""
    if kind is ValueKind.TEXT and type(cell) is str:  # the most common cell, read fastest
        text = cell.strip()
        if max_length is not None and len(text) > max_length:
            raise _problem(TOO_LONG, text, max_length)
        return text
    try:
        return _read(cell, kind, formats, max_length)
    except (CellProblem, DateProblem, PeriodProblem, CountryProblem) as problem:
        text = cell_text(cell)
        detail = str(problem.places) if isinstance(problem, CellProblem) else ""
        raise ValueProblem(problem.code, text, str(problem), detail) from None


def _read(cell: Cell, kind: ValueKind, formats: ValueFormats, max_length: int | None) -> object:
    text = cell_text(cell)
    if kind is ValueKind.TEXT:
        if max_length is not None and len(text) > max_length:
            raise _problem(TOO_LONG, text, max_length)
        return text
    if kind is ValueKind.MONEY:
        return _money(cell, formats)
    if kind is ValueKind.INTEGER:
        return _whole(cell, formats)
    if kind is ValueKind.DATE:
        if isinstance(cell, datetime):
            return cell.date()
        if isinstance(cell, date):
            return cell
        return parse_date(text, formats.slash_order)
    if kind is ValueKind.PERIOD:
        return _period(cell, formats)
    if kind is ValueKind.YEAR:
        return parse_year_text(text)
    if kind is ValueKind.QUARTER:
        return parse_quarter(text)
    if kind is ValueKind.FLAG:
        return cell if isinstance(cell, bool) else parse_flag(text)
    if kind is ValueKind.COUNTRY:
        return country_code(text)
    if kind is ValueKind.TIER:
        tier = TIER_WORDS.get(word_key(text))
        if tier is None:
            raise _problem(NOT_A_TIER, text)
        return tier
    if kind is ValueKind.CADENCE:
        cadence = CADENCE_WORDS.get(word_key(text)) or CADENCE_WORDS.get(
            word_key(text).replace("_", " ")
        )
        if cadence is None:
            raise _problem(NOT_A_CADENCE, text)
        return cadence
    if kind is ValueKind.TIME_ZONE:
        if text not in _time_zones():
            raise _problem(NOT_A_TIME_ZONE, text)
        return text
    if kind is ValueKind.EMAIL:
        if not _EMAIL.match(text) or len(text) > 254:
            raise _problem(NOT_AN_EMAIL, text)
        return text
    raise AssertionError(f"unknown value kind {kind}")  # pragma: no cover


def _number(cell: Cell, formats: ValueFormats, places: int) -> Decimal:
    """A non-negative number with at most ``places`` decimal places."""
    if isinstance(cell, bool | date):
        raise CellProblem("not_a_number", cell_text(cell))
    if isinstance(cell, int | float | Decimal):
        value = Decimal(repr(cell)) if isinstance(cell, float) else Decimal(cell)
        if value < 0:
            raise CellProblem("negative", cell_text(cell))
        if value != value.quantize(Decimal(1).scaleb(-places)):
            raise CellProblem("too_many_places", cell_text(cell), places=places)
        return value
    text = str(cell).strip()
    plain = (_PLAIN_COMMA if formats.decimal_comma else _PLAIN_POINT).match(text)
    if plain is not None:  # "1.234.567,89" or "1234,5": no need for the general reader
        group, mark = (".", ",") if formats.decimal_comma else (",", ".")
        whole, _, fraction = text.partition(mark)
        if len(fraction) <= places:
            return Decimal(whole.replace(group, "") + ("." + fraction if fraction else ""))
    parsed = parse_number(text, formats.decimal_comma, places=places)
    assert parsed is not None  # empty cells never get here
    return parsed


def _money(cell: Cell, formats: ValueFormats) -> Decimal:
    return _number(cell, formats, 2).quantize(_CENT)


def _whole(cell: Cell, formats: ValueFormats) -> int:
    try:
        value = _number(cell, formats, 0)
    except CellProblem as problem:
        if problem.code == "too_many_places":
            raise _problem(NOT_A_WHOLE_NUMBER, cell_text(cell)) from None
        raise
    return int(value)


def _period(cell: Cell, formats: ValueFormats) -> Period:
    if isinstance(cell, datetime):
        return fiscal_quarter_of(cell.date(), formats.fiscal_year_start_month)
    if isinstance(cell, date):
        return fiscal_quarter_of(cell, formats.fiscal_year_start_month)
    text = cell_text(cell)
    period = match_quarter_label(text)
    if period is not None:
        return period
    try:
        day = parse_date(text, formats.slash_order)
    except DateProblem:
        raise PeriodProblem(text) from None
    assert day is not None
    return fiscal_quarter_of(day, formats.fiscal_year_start_month)
