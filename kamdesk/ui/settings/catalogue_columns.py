"""The columns of the catalogue page's two tables: our offerings and the pipeline stages.

Both are plain row tables (:class:`RowTableModel`). A price or a probability typed into a
cell is read here; what cannot be read is refused with a sentence and nothing is asked for.
The page stores an edit as an undoable command, and the reload after it shows what was
stored.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from kamdesk.services.growth.offering_catalogue import OfferingRow
from kamdesk.ui.common.money_text import format_amount_for_editing, format_money, parse_money
from kamdesk.ui.common.row_table_model import Column, RowTableModel

# The column of an offering's list price, and of a stage's default probability.
OFFERING_PRICE = 2
STAGE_PROBABILITY = 1


def offering_model(currency_symbol: Callable[[], str], parent: QObject) -> RowTableModel:
    """Name, category, list price (in the company's currency) and whether it is sold."""

    def price(value: Decimal | None) -> str:
        return format_money(value, currency_symbol())

    def retired_in_grey(row: OfferingRow) -> Qt.GlobalColor | None:
        return None if row.active else Qt.GlobalColor.gray

    return RowTableModel(
        [
            Column("name", QCoreApplication.translate("CatalogueColumns", "Offering"),
                   parse=str.strip),
            Column("category", QCoreApplication.translate("CatalogueColumns", "Category"),
                   parse=str.strip),
            Column("list_price", QCoreApplication.translate("CatalogueColumns", "List price"),
                   display=price, parse=parse_money, edit_text=format_amount_for_editing,
                   align_right=True),
            Column("active", QCoreApplication.translate("CatalogueColumns", "Active"),
                   editor="check"),
        ],
        parent,
        row_colour=retired_in_grey,
    )


def stage_model(parent: QObject) -> RowTableModel:
    """Pipeline stages in order: name and default probability."""
    return RowTableModel(
        [
            Column("name", QCoreApplication.translate("CatalogueColumns", "Stage"),
                   parse=str.strip),
            Column("default_probability",
                   QCoreApplication.translate("CatalogueColumns", "Default probability"),
                   display=lambda value: QLocale().toString(value) + " %",
                   parse=read_probability, edit_text=str, align_right=True),
        ],
        parent,
    )


def read_probability(text: str) -> int:
    """A whole percentage from 0 to 100, as typed ("40", "40 %")."""
    number, ok = QLocale().toInt(text.replace("%", "").strip())
    if not ok or not 0 <= number <= 100:
        raise ValueError(QCoreApplication.translate(
            "CatalogueColumns", "The probability must be a whole number from 0 to 100 %."
        ))
    return number
