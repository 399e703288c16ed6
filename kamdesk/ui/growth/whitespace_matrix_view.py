"""The matrix table view: keyboard editing of cell statuses, and the cell context menu.

Arrows move between cells as in any table; a letter sets the current cell's status (A
active, O opportunity, P in progress, C competitor, N not relevant, U or ? unknown;
Delete also means unknown); Enter asks to edit the value. The view only says what the
user asked for (signals); the tab turns that into undoable edits.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from kamdesk.domain.enums import CellStatus
from kamdesk.ui.growth.whitespace_cell_delegate import WhitespaceCellDelegate, WrappingHeaderView
from kamdesk.ui.growth.whitespace_matrix_model import (
    STATUS_STYLES,
    WhitespaceMatrixModel,
    status_label,
)

# Keys that set a status, beyond each status's own letter.
EXTRA_KEYS: dict[int, CellStatus] = {
    Qt.Key.Key_Question: CellStatus.UNKNOWN,
    Qt.Key.Key_Delete: CellStatus.UNKNOWN,
    Qt.Key.Key_Backspace: CellStatus.UNKNOWN,
}


class WhitespaceMatrixView(QTableView):
    """A table of whitespace cells that speaks the matrix's keyboard."""

    # The user asked to set the current cell's status.
    status_requested = Signal(object)
    # The user asked to edit the current cell's value (Enter, F2 or double-click).
    value_edit_requested = Signal()
    # The user asked to open an opportunity from the current cell.
    opportunity_requested = Signal()

    def __init__(self, model: WhitespaceMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.matrix_model = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(lambda _index: self.value_edit_requested.emit())
        self.setItemDelegate(WhitespaceCellDelegate(self))
        header = WrappingHeaderView(self)
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(34)
        rows.setMinimumWidth(150)
        self._keys = {
            getattr(Qt.Key, f"Key_{style.key}"): status for status, style in STATUS_STYLES.items()
        }
        self._keys.update(EXTRA_KEYS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if plain and key in self._keys and self._current_cell_is_editable():
            self.status_requested.emit(self._keys[key])
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if self._current_cell_is_editable():
                self.value_edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _current_cell_is_editable(self) -> bool:
        return self.matrix_model.cell_at(self.currentIndex()) is not None

    def _show_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if self.matrix_model.cell_at(index) is None:
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        create = menu.addAction(self.tr("Create opportunity from this cell"))
        create.triggered.connect(self.opportunity_requested.emit)
        edit = menu.addAction(self.tr("Edit value and note…"))
        edit.triggered.connect(self.value_edit_requested.emit)
        menu.addSeparator()
        for status, style in STATUS_STYLES.items():
            action = QAction(f"{style.symbol}  {status_label(status)}", menu)
            action.setShortcut(style.key)
            action.triggered.connect(
                lambda _checked=False, chosen=status: self.status_requested.emit(chosen)
            )
            menu.addAction(action)
        menu.popup(self.viewport().mapToGlobal(position))
