"""Rows to records: the file's number format and date order, and problems by line and column."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.domain.header_matching import match_columns
from kamdesk.domain.import_fields import ImportKind
from kamdesk.domain.import_records import TableRow, decide_formats, read_records
from kamdesk.domain.spreadsheet_dates import SlashOrder

HEADER = ("Company", "City", "Annual revenue", "Customer since")


def _rows(*cells: tuple[str, ...]) -> list[TableRow]:
    return [TableRow(line, row) for line, row in enumerate(cells, start=2)]


def test_only_number_and_date_columns_vote_on_the_format() -> None:
    mapping = match_columns(ImportKind.ACCOUNTS, HEADER)
    rows = _rows(
        ("3M", "Saint Paul, Minnesota", "1,234,567.89", "12/31/1999"),
        ("Abbott", "North Chicago, Illinois", "1,000", "03/04/2001"),
    )
    formats = decide_formats(rows, mapping, default_decimal_comma=True)
    assert formats.decimal_comma is False  # the cities' commas said nothing
    assert formats.slash_order is SlashOrder.MONTH_FIRST


def test_the_users_choice_wins_over_the_guess() -> None:
    mapping = match_columns(ImportKind.ACCOUNTS, HEADER)
    rows = _rows(("A", "x", "1,234,567.89", "12/31/1999"))
    formats = decide_formats(rows, mapping, default_decimal_comma=False, decimal_comma=True,
                             slash_order=SlashOrder.DAY_FIRST)
    assert (formats.decimal_comma, formats.slash_order) == (True, SlashOrder.DAY_FIRST)


def test_a_row_with_a_bad_cell_is_a_problem_named_by_line_and_header() -> None:
    mapping = match_columns(ImportKind.ACCOUNTS, ("Firma", "Jahresumsatz", "Kunde seit"))
    rows = _rows(("Brühl AG", "1.234,50", "01.03.2015"), ("Kessler", "zwölf Mio", "gestern"),
                 ("Dvořák", "", ""))
    formats = decide_formats(rows, mapping, default_decimal_comma=True)
    records, problems = read_records(rows, mapping, formats)
    assert [r.line for r in records] == [2, 4]
    assert records[0].values["annual_revenue"] == Decimal("1234.50")
    assert records[1].values == {"name": "Dvořák"}  # empty cells are simply absent
    assert [p.sentence() for p in problems] == [
        "line 3, Jahresumsatz: 'zwölf Mio' is not a number.",
        "line 3, Kunde seit: 'gestern' is not a date.",
    ]


def test_quarter_columns_become_the_records_quarters() -> None:
    mapping = match_columns(ImportKind.REVENUE, ("Kunde", "Q1 2026", "Q2 2026"))
    formats = decide_formats(_rows(), mapping, default_decimal_comma=True)
    records, problems = read_records(_rows(("Brühl AG", "1.000,00", "")), mapping, formats)
    assert problems == []
    assert records[0].quarters == {(2026, 1): Decimal("1000.00")}
