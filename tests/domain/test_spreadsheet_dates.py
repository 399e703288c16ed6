"""Spreadsheet dates: dotted, ISO and slashed, with the slash order decided by the file."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.spreadsheet_dates import (
    AMBIGUOUS_DATE,
    NOT_A_DATE,
    DateProblem,
    SlashOrder,
    guess_slash_order,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("31.12.2024", None, date(2024, 12, 31)),
        ("1.3.2015", None, date(2015, 3, 1)),
        ("2024-02-29", None, date(2024, 2, 29)),
        ("2024-02-29 00:00:00", None, date(2024, 2, 29)),
        ("2024-02-29T13:45", None, date(2024, 2, 29)),
        ("12/31/2024", None, date(2024, 12, 31)),  # only month/day fits
        ("31/12/2024", None, date(2024, 12, 31)),  # only day/month fits
        ("05/05/2024", None, date(2024, 5, 5)),  # both readings agree
        ("03/04/2024", SlashOrder.DAY_FIRST, date(2024, 4, 3)),
        ("03/04/2024", SlashOrder.MONTH_FIRST, date(2024, 3, 4)),
        ("  ", None, None),
    ],
)
def test_dates_are_read(text: str, order: SlashOrder | None, expected: date | None) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("03/04/2024", AMBIGUOUS_DATE), ("31.02.2024", NOT_A_DATE), ("gestern", NOT_A_DATE),
     ("2024-13-01", NOT_A_DATE), ("1.1.24", NOT_A_DATE)],
)
def test_bad_and_ambiguous_dates_are_refused(text: str, code: str) -> None:
    with pytest.raises(DateProblem) as raised:
        parse_date(text, None)
    assert raised.value.code == code
    assert text in str(raised.value)


def test_the_slash_order_is_the_majority_of_the_unambiguous_dates() -> None:
    assert guess_slash_order(["03/04/2024", "25/12/2024", "13/01/2023"]) is SlashOrder.DAY_FIRST
    assert guess_slash_order(["03/04/2024", "12/25/2024"]) is SlashOrder.MONTH_FIRST
    assert guess_slash_order(["03/04/2024", "05/06/2024", "01.02.2024"]) is None
    assert guess_slash_order(["13/01/2024", "01/13/2024"]) is None  # a tie says nothing
