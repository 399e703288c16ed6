"""Quarter labels as ERP exports write them."""

from __future__ import annotations

import pytest

from kamdesk.domain.quarter_labels import PeriodProblem, match_quarter_label, parse_quarter_label


@pytest.mark.parametrize(
    "text",
    ["Q3 2026", "q3/2026", "Q3-2026", "2026-Q3", "2026 Q3", "2026/Q3", "3/2026",
     "3. Quartal 2026", "Quartal 3 2026", "FY2026 Q3", "  Q3   2026 "],
)
def test_every_spelling_names_the_third_quarter_of_2026(text: str) -> None:
    assert parse_quarter_label(text) == (2026, 3)


@pytest.mark.parametrize("text", ["Q5 2026", "2026", "Umsatz", "13/2026", "Q3 26", "03.2026"])
def test_other_text_names_no_quarter(text: str) -> None:
    assert match_quarter_label(text) is None
    with pytest.raises(PeriodProblem):
        parse_quarter_label(text)
