"""A table of an account's rows (competitors, needs, team roles …) with Add and Delete.

Every change goes through the services as an undoable command on the account's stack: a
cell edit, an added row (which then opens its first cell for typing), a deleted row. A
refusal is written under the table, naming the column, and the row shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import PORTFOLIO_WIDE_KINDS, DataKind
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    AddRowCommand,
    Deleter,
    DeleteRowCommand,
    Updater,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import SORT_ROLE, Column, RowEditDelegate, RowTableModel


class DetailTable(QWidget):
    """Rows of one kind for the open account, editable in place."""

    def __init__(
        self,
        context: AppContext,
        columns: Sequence[Column],
        kind: DataKind,
        noun: str,
        create: Callable[[], int],
        update: Updater,
        delete: Deleter,
        parent: QWidget | None = None,
        confirm_delete: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self._kind = kind
        self._noun = noun
        self._create = create
        self._update = update
        self._delete = delete
        self._confirm_delete = confirm_delete

        self.model = RowTableModel(columns, self)
        self.model.edit_requested.connect(self._store_edit)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(RowEditDelegate(self.model, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)

        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("tableTitle")
        buttons.addWidget(self.title_label)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)

    def set_title(self, text: str) -> None:
        """A bold heading left of the buttons."""
        self.title_label.setText(f"<b>{text}</b>")

    def set_rows(self, account_id: int | None, rows: Sequence[Any]) -> None:
        """Show these rows of this account (keeps the selected row when it is still there)."""
        selected = self.selected_row()
        self.account_id = account_id
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected.id)
        self._on_selection()

    def selected_row(self) -> Any | None:
        """The row object selected now (None: none)."""
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def select_id(self, row_id: int, edit: bool = False) -> None:
        """Select the row with this id; ``edit``: open its first editable cell."""
        source_row = self.model.row_of_id(row_id)
        if source_row < 0:
            return
        column = next((i for i, c in enumerate(self.model.columns) if c.editor), 0)
        index = self.proxy.mapFromSource(self.model.index(source_row, column))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if edit:
            self.view.edit(index)

    def show_error(self, message: str) -> None:
        """A refusal under the table (empty: clear it)."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def require_account(self) -> int:
        """The account whose rows are shown (for a new row of it)."""
        assert self.account_id is not None  # no account, no Add button that works
        return self.account_id

    def _editable(self) -> bool:
        # A table of one account needs its account; the team belongs to the whole portfolio.
        return self.account_id is not None or self._kind in PORTFOLIO_WIDE_KINDS

    def add_row(self) -> None:
        """Add a row with default values and open it for typing (undoable)."""
        if not self._editable():
            return
        account_id, db = self.account_id, self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add %1").replace("%1", self._noun),
            self._kind,
            account_id,
            self._create,
            self._delete,
            lambda removed: restore_rows(db, removed),
            origin=self,
        )
        refusal = self.context.push(command)
        self.show_error(refusal_text(refusal))
        if refusal is None and command.row_id is not None:
            self.select_id(command.row_id, edit=True)

    def delete_selected(self) -> None:
        """Delete the selected row (undoable)."""
        row = self.selected_row()
        if row is None or not self._editable():
            return
        if self._confirm_delete is not None and not self._confirm_delete(row):
            return
        db = self.context.db
        refusal = self.context.push(
            DeleteRowCommand(
                self.context,
                self.tr("Delete %1").replace("%1", self._noun),
                self._kind,
                self.account_id,
                self._delete,
                lambda removed: restore_rows(db, removed),
                row.id,
                row.version,
                origin=self,
            )
        )
        self.show_error(refusal_text(refusal))

    def _store_edit(self, row: Any, field: str, value: Any) -> None:
        if not self._editable():
            return
        column = next(c for c in self.model.columns if c.field == field)
        refusal = self.context.push(
            UpdateRowCommand(
                self.context,
                self.tr("Edit %1").replace("%1", column.header),
                self._kind,
                self.account_id,
                self._update,
                row.id,
                row.version,
                {field: getattr(row, field)},
                {field: value},
                origin=self,
            )
        )
        self.show_error(
            "" if refusal is None
            else self.tr("%1: %2").replace("%1", column.header).replace("%2", error_text(refusal))
        )

    def _on_selection(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.selected_row() is not None)
