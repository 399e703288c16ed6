"""Reading numbers from a block copied out of a spreadsheet (Excel, LibreOffice Calc).

A copied block arrives as text: rows separated by line breaks, cells by tabs, each cell as
the spreadsheet *displayed* it — "1.234,56 €" from a German sheet, "€1,234.56" from an
English one, "" for an empty cell. This module turns such text into cells and cells into
values, and says in words (a stable code plus an English sentence) why a cell cannot be
read, so a caller can list the problems cell by cell before anything is written.

Which character is the decimal separator is decided for the whole block, because a single
"1.234" is ambiguous (one thousand two hundred thirty-four in German, one point two three
four in English) while its neighbours usually are not: see :func:`guess_decimal_comma`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Codes of the problems a cell can have; callers translate them for display.
NOT_A_NUMBER = "not_a_number"
NEGATIVE = "negative"
TOO_MANY_PLACES = "too_many_places"
NOT_A_QUARTER = "not_a_quarter"
NOT_A_YEAR = "not_a_year"
NOT_A_FLAG = "not_a_flag"

_MESSAGES = {
    NOT_A_NUMBER: "{text!r} is not a number.",
    NEGATIVE: "{text!r} is negative; only amounts of zero or more are allowed.",
    TOO_MANY_PLACES: "{text!r} has more than {places} decimal places.",
    NOT_A_QUARTER: "{text!r} is not a quarter (1 to 4).",
    NOT_A_YEAR: "{text!r} is not a year between {low} and {high}.",
    NOT_A_FLAG: "{text!r} is neither yes nor no.",
}

# What spreadsheets put around a number that is not part of it: currency signs and codes,
# and the spaces used as thousands separators (normal, no-break, narrow no-break, thin).
_DECORATION = re.compile(r"(€|\$|£|EUR|USD|GBP|CHF|[\s\u00a0\u202f\u2009'’])", re.IGNORECASE)
_DIGITS_AND_SEPARATORS = re.compile(r"^[0-9.,]*[0-9][0-9.,]*$")
_QUARTER = re.compile(r"^(?:Q|QUARTAL\s*)?([0-9]+)\.?(?:\s*Q|\s*QUARTAL)?$", re.IGNORECASE)

YES_WORDS = frozenset({"1", "x", "y", "yes", "j", "ja", "true", "wahr", "✓", "✔"})
NO_WORDS = frozenset({"", "0", "n", "no", "nein", "false", "falsch", "-"})


@dataclass(frozen=True)
class CellProblem(Exception):
    """Why a cell cannot be read: a stable ``code`` and the values its message names."""

    code: str
    text: str
    places: int = 2
    low: int = 1900
    high: int = 2200

    def __str__(self) -> str:
        return _MESSAGES[self.code].format(
            text=self.text, places=self.places, low=self.low, high=self.high
        )


def split_block(text: str) -> tuple[tuple[str, ...], ...]:
    """Rows of cells of a copied block; the line break after the last row is not a row.

    Spreadsheets quote a cell that holds a tab or line break ("a<TAB>b"); such quotes are
    honoured so that the cell stays one cell.
    """
    rows: list[tuple[str, ...]] = []
    cells: list[str] = []
    current: list[str] = []
    in_quotes = False
    index = 0
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    while index < len(normalized):
        char = normalized[index]
        if in_quotes:
            if char == '"' and normalized[index + 1 : index + 2] == '"':
                current.append('"')
                index += 1
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"' and not current:
            in_quotes = True
        elif char == "\t":
            cells.append("".join(current))
            current = []
        elif char == "\n":
            cells.append("".join(current))
            rows.append(tuple(cells))
            cells, current = [], []
        else:
            current.append(char)
        index += 1
    if current or cells:
        cells.append("".join(current))
        rows.append(tuple(cells))
    return tuple(rows)


def _bare(text: str) -> tuple[str, bool]:
    """The digits and separators of a cell, and whether it was marked negative."""
    bare = _DECORATION.sub("", text.strip())
    negative = False
    if bare.startswith("(") and bare.endswith(")"):  # accounting style: (1.234,00)
        bare, negative = bare[1:-1], True
    if bare[:1] in ("-", "−"):
        bare, negative = bare[1:], not negative
    return bare, negative


def _vote(bare: str) -> bool | None:
    """What one cell says about the decimal separator: True comma, False point, None unsure."""
    points, commas = bare.count("."), bare.count(",")
    if points and commas:
        return bare.rfind(",") > bare.rfind(".")
    if points > 1:
        return True  # "1.234.567": points group thousands, so the comma is the decimal mark
    if commas > 1:
        return False
    separator = "." if points else "," if commas else None
    if separator is None:
        return None
    digits_after = len(bare) - bare.find(separator) - 1
    if digits_after == 3:
        return None  # "1.234" and "1,234" read both ways
    return separator == ","


def guess_decimal_comma(texts: Iterable[str], default: bool) -> bool:
    """Whether the block's numbers use a decimal comma (German) or a decimal point.

    Every cell that is unambiguous votes ("1.234,56", "12,5", "1,234,567"); the majority
    wins; with no votes or a tie, ``default`` (the user's locale) decides.
    """
    comma = point = 0
    for text in texts:
        vote = _vote(_bare(text)[0])
        if vote is True:
            comma += 1
        elif vote is False:
            point += 1
    if comma == point:
        return default
    return comma > point


def _valid_grouping(integer_part: str, separator: str) -> bool:
    """Whether ``1.234.567`` style thousands grouping is well formed."""
    groups = integer_part.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def parse_number(text: str, decimal_comma: bool, places: int = 2) -> Decimal | None:
    """The number in a cell as displayed by a spreadsheet; None for an empty cell.

    Raises :class:`CellProblem` for text, malformed grouping, negative amounts or more than
    ``places`` decimal places.
    """
    if not text.strip():
        return None
    bare, negative = _bare(text)
    if not _DIGITS_AND_SEPARATORS.match(bare):
        raise CellProblem(NOT_A_NUMBER, text.strip())
    decimal_mark, group_mark = (",", ".") if decimal_comma else (".", ",")
    if bare.count(decimal_mark) == 0 and bare.count(group_mark) == 1:
        # A lone separator of the "wrong" kind that cannot be a thousands separator
        # ("12.5" in a German block) is taken as the decimal mark it evidently is.
        digits_after = len(bare) - bare.find(group_mark) - 1
        if digits_after != 3:
            decimal_mark, group_mark = group_mark, decimal_mark
    if bare.count(decimal_mark) > 1:
        raise CellProblem(NOT_A_NUMBER, text.strip())
    integer_part, _, fraction = bare.partition(decimal_mark)
    if group_mark in fraction or (not integer_part and not fraction):
        raise CellProblem(NOT_A_NUMBER, text.strip())
    if group_mark in integer_part and not _valid_grouping(integer_part, group_mark):
        raise CellProblem(NOT_A_NUMBER, text.strip())
    digits = integer_part.replace(group_mark, "") or "0"
    try:
        value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation as error:  # pragma: no cover - the pattern admits digits only
        raise CellProblem(NOT_A_NUMBER, text.strip()) from error
    if negative and value != 0:
        raise CellProblem(NEGATIVE, text.strip())
    if len(fraction.rstrip("0")) > places:
        raise CellProblem(TOO_MANY_PLACES, text.strip(), places=places)
    return value


def parse_signed_number(text: str, decimal_comma: bool, places: int = 4) -> Decimal | None:
    """Like :func:`parse_number`, but negative values are allowed (goal metrics)."""
    stripped = text.strip()
    negative = stripped[:1] in ("-", "−")
    try:
        value = parse_number(stripped[1:] if negative else stripped, decimal_comma, places)
    except CellProblem as problem:
        raise CellProblem(problem.code, stripped, places=places) from None
    if value is None:
        if negative:
            raise CellProblem(NOT_A_NUMBER, stripped)
        return None
    return -value if negative else value


def parse_quarter(text: str) -> int:
    """A quarter written as "3", "Q3", "3." or "3. Quartal"."""
    match = _QUARTER.match(text.strip())
    if match is None or not 1 <= int(match.group(1)) <= 4:
        raise CellProblem(NOT_A_QUARTER, text.strip())
    return int(match.group(1))


def parse_year(text: str, low: int = 1900, high: int = 2200) -> int:
    """A year written as digits ("2024", also "FY2024" or "GJ 2024"), within low–high."""
    cleaned = re.sub(r"^(FY|GJ)\s*", "", text.strip(), flags=re.IGNORECASE)
    if not cleaned.isdigit() or not low <= int(cleaned) <= high:
        raise CellProblem(NOT_A_YEAR, text.strip(), low=low, high=high)
    return int(cleaned)


def parse_flag(text: str) -> bool:
    """A yes/no cell: "x", "ja", "yes", "1", "true" … or empty, "nein", "no", "0" …"""
    word = text.strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise CellProblem(NOT_A_FLAG, text.strip())
