"""Money as the user reads and types it: locale-formatted amounts and exact parsing.

Parsing never goes through float: "1.234,56" in German or "1,234.56" in English becomes
the exact Decimal, so a typed amount is stored to the cent as typed. Every field, cell and
label of the app that shows or takes money goes through this module.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from kamdesk.domain.pasted_numbers import NEGATIVE, TOO_MANY_PLACES, CellProblem, parse_number
from kamdesk.ui.common.form_fields import ParseError


def format_money(value: Decimal | None, symbol: str, decimals: int = 0) -> str:
    """The amount with the currency symbol in the user's locale ("" for no amount)."""
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def format_compact(value: Decimal | None) -> str:
    """A short amount for a narrow cell: 950, 85k, 1.2M (locale decimal point, half up)."""
    if value is None:
        return ""
    locale = QLocale()
    if abs(value) >= Decimal(999_500):
        millions = value / Decimal(1_000_000)
        places = 1 if abs(millions) < Decimal("9.95") else 0
        rounded = millions.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return QCoreApplication.translate("Money", "%1M").replace(
            "%1", locale.toString(float(rounded), "f", places)
        )
    if abs(value) >= 1000:
        thousands = (value / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return QCoreApplication.translate("Money", "%1k").replace(
            "%1", locale.toString(int(thousands))
        )
    return locale.toString(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def format_amount_for_editing(value: Decimal | None) -> str:
    """An amount as the user would type it: no symbol, no grouping, cents only if any."""
    if value is None:
        return ""
    locale = QLocale()
    text = f"{value:f}"
    if "." in text:
        whole, cents = text.split(".")
        text = whole if cents.strip("0") == "" else f"{whole}{locale.decimalPoint()}{cents}"
    return text


def format_amount(value: Decimal | None, decimals: int = 2) -> str:
    """An amount without a currency symbol in the user's locale ("" for no amount)."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def parse_money(text: str) -> Decimal | None:
    """The exact amount typed (None when empty); :class:`ParseError` with a sentence else.

    The one reading of amounts: the spreadsheet rules of :mod:`kamdesk.domain.pasted_numbers`
    (grouping checked, currency signs ignored, at most two decimal places, not negative)
    with the user's locale deciding between decimal comma and point.
    """
    locale = QLocale()
    try:
        return parse_number(text, locale.decimalPoint() == ",", places=2)
    except CellProblem as problem:
        # Spelled out each time (no alias): the translation tool finds only these calls.
        if problem.code == NEGATIVE:
            message = QCoreApplication.translate("Money", "An amount cannot be negative.")
        elif problem.code == TOO_MANY_PLACES:
            message = QCoreApplication.translate("Money", "Enter the amount to the cent at most.")
        else:
            message = QCoreApplication.translate("Money", "Enter an amount, e.g. %1.").replace(
                "%1", locale.toString(12500.5, "f", 2)
            )
        raise ParseError(message) from None
