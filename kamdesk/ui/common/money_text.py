"""Money as the user reads and types it: locale-formatted amounts and exact parsing.

Parsing never goes through float: "1.234,56" in German or "1,234.56" in English becomes
the exact Decimal, so a typed amount is stored to the cent as typed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale


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


def parse_money(text: str) -> Decimal | None:
    """The exact amount typed (None when empty); ValueError with a sentence when unreadable."""
    locale = QLocale()
    cleaned = "".join(ch for ch in text if not ch.isspace())
    for symbol in ("€", "$", "£", "¥", "CHF", "EUR", "USD", "GBP"):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    decimal_point = locale.decimalPoint()
    group = locale.groupSeparator()
    if group and group != decimal_point:
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(decimal_point, ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(
            QCoreApplication.translate("Money", "Enter an amount, e.g. %1.").replace(
                "%1", locale.toString(12500.5, "f", 2)
            )
        ) from None
    if not amount.is_finite():
        raise ValueError(QCoreApplication.translate("Money", "Enter an amount."))
    return amount
