"""A table model over plain, frozen row objects, and the delegate that edits its cells.

Columns are described, not coded: which attribute, its header, how it reads, and which
editor changes it. The model never writes anything itself: an edited cell becomes an
``edit_requested(row, field, value)`` signal, sent once the cell's editor has closed; the
tab stores it through a service as an undoable command, and the reload that follows puts
the stored rows back in the model.
Typed text a column cannot read (an amount, a percentage) becomes ``input_refused(row,
sentence)`` instead, and nothing is asked for.
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
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.qt_dates import show_date, show_full_years, to_qdate

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
    #: "text", "number" (0 or more), "choice", "date", "check" (a check box) or "" (read only).
    editor: str = "text"
    #: (label, value) pairs for a "choice" column.
    choices: Choices | None = None
    #: The cell's text from the whole row, when the value alone does not say it.
    row_display: Callable[[Any], str] | None = None
    #: A colour mark beside the text, from the row (an attitude, a contact's freshness).
    decoration: Callable[[Any], Any] | None = None
    #: Whether a row's cell may be edited (default: every row's, when there is an editor).
    editable: Callable[[Any], bool] | None = None
    #: What the cell sorts by, from the row (default: the value; dates by day, text
    #: ignoring case, no value first).
    sort_key: Callable[[Any], Any] | None = None
    #: Figures are right-aligned.
    align_right: bool = False
    #: Marks and small scores are centred.
    centred: bool = False
    #: The cell's own text colour from the row (None: the row's, else the usual).
    colour: Callable[[Any], Any] | None = None
    #: A hint shown over every cell of the column.
    tooltip: str = ""
    #: A row's own hint over the cell (None: none), when it is not the cell's text.
    row_tooltip: Callable[[Any], str | None] | None = None
    #: Reads the typed text into the value; a ValueError's message says why it cannot.
    parse: Callable[[str], Any] | None = None
    #: The text an editor starts with, when it is not the value itself (an amount's digits).
    edit_text: Callable[[Any], Any] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows of one frozen dataclass, one column per :class:`Column`."""

    #: The user changed a cell: (row object, field name, new value).
    edit_requested = Signal(object, str, object)
    #: Typed text was not taken: (row object, the sentence saying why).
    input_refused = Signal(object, str)

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        row_colour: Callable[[Any], Any] | None = None,
        row_italic: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        #: A row's text colour (None: the usual): an offering no longer sold, a deal won.
        #: It wins over a column's own colour.
        self._row_colour = row_colour
        #: Rows set in italics (a person who left the company).
        self._row_italic = row_italic

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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        if role == Qt.ItemDataRole.ToolTipRole and column.row_tooltip is not None:
            return column.row_tooltip(row)
        if column.editor == "check":  # the box says it all: no text beside it
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.row_display is not None:
                return column.row_display(row)
            return self.text_of(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.edit_text is None else column.edit_text(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._row_colour(row) if self._row_colour is not None else None
            if colour is None and column.colour is not None:
                colour = column.colour(row)
            return colour
        if role == Qt.ItemDataRole.FontRole and self._row_italic is not None:
            if not self._row_italic(row):
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == SORT_ROLE:
            return self._sort_key(column.sort_key(row) if column.sort_key else value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centred:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editor == "check":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column.editor and (
            column.editable is None or column.editable(self._rows[index.row()])
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if column.editor == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.parse is not None:
            try:
                value = column.parse(str(value))
            except ValueError as error:
                self.input_refused.emit(row, error_text(error))
                return False
        if getattr(row, column.field) == value:
            return False
        # The cell's editor is still inside its commit: storing the edit reloads the model,
        # which would destroy the editor under its own feet. Ask once the editor has closed.
        QTimer.singleShot(0, self, lambda: self.edit_requested.emit(row, column.field, value))
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
        if value is None:
            return ""
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
            show_full_years(edit)
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
