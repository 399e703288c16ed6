"""One cell read as its field's value: numbers, money, dates, quarters, words, and refusals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.domain.import_fields import ValueKind
from kamdesk.domain.import_values import ValueFormats, ValueProblem, cell_text, read_value
from kamdesk.domain.spreadsheet_dates import SlashOrder

GERMAN = ValueFormats(decimal_comma=True)
ENGLISH = ValueFormats(decimal_comma=False, slash_order=SlashOrder.MONTH_FIRST)
APRIL_START = ValueFormats(decimal_comma=True, fiscal_year_start_month=4)


@pytest.mark.parametrize(
    ("cell", "kind", "formats", "value"),
    [
        ("1.234.567,89", ValueKind.MONEY, GERMAN, Decimal("1234567.89")),
        ("1,234,567.89", ValueKind.MONEY, ENGLISH, Decimal("1234567.89")),
        ("1.234.567,89 €", ValueKind.MONEY, GERMAN, Decimal("1234567.89")),
        ("12,5", ValueKind.MONEY, GERMAN, Decimal("12.50")),
        (1234.5, ValueKind.MONEY, GERMAN, Decimal("1234.50")),  # an .xlsx number cell
        (0.1, ValueKind.MONEY, GERMAN, Decimal("0.10")),  # not 0.1000000000000000055…
        ("1.200", ValueKind.INTEGER, GERMAN, 1200),
        ("1,200", ValueKind.INTEGER, ENGLISH, 1200),
        (1200.0, ValueKind.INTEGER, GERMAN, 1200),
        ("01.03.2015", ValueKind.DATE, GERMAN, date(2015, 3, 1)),
        (datetime(2015, 3, 1, 0, 0), ValueKind.DATE, GERMAN, date(2015, 3, 1)),
        ("3/1/2015", ValueKind.DATE, ENGLISH, date(2015, 3, 1)),
        ("Q3 2026", ValueKind.PERIOD, GERMAN, (2026, 3)),
        ("15.08.2026", ValueKind.PERIOD, GERMAN, (2026, 3)),
        # With a fiscal year from April, 15 January 2027 is the fourth quarter of FY2026.
        (datetime(2027, 1, 15), ValueKind.PERIOD, APRIL_START, (2026, 4)),
        ("GJ 2025", ValueKind.YEAR, GERMAN, 2025),
        ("3. Quartal", ValueKind.QUARTER, GERMAN, 3),
        ("ja", ValueKind.FLAG, GERMAN, True),
        (False, ValueKind.FLAG, GERMAN, False),
        ("Deutschland", ValueKind.COUNTRY, GERMAN, "DE"),
        ("Schlüsselkunde", ValueKind.TIER, GERMAN, Tier.KEY),
        ("Emerging key", ValueKind.TIER, GERMAN, Tier.EMERGING),
        ("halbjährlich", ValueKind.CADENCE, GERMAN, ReviewCadence.HALF_YEARLY),
        ("Europe/Berlin", ValueKind.TIME_ZONE, GERMAN, "Europe/Berlin"),
        ("  =HYPERLINK(\"x\")  ", ValueKind.TEXT, GERMAN, '=HYPERLINK("x")'),  # kept literally
        (4711, ValueKind.TEXT, GERMAN, "4711"),
    ],
)
def test_cells_are_read(cell: object, kind: ValueKind, formats: ValueFormats,
                        value: object) -> None:
    assert read_value(cell, kind, formats) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "kind", "code", "sentence"),
    [
        ("zwölf Mio", ValueKind.MONEY, "not_a_number", "'zwölf Mio' is not a number."),
        ("-500", ValueKind.MONEY, "negative", "'-500' is negative"),
        ("12,345", ValueKind.MONEY, "too_many_places", "more than 2 decimal places"),
        (12.345, ValueKind.MONEY, "too_many_places", "more than 2 decimal places"),
        ("12,5", ValueKind.INTEGER, "not_a_whole_number", "'12,5' is not a whole number."),
        ("morgen", ValueKind.DATE, "not_a_date", "'morgen' is not a date."),
        ("03/04/2024", ValueKind.DATE, "ambiguous_date", "day/month or month/day"),
        ("Q5 2026", ValueKind.PERIOD, "not_a_period", "is not a quarter"),
        ("Atlantis", ValueKind.COUNTRY, "not_a_country", "'Atlantis' is not a country"),
        ("VIP", ValueKind.TIER, "not_a_tier", "'VIP' is not a tier"),
        ("ständig", ValueKind.CADENCE, "not_a_cadence", "is not a review cadence"),
        ("Berlin", ValueKind.TIME_ZONE, "not_a_time_zone", "is not a time zone"),
        ("jo at example", ValueKind.EMAIL, "not_an_email", "is not an e-mail address"),
        ("vielleicht", ValueKind.FLAG, "not_a_flag", "neither yes nor no"),
    ],
)
def test_cells_that_cannot_be_read_say_why(cell: object, kind: ValueKind, code: str,
                                           sentence: str) -> None:
    with pytest.raises(ValueProblem) as raised:
        read_value(cell, kind, GERMAN)  # type: ignore[arg-type]
    assert raised.value.code == code
    assert sentence in str(raised.value)


def test_text_longer_than_its_column_is_refused() -> None:
    with pytest.raises(ValueProblem) as raised:
        read_value("x" * 21, ValueKind.TEXT, GERMAN, max_length=20)
    assert (raised.value.code, raised.value.detail) == ("too_long", "20")


def test_cell_text_shows_workbook_values_plainly() -> None:
    assert cell_text(5.0) == "5"
    assert cell_text(0.1) == "0.1"
    assert cell_text(datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_text(None) == ""
