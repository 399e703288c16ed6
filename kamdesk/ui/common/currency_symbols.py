"""Currency symbols for showing money in the UI (the settings store ISO codes)."""

from __future__ import annotations

from functools import cache

from babel.numbers import get_currency_symbol


@cache
def currency_symbol(code: str, locale: str = "en") -> str:
    """The symbol of an ISO 4217 currency (e.g. "€" for EUR), or the code itself."""
    try:
        return str(get_currency_symbol(code, locale=locale))
    except Exception:  # an unknown code or locale: the code reads fine on its own
        return code
