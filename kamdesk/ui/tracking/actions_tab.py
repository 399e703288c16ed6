"""The Actions tab: who does what by when, optionally towards a goal; overdue ones stand out.

Quick add from the keyboard: Ctrl+Shift+A (or Ctrl+Enter in the table) puts the cursor in
the add line; type a title, press Enter, and the action is there. Every cell edits in place
(title, owner, due date, goal; done and "shared with client" are check boxes), each one an
undoable step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.services.settings.team_and_settings import list_team_members
from kamdesk.services.tracking import action_editing as actions
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    AnyIndex,
    Column,
    RowEditDelegate,
    RowTableModel,
)
from kamdesk.ui.common.workspace_tab import WorkspaceTab

CHECK_FIELDS = ("done", "shared_with_client")


class ActionTableModel(RowTableModel):
    """Action rows; done and shared are check boxes; an overdue due date is red with an icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.owners: list[tuple[str, Any]] = []
        self.goals: list[tuple[str, Any]] = []
        super().__init__(
            [
                Column("done", self.tr("Done"), lambda _v: "", editor=""),
                Column("title", self.tr("Action"), editor="text"),
                Column("owner_id", self.tr("Owner"), editor="choice",
                       choices=lambda: self.owners),
                Column("due_on", self.tr("Due"), editor="date"),
                Column("goal_id", self.tr("Goal"), editor="choice", choices=lambda: self.goals),
                Column("shared_with_client", self.tr("Shared with client"), lambda _v: "",
                       editor=""),
            ],
            parent,
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].field in CHECK_FIELDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row: actions.ActionRow = self.row_at(index.row())
        field = self.columns[index.column()].field
        if role == Qt.ItemDataRole.CheckStateRole and field in CHECK_FIELDS:
            return Qt.CheckState.Checked if getattr(row, field) else Qt.CheckState.Unchecked
        if field == "due_on" and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b00020")
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: this action was due before today.")
        if role == Qt.ItemDataRole.ForegroundRole and row.done:
            return QColor("#7a8593")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "owner_id":
                return row.owner or ""
            if field == "goal_id":
                return row.goal or ""
        if role == SORT_ROLE and field in ("owner_id", "goal_id"):
            return ((row.owner if field == "owner_id" else row.goal) or "").casefold()
        if role == SORT_ROLE and field == "due_on" and row.due_on is None:
            return 10**7  # undated after every date
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and self.columns[index.column()].field in CHECK_FIELDS
        ):
            row = self.row_at(index.row())
            field = self.columns[index.column()].field
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != getattr(row, field):
                self.edit_requested.emit(row, field, checked)
            return True
        return super().setData(index, value, role)


class ActionsTab(WorkspaceTab):
    """The account's action items: sortable, editable in place, quick add by keyboard."""

    area = "actions"
    # Goal titles (and a goal deleted) and owners' names show in the table.
    kinds = frozenset({DataKind.ACTIONS, DataKind.GOALS, DataKind.TEAM})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ActionTableModel(self)
        self.model.edit_requested.connect(self._store_edit)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RowEditDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.quick_add = QLineEdit()
        self.quick_add.setPlaceholderText(
            self.tr("New action: type a title and press Enter (Ctrl+Shift+A)")
        )
        self.quick_add.returnPressed.connect(self.add_typed)
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(lambda _on: self._apply_filter())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.hide()
        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        top = QHBoxLayout()
        top.addWidget(self.quick_add, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        focus_add = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        focus_add.activated.connect(self.focus_quick_add)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.focus_quick_add)

    def title(self) -> str:
        return self.tr("Actions")

    def focus_quick_add(self) -> None:
        """Put the cursor in the quick-add line."""
        self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_add.selectAll()

    def reload(self) -> None:
        if self.account_id is None:
            self.model.set_rows([])
            return
        db = self.context.db
        try:
            rows = actions.list_actions(db, self.account_id)
            members = list_team_members(db)
            goals = actions.goal_choices(db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        nobody = [(self.tr("— nobody —"), None)]
        self.model.owners = nobody + [(m.name, m.id) for m in members if m.active]
        self.model.goals = [(self.tr("— no goal —"), None)] + [(g.title, g.id) for g in goals]
        self.model.set_rows(rows)
        self._apply_filter()
        open_rows = [r for r in rows if not r.done]
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("%1 open, %2 overdue, %3 done")
            .replace("%1", str(len(open_rows)))
            .replace("%2", str(overdue))
            .replace("%3", str(len(rows) - len(open_rows)))
        )

    def _apply_filter(self) -> None:
        for source_row in range(self.model.rowCount()):
            row: actions.ActionRow = self.model.row_at(source_row)
            proxy_row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
            self.table.setRowHidden(proxy_row, row.done and not self.show_done.isChecked())

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def add_typed(self) -> None:
        """Add the action typed in the quick-add line (undoable); keep the cursor there."""
        title = self.quick_add.text().strip()
        if self.account_id is None:
            return
        if not title:
            self._say(self.tr("Type the action's title first."))
            return
        account_id, db = self.account_id, self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add action “%1”").replace("%1", title),
            DataKind.ACTIONS,
            account_id,
            lambda: actions.create_action(db, account_id, title),
            lambda row_id, seen: actions.delete_action(db, row_id, seen),
            lambda deleted: actions.restore_action(db, deleted),
            origin=self,
        )
        refusal = refusal_text(self.context.push(command))
        self._say(refusal)
        if not refusal:
            self.quick_add.clear()

    def _store_edit(self, row: actions.ActionRow, field: str, value: Any) -> None:
        if self.account_id is None:
            return
        if field == "title" and not str(value).strip():
            self._say(self.tr("An action needs a title."))
            return
        old = {field: getattr(row, field)}
        new = {field: value}
        if field == "done":
            old["done_on"], new["done_on"] = row.done_on, None
            if value:
                new["done_on"] = date.today()
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Change action “%1”").replace("%1", row.title),
            DataKind.ACTIONS,
            self.account_id,
            lambda rid, seen, values: actions.update_action(db, rid, seen, values),
            row.id,
            row.version,
            old,
            new,
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))

    def selected_action(self) -> actions.ActionRow | None:
        """The selected action."""
        index: QModelIndex = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, actions.ActionRow) else None

    def delete_selected(self) -> None:
        """Delete the selected action after asking (undoable)."""
        row = self.selected_action()
        if row is None or self.account_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete the action “%1”? You can undo this with Ctrl+Z.").replace(
                "%1", row.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete action “%1”").replace("%1", row.title),
            DataKind.ACTIONS,
            self.account_id,
            lambda row_id, seen: actions.delete_action(db, row_id, seen),
            lambda deleted: actions.restore_action(db, deleted),
            row.id,
            row.version,
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))
