"""Countries by name in English or German, by alias, or by code."""

from __future__ import annotations

import pytest

from kamdesk.domain.country_codes import CountryProblem, country_code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Deutschland", "DE"), ("Germany", "DE"), ("DE", "DE"), ("de", "DE"), ("USA", "US"),
     ("Vereinigte Staaten", "US"), ("United States", "US"), ("France", "FR"),
     ("Frankreich", "FR"), ("Österreich", "AT"), ("Schweiz", "CH"), ("UK", "GB"),
     ("Großbritannien", "GB"), ("Tschechien", "CZ"), ("Czech Republic", "CZ"),
     ("  niederlande ", "NL"), ("Holland", "NL")],
)
def test_countries_are_found(text: str, code: str) -> None:
    assert country_code(text) == code


def test_empty_is_none_and_unknown_is_a_problem() -> None:
    assert country_code("  ") is None
    with pytest.raises(CountryProblem) as raised:
        country_code("Atlantis")
    assert "'Atlantis' is not a country" in str(raised.value)
