"""A table model over plain, frozen row objects, and the delegate that edits its cells.

Columns are described, not coded: which attribute, its header, how it reads, and which
editor changes it. The model never writes anything itself: an edited cell becomes an
``edit_requested(row, field, value)`` signal; the tab stores it through a service as an
undoable command, and the reload that follows puts the stored rows back in the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kamdesk.ui.common.qt_dates import show_date, to_qdate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[str, Any]]]


@dataclass(frozen=True)
class Column:
    """One column: the row attribute it shows, and how it is shown and edited."""

    field: str
    header: str
    #: Turns the value into the cell's text (default: str, "" for None).
    display: Callable[[Any], str] | None = None
    #: "text", "number" (0 or more), "choice", "date" or "" (read only).
    editor: str = "text"
    #: (label, value) pairs for a "choice" column.
    choices: Choices | None = None


class RowTableModel(QAbstractTableModel):
    """Rows of one frozen dataclass, one column per :class:`Column`."""

    #: The user changed a cell: (row object, field name, new value).
    edit_requested = Signal(object, str, object)

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object in this model row."""
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int:
        """The model row of the object with this id (-1: none)."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = getattr(row, column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text_of(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SORT_ROLE:
            return self._sort_key(value)
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editor:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if getattr(row, column.field) == value:
            return False
        self.edit_requested.emit(row, column.field, value)
        return True

    @staticmethod
    def text_of(column: Column, value: Any) -> str:
        """The cell text of a value in this column."""
        if column.display is not None:
            return column.display(value)
        if column.choices is not None:
            return next((label for label, v in column.choices() if v == value), str(value))
        if isinstance(value, date):
            return show_date(value)
        return "" if value is None else str(value)

    @staticmethod
    def _sort_key(value: Any) -> Any:
        if isinstance(value, date):
            return value.toordinal()
        if isinstance(value, str):
            return value.casefold()
        if isinstance(value, tuple):
            return ", ".join(str(v) for v in value).casefold()
        return value if isinstance(value, int | float) else str(value)


class RowEditDelegate(QStyledItemDelegate):
    """Edits a cell with the column's editor: a line, a choice list, or a date."""

    def __init__(self, model: RowTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _column(self, index: AnyIndex) -> Column:
        return self._model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = self._column(index)
        if column.editor == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            for label, value in column.choices():
                combo.addItem(label, value)
            return combo
        if column.editor == "number":
            spin = QSpinBox(parent)
            spin.setRange(0, 1000)
            return spin
        if column.editor == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            return edit
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            editor.setDate(to_qdate(value) if isinstance(value, date) else QDate.currentDate())
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            chosen = editor.date()
            model.setData(index, date(chosen.year(), chosen.month(), chosen.day()))
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
