"""Table models of the catalogue page: our offerings and the pipeline stages.

Editing a cell does not write: the model reads the typed text, refuses what it cannot
read (``input_refused``) and asks for the change (``edit_requested``); the page pushes an
undoable command, and the reload after it shows what was stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kamdesk.services.growth.offering_catalogue import OfferingRow, StageRow
from kamdesk.ui.common.money_text import format_amount_for_editing, format_money, parse_money

Index = QModelIndex | QPersistentModelIndex
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class OfferingTableModel(QAbstractTableModel):
    """Name, category, list price and whether the offering is active."""

    #: (row id, version, old values, new values)
    edit_requested = Signal(int, int, dict, dict)
    #: A sentence saying why the typed text was not taken.
    input_refused = Signal(str)

    NAME, CATEGORY, PRICE, ACTIVE = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OfferingRow] = []
        self.currency_symbol = "€"

    def set_rows(self, rows: list[OfferingRow], currency_symbol: str = "€") -> None:
        """Show these offerings."""
        self.beginResetModel()
        self.rows = list(rows)
        self.currency_symbol = currency_symbol
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Offering"), self.tr("Category"), self.tr("List price"),
                  self.tr("Active")]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.ACTIVE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
                Qt.ItemFlag.ItemIsUserCheckable
            )
        return EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column == self.ACTIVE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRICE:
                return format_money(row.list_price, self.currency_symbol)
            return row.name if column == self.NAME else row.category
        if role == Qt.ItemDataRole.EditRole:
            if column == self.PRICE:
                return format_amount_for_editing(row.list_price)
            return row.name if column == self.NAME else row.category
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRICE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        return None

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        changes: dict[str, Any]
        if column == self.ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"active": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.PRICE:
            try:
                price = parse_money(str(value))
            except ValueError as error:
                self.input_refused.emit(
                    self.tr("%1: %2").replace("%1", row.name).replace("%2", str(error))
                )
                return False
            changes = {"list_price": price}
        elif column == self.NAME:
            changes = {"name": str(value).strip()}
        else:
            changes = {"category": str(value).strip()}
        old = {name: getattr(row, name) for name in changes}
        if old != changes:
            self.edit_requested.emit(row.id, row.version, old, changes)
        return False  # the reload after the command shows the stored value


class StageTableModel(QAbstractTableModel):
    """Pipeline stages: name and default probability."""

    edit_requested = Signal(int, int, dict, dict)
    input_refused = Signal(str)

    NAME, PROBABILITY = range(2)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StageRow] = []

    def set_rows(self, rows: list[StageRow]) -> None:
        """Show these stages."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [self.tr("Stage"), self.tr("Default probability")]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            return QLocale().toString(row.default_probability) + " %"
        if role == Qt.ItemDataRole.EditRole:
            return row.name if column == self.NAME else str(row.default_probability)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROBABILITY:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        changes: dict[str, Any]
        if index.column() == self.NAME:
            changes = {"name": str(value).strip()}
        else:
            text = str(value).replace("%", "").strip()
            number, ok = QLocale().toInt(text)
            if not ok or not 0 <= number <= 100:
                self.input_refused.emit(
                    self.tr("%1: the probability must be a whole number from 0 to 100 %.")
                    .replace("%1", row.name)
                )
                return False
            changes = {"default_probability": number}
        old = {name: getattr(row, name) for name in changes}
        if old != changes:
            self.edit_requested.emit(row.id, row.version, old, changes)
        return False

