"""The account's business units (the rows of the whitespace matrix): add, rename, notes,
delete and reorder, every change undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    ReorderCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text

Index = QModelIndex | QPersistentModelIndex
UNITS = DataKind.BUSINESS_UNITS


class BusinessUnitListModel(QAbstractListModel):
    """The units in matrix order; renaming in place asks (``rename_requested``), not writes."""

    rename_requested = Signal(int, str)  # unit id, new name

    def __init__(self) -> None:
        super().__init__()
        self.units: list[ws.UnitRow] = []

    def set_units(self, units: list[ws.UnitRow]) -> None:
        """Show these units."""
        self.beginResetModel()
        self.units = list(units)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.units)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        unit = self.units[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return unit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return unit.notes or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.units[index.row()]
        if str(value) != unit.name:
            self.rename_requested.emit(unit.id, str(value))
        return False  # the reload after the command shows the stored name


class BusinessUnitsEditor(QWidget):
    """List of units with Add, Delete, Up, Down and a notes field for the selected one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self.model = BusinessUnitListModel()
        self.model.rename_requested.connect(self._rename)

        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list_view.setMinimumHeight(90)
        self.list_view.selectionModel().currentChanged.connect(self._show_notes)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New business unit"))
        self.new_name.returnPressed.connect(self._add)
        add_button = QPushButton(self.tr("&Add"))
        add_button.clicked.connect(self._add)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the unit up in the matrix"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the unit down in the matrix"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes on the selected unit"))
        self.notes_edit.editingFinished.connect(self._save_notes)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notes_edit)
        layout.addLayout(add_row)
        layout.addWidget(self.message)

    # -- loading ---------------------------------------------------------------------------

    def set_units(self, account_id: int | None, units: list[ws.UnitRow]) -> None:
        """Show the account's units, keeping the selected one selected."""
        selected = self._selected()
        self.account_id = account_id
        self.model.set_units(units)
        if selected is not None:
            row = next((i for i, u in enumerate(units) if u.id == selected.id), None)
            if row is not None:
                self.list_view.setCurrentIndex(self.model.index(row))
        self._show_notes()

    def select_unit(self, unit_id: int) -> None:
        """Select this unit in the list (when the matrix selects one of its cells)."""
        row = next((i for i, u in enumerate(self.model.units) if u.id == unit_id), None)
        if row is not None and self.list_view.currentIndex().row() != row:
            self.list_view.setCurrentIndex(self.model.index(row))

    def _selected(self) -> ws.UnitRow | None:
        index = self.list_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.units):
            return None
        return self.model.units[index.row()]

    def _show_notes(self) -> None:
        unit = self._selected()
        self.notes_edit.setEnabled(unit is not None)
        if not self.notes_edit.hasFocus():
            self.notes_edit.setText(unit.notes if unit else "")
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(unit is not None)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- editing ---------------------------------------------------------------------------

    def _add(self) -> None:
        if self.account_id is None:
            return
        account_id = self.account_id
        name = self.new_name.text().strip()
        if not name:
            self._say(self.tr("Type the name of the business unit first."))
            return
        if any(u.name.casefold() == name.casefold() for u in self.model.units):
            self._say(self.tr("This account already has a business unit with this name."))
            return
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add business unit %1").replace("%1", name),
            UNITS,
            account_id,
            lambda: ws.create_unit(db, account_id, name),
            lambda row_id, seen: ws.delete_unit(db, row_id, seen),
            lambda deleted: ws.restore_deleted(db, deleted),
            origin=self,
        )
        if self._push(command):
            self.new_name.clear()

    def _rename(self, unit_id: int, name: str) -> None:
        unit = next((u for u in self.model.units if u.id == unit_id), None)
        if unit is None or self.account_id is None:
            return
        if not name.strip():
            self._say(self.tr("A business unit needs a name."))
            return
        self._push_edit(unit, {"name": name.strip()},
                        self.tr("Rename business unit %1").replace("%1", unit.name))

    def _save_notes(self) -> None:
        unit = self._selected()
        if unit is None or self.notes_edit.text() == unit.notes:
            return
        self._push_edit(unit, {"notes": self.notes_edit.text()},
                        self.tr("Edit notes of %1").replace("%1", unit.name))

    def _push_edit(self, unit: ws.UnitRow, changes: dict[str, Any], text: str) -> None:
        db = self.context.db
        old = {name: getattr(unit, name) for name in changes}
        self._push(UpdateRowCommand(
            self.context,
            text,
            UNITS,
            self.account_id,
            lambda row_id, seen, values: ws.update_unit(db, row_id, seen, values),
            unit.id,
            unit.version,
            old,
            changes,
            origin=self,
        ))

    def _delete(self) -> None:
        unit = self._selected()
        if unit is None or self.account_id is None:
            return
        account_id = self.account_id
        db = self.context.db
        try:
            usage = ws.unit_usage(db, unit.id)
        except USER_ERRORS as error:
            self._say(error_text(error))
            return
        details = []
        if usage.cells:
            details.append(self.tr("This also deletes its %1 whitespace cell(s).")
                           .replace("%1", str(usage.cells)))
        if usage.opportunities:
            details.append(
                self.tr("%1 opportunity(ies) stay, without a business unit.")
                .replace("%1", str(usage.opportunities))
            )
        question = self.tr("Delete the business unit “%1”?").replace("%1", unit.name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete business unit"),
            "\n\n".join([question, *details, self.tr("You can undo this with Ctrl+Z.")]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._push(DeleteRowCommand(
            self.context,
            self.tr("Delete business unit %1").replace("%1", unit.name),
            UNITS,
            account_id,
            lambda row_id, seen: ws.delete_unit(db, row_id, seen),
            lambda deleted: ws.restore_deleted(db, deleted),
            unit.id,
            unit.version,
            origin=self,
        ))

    def _move(self, step: int) -> None:
        unit = self._selected()
        if unit is None or self.account_id is None:
            return
        order = [u.id for u in self.model.units]
        position = order.index(unit.id)
        target = position + step
        if not 0 <= target < len(order):
            return
        new_order = list(order)
        new_order[position], new_order[target] = new_order[target], new_order[position]
        account_id = self.account_id
        db = self.context.db
        self._push(ReorderCommand(
            self.context,
            self.tr("Move business unit %1").replace("%1", unit.name),
            UNITS,
            account_id,
            lambda ids: ws.reorder_units(db, account_id, ids),
            order,
            new_order,
        ))

    def _push(self, command: EditCommand) -> bool:
        """Apply an edit; a refusal is written under the list. True: stored."""
        refusal = self.context.push(command)
        self._say(refusal_text(refusal))
        return refusal is None

