"""A goal's dated updates: the list (editable in place), a line to add one, the chart.

Adding an update: pick the day, type the value (and a note), press Enter or "Add update".
One update per day; a value that is not a number is refused under the field.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.services.tracking import goal_editing
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    AddRowCommand,
    DeleteRowCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import FieldRow
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.row_table_model import Column, RowEditDelegate, RowTableModel
from kamdesk.ui.tracking.goal_form import date_field, parse_metric_text, to_date
from kamdesk.ui.tracking.goal_history_chart import GoalHistoryChart
from kamdesk.ui.tracking.goal_table_model import format_metric

UPDATES = DataKind.GOAL_UPDATES


class GoalUpdateModel(RowTableModel):
    """The updates of one goal, newest first; date, value and note editable in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("measured_on", self.tr("Date"), editor="date"),
                Column("value", self.tr("Value"), format_metric, editor="text"),
                Column("note", self.tr("Note"), editor="text"),
            ],
            parent,
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.EditRole and self.columns[index.column()].field == "value":
            return format_metric(value)  # the line editor shows it as the user types it
        return value


class GoalUpdatesPanel(QWidget):
    """Lists, adds, edits and deletes the updates of one goal, and charts them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.goal: goal_editing.GoalRow | None = None
        self.account_id: int | None = None

        self.model = GoalUpdateModel(self)
        self.model.edit_requested.connect(self._store_edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowEditDelegate(self.model, self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.day_edit = date_field()
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Value"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.day_row = FieldRow(self.day_edit)
        self.value_row = FieldRow(self.value_edit)
        self.add_button = QPushButton(self.tr("Add update"))
        self.add_button.clicked.connect(self.add_update)
        self.value_edit.returnPressed.connect(self.add_update)
        self.note_edit.returnPressed.connect(self.add_update)
        self.delete_button = QPushButton(self.tr("Delete update"))
        self.delete_button.clicked.connect(self.delete_selected)
        # The fields on one line, the buttons under them: side by side, the value and the
        # note were squeezed to a few letters beside the detail pane's buttons on a laptop.
        add_row = QHBoxLayout()
        add_row.addWidget(self.day_row)
        add_row.addWidget(self.value_row, 1)
        add_row.addWidget(self.note_edit, 2, Qt.AlignmentFlag.AlignTop)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addWidget(self.delete_button)

        self.chart = GoalHistoryChart()
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addLayout(button_row)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)
        self.set_goal(None, None)

    def set_goal(self, goal: goal_editing.GoalRow | None, account_id: int | None) -> None:
        """Show the updates of this goal (None: empty and disabled)."""
        changed = goal is None or self.goal is None or goal.id != self.goal.id
        self.goal, self.account_id = goal, account_id
        self.setEnabled(goal is not None)
        self.model.set_rows(tuple(reversed(goal.updates)) if goal else ())
        self.chart.set_goal(goal)
        if changed:
            self.day_row.show_error("")
            self.value_row.show_error("")
            self.day_edit.setDate(QDate.currentDate())

    def add_update(self) -> None:
        """Add the update typed in the add line (undoable)."""
        goal, account_id = self.goal, self.account_id
        if goal is None or account_id is None:
            return
        try:
            value = parse_metric_text(self.value_edit.text())
        except ValueError as error:
            self.value_row.show_error(error_text(error))
            self.value_edit.setFocus()
            return
        day = to_date(self.day_edit.date())
        if any(update.measured_on == day for update in goal.updates):
            self.day_row.show_error(
                self.tr("There is already an update on this date; change that one instead.")
            )
            return
        self.day_row.show_error("")
        self.value_row.show_error("")
        note = self.note_edit.text()
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add update to “%1”").replace("%1", goal.title),
            UPDATES,
            account_id,
            lambda: goal_editing.add_goal_update(db, goal.id, day, value, note),
            lambda row_id, seen: goal_editing.delete_goal_update(db, row_id, seen),
            lambda deleted: goal_editing.restore_deleted(db, deleted),
            origin=self,
        )
        refusal = refusal_text(self.context.push(command))
        if refusal:
            self.value_row.show_error(refusal)
            return
        self.value_edit.clear()
        self.note_edit.clear()

    def _store_edit(self, row: goal_editing.GoalUpdateRow, field: str, value: Any) -> None:
        if self.goal is None or self.account_id is None:
            return
        if field == "value":
            try:
                value = parse_metric_text(str(value))
            except ValueError as error:
                self.context.failed.emit(error_text(error))
                return
            if isinstance(value, Decimal) and value == row.value:
                return
        if field == "note":
            value = str(value).strip()
        try:
            goal_editing.check_update({**row.__dict__, field: value})
        except ValidationError as error:
            self.context.failed.emit(error_text(error))
            return
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Change update of “%1”").replace("%1", self.goal.title),
            UPDATES,
            self.account_id,
            lambda rid, seen, values: goal_editing.update_goal_update(db, rid, seen, values),
            row.id,
            row.version,
            {field: getattr(row, field)},
            {field: value},
            origin=self,
        )
        self.context.push(command)

    def delete_selected(self) -> None:
        """Delete the selected update (undoable)."""
        index = self.table.currentIndex()
        if self.goal is None or self.account_id is None or not index.isValid():
            return
        row: goal_editing.GoalUpdateRow = self.model.row_at(index.row())
        db = self.context.db
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete update of %1").replace("%1", show_date(row.measured_on)),
            UPDATES,
            self.account_id,
            lambda row_id, seen: goal_editing.delete_goal_update(db, row_id, seen),
            lambda deleted: goal_editing.restore_deleted(db, deleted),
            row.id,
            row.version,
            origin=self,
        )
        self.context.push(command)

