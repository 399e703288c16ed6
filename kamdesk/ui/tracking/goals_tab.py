"""The Goals tab: customer-facing and internal goals, each with status, progress and history.

Left, the two sections of goals as sortable tables (the status badge and a progress bar in
each row); right, the selected goal's form and its dated updates with a small chart.
Adding, editing and deleting are undoable; deleting a goal says what goes with it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import Direction, GoalKind
from kamdesk.services.tracking import goal_editing
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.dependents_text import count_phrase
from kamdesk.ui.common.edit_commands import USER_ERRORS, AddRowCommand, DeleteRowCommand
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.held_typing_question import go_back_to_held_row, settle_held_typing
from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab
from kamdesk.ui.tracking.goal_form import GoalForm
from kamdesk.ui.tracking.goal_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    GoalBadgeDelegate,
    GoalTableModel,
)
from kamdesk.ui.tracking.goal_updates_panel import GoalUpdatesPanel

# Narrower than this, the table leaves out baseline → target and current (the goal form
# beside it shows them), so that a goal's title stays readable on a laptop.
ROOM_FOR_DETAILS = 700


class GoalSection(QWidget):
    """One section of goals (customer-facing or internal): a table and its add button."""

    def __init__(self, kind: GoalKind, title: str, add_text: str, hint: str) -> None:
        super().__init__()
        self.kind = kind
        self.model = GoalTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        delegate = GoalBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(GoalTableModel.PROGRESS_COLUMN, delegate)
        self.table.setItemDelegateForColumn(GoalTableModel.STATUS_COLUMN, delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GoalTableModel.PROGRESS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(GoalTableModel.PROGRESS_COLUMN, 100)  # room for the goal on a laptop
        self.add_button = QPushButton(add_text)
        self.empty = QLabel(hint)
        self.empty.setObjectName("mutedLabel")
        self.empty.setWordWrap(True)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Show the detail columns only when the goals' titles keep room beside them."""
        super().resizeEvent(event)
        narrow = event.size().width() < ROOM_FOR_DETAILS
        for column in GoalTableModel.DETAIL_COLUMNS:
            self.table.setColumnHidden(column, narrow)

    def set_goals(self, goals: list[goal_editing.GoalRow]) -> None:
        """Show these goals."""
        self.model.set_rows(goals)
        self.empty.setVisible(not goals)

    def selected(self) -> goal_editing.GoalRow | None:
        """The selected goal of this section."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        row = self.proxy.data(index, ROW_ROLE)
        return row if isinstance(row, goal_editing.GoalRow) else None

    def select(self, goal_id: int) -> bool:
        """Select the goal with this id, if it is in this section."""
        source_row = self.model.row_of_id(goal_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True


class GoalsTab(WorkspaceTab):
    """The account's goals in two sections, with the selected goal's form and history."""

    area = "goals"
    kinds = frozenset({DataKind.GOALS, DataKind.GOAL_UPDATES, DataKind.TEAM})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.goals: tuple[goal_editing.GoalRow, ...] = ()
        self.selected_id: int | None = None
        # True while the selection is set back to the goal whose typing is held.
        self._going_back = False
        self.customer = GoalSection(
            GoalKind.CUSTOMER,
            self.tr("Customer-facing goals"),
            self.tr("Add customer goal"),
            self.tr("No goal shared with the client yet. What should this account achieve "
                    "with us this year?"),
        )
        self.internal = GoalSection(
            GoalKind.INTERNAL,
            self.tr("Internal goals"),
            self.tr("Add internal goal"),
            self.tr("No internal goal yet: share of wallet, margin, coverage …"),
        )
        for section in (self.customer, self.internal):
            section.add_button.clicked.connect(lambda _c=False, k=section.kind: self.add_goal(k))
            # The selection, not the current row: a click makes the row current before it
            # selects it, and a row current but no longer selected can be clicked again.
            section.table.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected, s=section: self._selected_in(s)
            )
        self.delete_button = QPushButton(self.tr("Delete goal…"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.form = GoalForm(context)
        self.updates = GoalUpdatesPanel(context)
        self.detail_title = QLabel(self.tr("Select a goal to see and edit it."))
        self.detail_title.setObjectName("mutedLabel")
        detail = QGroupBox(self.tr("Goal"))
        detail_layout = QVBoxLayout(detail)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.delete_button)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.form)
        updates_box = QGroupBox(self.tr("Updates"))
        QVBoxLayout(updates_box).addWidget(self.updates)
        detail_layout.addWidget(updates_box, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.customer, 1)
        left_layout.addWidget(self.internal, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self._show_selected()

    def title(self) -> str:
        return self.tr("Goals")

    def held_typing(self) -> list[HeldTyping]:
        return self.form.held_typing()

    def focus_held_typing(self) -> None:
        self.form.focus_held_typing()

    def discard_held_typing(self) -> None:
        self.form.discard_held_typing()

    def reload(self) -> None:
        if self.account_id is None:
            self.goals = ()
        else:
            try:
                self.goals = goal_editing.list_goals(self.context.db, self.account_id)
            except USER_ERRORS as error:
                self.context.failed.emit(error_text(error))
                return
        selected = self.selected_id
        self.customer.set_goals([g for g in self.goals if g.kind is GoalKind.CUSTOMER])
        self.internal.set_goals([g for g in self.goals if g.kind is GoalKind.INTERNAL])
        self.selected_id = selected
        if selected is not None:
            self.select_goal(selected)
        self._show_selected()

    def select_goal(self, goal_id: int) -> None:
        """Select a goal in whichever section holds it."""
        self.selected_id = goal_id
        for section in (self.customer, self.internal):
            if section.select(goal_id):
                other = self.internal if section is self.customer else self.customer
                other.table.selectionModel().clearSelection()
        self._show_selected()

    def selected_goal(self) -> goal_editing.GoalRow | None:
        """The goal shown in the form."""
        return next((g for g in self.goals if g.id == self.selected_id), None)

    def _selected_in(self, section: GoalSection) -> None:
        goal = section.selected()
        if goal is None or self._going_back:
            return
        if goal.id != self.selected_id and not self.may_leave_goal():
            self._go_back_to_held_goal()
            return
        other = self.internal if section is self.customer else self.customer
        other.table.selectionModel().clearSelection()
        self.selected_id = goal.id
        self._show_selected()

    def may_leave_goal(self) -> bool:
        """Whether the goal in the form may give way to another: asked about held typing.

        Another goal selected (a click, the arrow keys), a goal added or the goal deleted
        would show other values in the form and throw away a refused value kept there.
        """
        shown = self.form.goal
        if shown is None:
            return True
        heading = self.tr("Some changes to the goal “%1” could not be saved:").replace(
            "%1", shown.title
        )
        return settle_held_typing(self, heading, [self], name_areas=False)

    def _go_back_to_held_goal(self) -> None:
        """Select the goal in the form again, with the cursor in its held field."""
        go_back_to_held_row(self._reselect_held_goal, self.focus_held_typing)

    def _reselect_held_goal(self) -> None:
        goal = self.form.goal
        if goal is None:
            return
        self._going_back = True
        try:
            self.select_goal(goal.id)
        finally:
            self._going_back = False

    def _show_selected(self) -> None:
        goal = self.selected_goal()
        self.form.set_goal(goal, self.account_id)
        self.updates.set_goal(goal, self.account_id)
        self.delete_button.setEnabled(goal is not None)
        if goal is None:
            self.detail_title.setText(self.tr("Select a goal to see and edit it."))
        else:
            self.detail_title.setText(
                self.tr("Customer-facing goal") if goal.kind is GoalKind.CUSTOMER
                else self.tr("Internal goal")
            )

    def add_goal(self, kind: GoalKind) -> None:
        """Add a goal with sensible defaults, select it and put the cursor in its title."""
        if self.account_id is None:
            return
        if not self.may_leave_goal():
            self.focus_held_typing()
            return
        account_id = self.account_id
        today = date.today()
        values = {
            "kind": kind,
            "title": self.tr("New goal"),
            "unit": "%",
            "direction": Direction.INCREASE,
            "baseline": Decimal(0),
            "target": Decimal(100),
            "start_on": today,
            "due_on": today + timedelta(days=90),
        }
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add goal"),
            DataKind.GOALS,
            account_id,
            lambda: goal_editing.create_goal(db, account_id, values),
            lambda row_id, seen: goal_editing.delete_goal(db, row_id, seen),
            lambda deleted: goal_editing.restore_deleted(db, deleted),
            origin=self,
        )
        if self.context.push(command) is not None or command.row_id is None:
            return
        self.select_goal(command.row_id)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.title_edit.selectAll()

    def delete_selected(self) -> None:
        """Delete the selected goal after saying what goes with it (undoable)."""
        goal = self.selected_goal()
        if goal is None or self.account_id is None:
            return
        if not self.may_leave_goal():
            self.focus_held_typing()
            return
        db = self.context.db
        try:
            dependents = goal_editing.goal_dependents(db, goal.id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        text = self.tr("Delete the goal “%1”?").replace("%1", goal.title)
        details = []
        if dependents.updates:
            details.append(
                self.tr("Its %1 go with it.").replace(
                    "%1", count_phrase(dependents.updates, "1 goal update", "%1 goal updates")
                )
            )
        if dependents.actions:
            details.append(
                self.tr("%1 stay, without a goal.").replace(
                    "%1", count_phrase(dependents.actions, "1 action item", "%1 action items")
                )
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete goal"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(" ".join([*details, self.tr("You can undo this with Ctrl+Z.")]))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete goal “%1”").replace("%1", goal.title),
            DataKind.GOALS,
            self.account_id,
            lambda row_id, seen: goal_editing.delete_goal(db, row_id, seen),
            lambda deleted: goal_editing.restore_deleted(db, deleted),
            goal.id,
            goal.version,
            origin=self,
        )
        self.selected_id = None
        self.context.push(command)
