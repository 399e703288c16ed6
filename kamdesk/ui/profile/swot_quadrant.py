"""One quadrant of the SWOT analysis: an ordered list of entries, edited in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import SwotKind
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.services.profile.account_details_editing import (
    SwotRow,
    add_swot_item,
    delete_detail,
    move_swot_item,
    update_swot_item,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.row_table_model import Column, RowEditDelegate, RowTableModel

SWOT = DataKind.SWOT


class SwotQuadrant(QGroupBox):
    """Strengths, weaknesses, opportunities or threats: add, edit, delete, move up/down."""

    def __init__(self, context: AppContext, kind: SwotKind, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.context = context
        self.kind = kind
        self.account_id: int | None = None
        self.model = RowTableModel([Column("text", title)], self)
        self.model.edit_requested.connect(self._store_edit)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RowEditDelegate(self.model, self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAccessibleName(title)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)

        self.add_button = self._button("+", self.tr("Add an entry"), self.add_entry)
        self.delete_button = self._button("−", self.tr("Delete the selected entry"),
                                          self.delete_selected)
        self.up_button = self._button("↑", self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = self._button("↓", self.tr("Move down"), lambda: self.move_selected(1))
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumWidth(30)
        button.clicked.connect(slot)
        return button

    def set_rows(self, account_id: int | None, rows: Sequence[SwotRow]) -> None:
        """Show this account's entries of this quadrant."""
        selected = self.selected_row()
        self.account_id = account_id
        self.model.set_rows([r for r in rows if r.kind is self.kind])
        if selected is not None:
            self._select(selected.id)

    def entries(self) -> list[str]:
        """The entries' texts in order."""
        return [r.text for r in self.model.rows()]

    def selected_row(self) -> SwotRow | None:
        """The selected entry (None: none)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: SwotRow = self.model.row_at(index.row())
        return row

    def add_entry(self, text: str = "") -> None:
        """Add an entry at the end and open it for typing (undoable)."""
        if self.account_id is None:
            return
        db, account_id = self.context.db, self.account_id
        body = text or self.tr("New entry")
        command = AddRowCommand(
            self.context, self.tr("Add SWOT entry"), SWOT, account_id,
            lambda: add_swot_item(db, account_id, self.kind, body),
            lambda row_id, seen: delete_detail(db, "swot", row_id, seen),
            lambda removed: restore_rows(db, removed), origin=self,
        )
        if self._push(command) and command.row_id is not None:
            self._select(command.row_id, edit=not text)

    def delete_selected(self) -> None:
        """Delete the selected entry (undoable)."""
        row = self.selected_row()
        if row is None or self.account_id is None:
            return
        db = self.context.db
        self._push(DeleteRowCommand(
            self.context, self.tr("Delete SWOT entry"), SWOT, self.account_id,
            lambda row_id, seen: delete_detail(db, "swot", row_id, seen),
            lambda removed: restore_rows(db, removed), row.id, row.version, origin=self,
        ))

    def move_selected(self, offset: int) -> None:
        """Move the selected entry up (-1) or down (+1) (undoable)."""
        row = self.selected_row()
        if row is None or self.account_id is None:
            return
        db = self.context.db
        place = self.model.row_of_id(row.id)  # the entries are listed in their order
        target = place + offset
        if not 0 <= target < self.model.rowCount():
            return
        self._push(UpdateRowCommand(
            self.context, self.tr("Move SWOT entry"), SWOT, self.account_id,
            lambda row_id, seen, values: move_swot_item(db, row_id, seen, values["position"]),
            row.id, row.version, {"position": place}, {"position": target}, origin=self,
        ))
        self._select(row.id)

    def _store_edit(self, row: SwotRow, field: str, value: object) -> None:
        if self.account_id is None:
            return
        db = self.context.db
        self._push(UpdateRowCommand(
            self.context, self.tr("Edit SWOT entry"), SWOT, self.account_id,
            lambda row_id, seen, values: update_swot_item(db, row_id, seen, values),
            row.id, row.version, {field: getattr(row, field)}, {field: value}, origin=self,
        ))

    def _push(self, command: EditCommand) -> bool:
        """Apply an edit; a refusal is written under the list. True: stored."""
        refusal = self.context.push(command)
        message = refusal_text(refusal)
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        return refusal is None

    def _select(self, row_id: int, edit: bool = False) -> None:
        row = self.model.row_of_id(row_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if edit:
            self.view.edit(index)
