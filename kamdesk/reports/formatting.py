"""Numbers, money, percentages and dates in the document's language, through Babel.

German documents read "1.234,50 €" and "27.11.2025"; English ones "€1,234.50" and
"Nov 27, 2025". Money is formatted from ``Decimal`` as it comes, never via float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from babel.core import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

_LOCALES = {"en": "en_GB", "de": "de_DE"}


def babel_locale(lang: str) -> str:
    """The Babel locale of a document language."""
    return _LOCALES.get(lang, "en_GB")


@dataclass(frozen=True)
class Formatter:
    """Formats values for one document language and currency."""

    lang: str
    currency: str

    @property
    def locale(self) -> str:
        """The Babel locale name."""
        return babel_locale(self.lang)

    def money(self, value: Decimal | None, *, whole: bool = False) -> str:
        """An amount in the plan's currency; ``whole`` drops the cents (charts, totals)."""
        if value is None:
            return "—"
        if whole:
            pattern = Locale.parse(self.locale).currency_formats["standard"].pattern
            # Babel's pattern carries the decimals; strip them to print whole units.
            pattern = pattern.replace(".00", "")
            return format_currency(
                value.quantize(Decimal(1)),
                self.currency,
                format=pattern,
                locale=self.locale,
                currency_digits=False,
            )
        return format_currency(value, self.currency, locale=self.locale)

    def number(self, value: Decimal | int | None) -> str:
        """A plain number with the language's separators."""
        if value is None:
            return "—"
        return format_decimal(value, locale=self.locale)

    def percent(self, fraction: Decimal | None, *, signed: bool = False) -> str:
        """A fraction (0.125) as a percentage ("12.5%" / "12,5 %")."""
        if fraction is None:
            return "—"
        # German sets a space before the sign ("12,5 %"), English does not.
        pattern = "#,##0.#\u00a0%" if self.lang == "de" else "#,##0.#%"
        text = format_percent(fraction, format=pattern, locale=self.locale)
        if signed and fraction > 0:
            return "+" + text
        return text

    def date(self, value: dt.date | None) -> str:
        """A date in the language's medium format."""
        if value is None:
            return "—"
        return format_date(value, format="medium", locale=self.locale)

    def short_date(self, value: dt.date | None) -> str:
        """A compact date for narrow table columns."""
        if value is None:
            return "—"
        return format_date(value, format="short", locale=self.locale)
