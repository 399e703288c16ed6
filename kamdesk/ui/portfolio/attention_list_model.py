"""A list of things that need attention on the dashboard, each leading to its account.

Rows are plain :class:`AttentionItem` values built from the services' results; the view
opens the row's account on a click or Enter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the account id a row leads to
AREA_ROLE = Qt.ItemDataRole.UserRole + 2  # the workspace tab to open there ("" for any)

Index = QModelIndex | QPersistentModelIndex

SEVERITY_COLOURS = {"warning": "#a33a1f", "notice": "#5c6670"}


@dataclass(frozen=True)
class AttentionItem:
    """One line: the sentence, where it leads, and how loudly it is shown."""

    text: str
    account_id: int | None
    area: str = ""
    severity: str = "warning"


class AttentionListModel(QAbstractListModel):
    """Read-only rows of :class:`AttentionItem`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        """Show these rows: only those that differ from the rows shown are replaced.

        After an edit of one account most of a list of thousands stays as it was; a reset
        would make the view measure every wrapped line again (about a second for 1,500
        warnings), while removing and inserting the few rows in between keeps the rest.
        """
        new = list(items)
        old = self._items
        if new == old:
            return
        start = 0
        shortest = min(len(old), len(new))
        while start < shortest and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        if end_old > start:
            self.beginRemoveRows(QModelIndex(), start, end_old - 1)
            del self._items[start:end_old]
            self.endRemoveRows()
        if end_new > start:
            self.beginInsertRows(QModelIndex(), start, end_new - 1)
            self._items[start:start] = new[start:end_new]
            self.endInsertRows()

    def item(self, row: int) -> AttentionItem:
        """The item of one row."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == ACCOUNT_ROLE:
            return item.account_id
        if role == AREA_ROLE:
            return item.area
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(SEVERITY_COLOURS.get(item.severity, SEVERITY_COLOURS["warning"]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if self._items[index.row()].account_id is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags
