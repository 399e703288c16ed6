"""Reading numbers out of blocks copied from Excel or LibreOffice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.pasted_numbers import (
    NEGATIVE,
    NOT_A_FLAG,
    NOT_A_NUMBER,
    NOT_A_QUARTER,
    NOT_A_YEAR,
    TOO_MANY_PLACES,
    CellProblem,
    guess_decimal_comma,
    parse_flag,
    parse_number,
    parse_quarter,
    parse_signed_number,
    parse_year,
    split_block,
)


def test_split_block_rows_and_cells() -> None:
    text = "2024\t1\t1.234,56\r\n2024\t2\t\t\r\n"
    assert split_block(text) == (("2024", "1", "1.234,56"), ("2024", "2", "", ""))


def test_split_block_keeps_quoted_tabs_and_line_breaks_in_one_cell() -> None:
    assert split_block('"a\tb"\t"line\nbreak ""x"""\n') == (("a\tb", 'line\nbreak "x"'),)


def test_split_block_of_nothing_is_empty() -> None:
    assert split_block("") == ()


def test_split_block_single_cell_without_line_break() -> None:
    assert split_block("42") == (("42",),)


@pytest.mark.parametrize(
    ("text", "comma", "expected"),
    [
        ("1.234,56", True, Decimal("1234.56")),
        ("1.234,56 €", True, Decimal("1234.56")),
        ("1 234,56", True, Decimal("1234.56")),
        ("1\u00a0234\u00a0567,5", True, Decimal("1234567.5")),
        ("1.234", True, Decimal("1234")),
        ("12,5", True, Decimal("12.5")),
        ("12.5", True, Decimal("12.5")),  # cannot be grouping: read as a decimal point
        ("1,234.56", False, Decimal("1234.56")),
        ("€1,234.56", False, Decimal("1234.56")),
        ("EUR 1,234,567", False, Decimal("1234567")),
        ("1,234", False, Decimal("1234")),
        ("12,5", False, Decimal("12.5")),
        ("0", False, Decimal("0")),
        ("-0", True, Decimal("0")),
        (",5", True, Decimal("0.5")),
        ("100.000,00", True, Decimal("100000")),
    ],
)
def test_parse_number_formats(text: str, comma: bool, expected: Decimal) -> None:
    assert parse_number(text, comma) == expected


@pytest.mark.parametrize("text", ["", "   ", "\u00a0"])
def test_empty_cell_has_no_value(text: str) -> None:
    assert parse_number(text, True) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("abc", NOT_A_NUMBER),
        ("12a", NOT_A_NUMBER),
        ("1.23.4", NOT_A_NUMBER),
        ("1,234,56", NOT_A_NUMBER),
        ("1.234,56,7", NOT_A_NUMBER),
        ("€", NOT_A_NUMBER),
        ("-5", NEGATIVE),
        ("(1.234,00)", NEGATIVE),
        ("12,345", TOO_MANY_PLACES),
    ],
)
def test_parse_number_problems(text: str, code: str) -> None:
    with pytest.raises(CellProblem) as raised:
        parse_number(text, True, places=2)
    assert raised.value.code == code
    assert text.strip() in str(raised.value)


def test_english_block_refuses_three_decimal_places_for_money() -> None:
    with pytest.raises(CellProblem) as raised:
        parse_number("1.234", False)
    assert raised.value.code == TOO_MANY_PLACES
    assert "2 decimal places" in str(raised.value)


def test_signed_numbers_for_goal_metrics() -> None:
    assert parse_signed_number("-2,5", True) == Decimal("-2.5")
    assert parse_signed_number("3.1415", False) == Decimal("3.1415")
    assert parse_signed_number("", True) is None
    with pytest.raises(CellProblem) as raised:
        parse_signed_number("-", True)
    assert raised.value.code == NOT_A_NUMBER
    with pytest.raises(CellProblem):
        parse_signed_number("zwölf", True)


@pytest.mark.parametrize(
    ("texts", "default", "expected"),
    [
        (["1.234,56", "12"], False, True),
        (["1,234.56", "12"], True, False),
        (["1.234", "2.345"], True, True),  # ambiguous only: the locale decides
        (["1.234", "2.345"], False, False),
        (["1.234.567", "5"], False, True),
        (["1,234,567", "5"], True, False),
        (["12,5", "1,234.5", "3,25"], False, True),  # majority
        ([], False, False),
    ],
)
def test_guess_decimal_comma(texts: list[str], default: bool, expected: bool) -> None:
    assert guess_decimal_comma(texts, default) is expected


@pytest.mark.parametrize(
    ("text", "quarter"), [("1", 1), ("Q2", 2), ("q3", 3), ("4.", 4), ("3. Quartal", 3)]
)
def test_parse_quarter(text: str, quarter: int) -> None:
    assert parse_quarter(text) == quarter


@pytest.mark.parametrize("text", ["0", "5", "Q5", "", "first"])
def test_parse_quarter_refuses(text: str) -> None:
    with pytest.raises(CellProblem) as raised:
        parse_quarter(text)
    assert raised.value.code == NOT_A_QUARTER
    assert "1 to 4" in str(raised.value)


def test_parse_year() -> None:
    assert parse_year("2024") == 2024
    assert parse_year("FY 2023") == 2023
    for text in ("24x", "1800", "", "2201"):
        with pytest.raises(CellProblem) as raised:
            parse_year(text)
        assert raised.value.code == NOT_A_YEAR


@pytest.mark.parametrize(("text", "flag"), [("x", True), ("Ja", True), ("", False), ("no", False)])
def test_parse_flag(text: str, flag: bool) -> None:
    assert parse_flag(text) is flag


def test_parse_flag_refuses_other_words() -> None:
    with pytest.raises(CellProblem) as raised:
        parse_flag("maybe")
    assert raised.value.code == NOT_A_FLAG
