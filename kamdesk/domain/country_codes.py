"""Countries as people type them into spreadsheets, to ISO 3166-1 alpha-2 codes.

"Deutschland", "Germany", "DE", "USA", "Vereinigte Staaten", "France" → DE, US, FR. Names
come from the Unicode CLDR (through Babel) in English and German, and a few spellings CLDR
does not use but exports do ("USA", "UK", "Holland", "Czech Republic") are added.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from kamdesk.domain.name_keys import name_key

NOT_A_COUNTRY = "not_a_country"

# CLDR lists regions and pseudo-territories next to countries; nobody lives there.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_LANGUAGES = ("en", "de", "fr")
_ALIASES = {
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US",
    "vereinigte staaten von amerika": "US", "amerika": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "großbritannien": "GB",
    "grossbritannien": "GB", "england": "GB", "britain": "GB",
    "holland": "NL", "czech republic": "CZ", "tschechische republik": "CZ",
    "deu": "DE", "aut": "AT", "che": "CH", "fra": "FR", "gbr": "GB", "nld": "NL",
    "ita": "IT", "esp": "ES", "pol": "PL", "cze": "CZ", "bel": "BE", "swe": "SE",
    "south korea": "KR", "korea": "KR", "russia": "RU", "russian federation": "RU",
    "bundesrepublik deutschland": "DE", "brd": "DE", "schweiz": "CH", "suisse": "CH",
}


class CountryProblem(Exception):
    """A cell that names no country kamdesk knows."""

    code = NOT_A_COUNTRY

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f"{self.text!r} is not a country (a name in English or German, or a code like DE)."


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in _LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                names.setdefault(name_key(str(name)), code)
                names.setdefault(code.casefold(), code)
    names.update({name_key(alias): code for alias, code in _ALIASES.items()})
    return names


def country_code(text: str) -> str | None:
    """The two-letter code of the country a cell names; None for an empty cell."""
    key = name_key(text)
    if not key:
        return None
    code = _names().get(key) or _names().get(key.rstrip("."))
    if code is None:
        raise CountryProblem(text.strip())
    return code
