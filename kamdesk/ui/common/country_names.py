"""Country names for ISO 3166-1 alpha-2 codes, in the language of the UI (from Babel/CLDR)."""

from __future__ import annotations

from functools import cache

from babel import Locale

from kamdesk.ui.common.translations import current_language

# CLDR lists regions and pseudo-territories next to countries: these are not places a
# customer has its address.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def ui_language() -> str:
    """The two-letter language the UI speaks (follows the installed translation)."""
    return current_language()


@cache
def country_choices(language: str = "en") -> tuple[tuple[str, str], ...]:
    """Every country as (code, name), sorted by name in that language."""
    territories = Locale.parse(language).territories
    pairs = [
        (code, str(name))
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


def country_name(code: str, language: str | None = None) -> str:
    """The country's name (the code itself when CLDR does not know it; "" for "")."""
    if not code:
        return ""
    names = dict(country_choices(language or ui_language()))
    return names.get(code, code)
