"""Formula injection: what a spreadsheet would run gets an apostrophe, numbers stay numbers."""

from __future__ import annotations

import pytest

from kamdesk.domain.csv_injection import neutralise_cell, starts_like_formula


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://evil.example";"Klick")', '\'=HYPERLINK("http://evil.example";"Klick")'),
        ("+49 170 5550101", "'+49 170 5550101"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("-inf", "'-inf"),  # a spreadsheet reads this as a (broken) formula, not a number
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("-1e5", "-1e5"),
        ("Müller = Maier", "Müller = Maier"),
        ("", ""),
    ],
)
def test_cells_that_would_run_are_neutralised(text: str, written: str) -> None:
    assert neutralise_cell(text) == written
    assert starts_like_formula(text) == (written != text)
