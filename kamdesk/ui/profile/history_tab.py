"""The History tab: interactions with the account, newest first, and who took part.

The table lists them; the form below edits the selected one: day, kind, the stakeholders
involved (ticked in a list of the account's people), summary, next steps and whether the
entry is shared with the client (only shared entries print in the client version of the
plan: what we write about a meeting is ours unless we share it). The account's last contact
is the newest interaction's day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import InteractionKind
from kamdesk.services.profile.account_history_editing import (
    InteractionRow,
    add_interaction,
    delete_interaction,
    list_interactions,
    stakeholder_choices,
    update_interaction,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.detail_table import DetailTable
from kamdesk.ui.common.edit_commands import UpdateRowCommand
from kamdesk.ui.common.enum_labels import interaction_kinds
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import CommitPlainTextEdit, FieldRow
from kamdesk.ui.common.qt_dates import show_date, show_full_years, to_qdate
from kamdesk.ui.common.row_table_model import Column
from kamdesk.ui.common.workspace_tab import WorkspaceTab

HISTORY = DataKind.INTERACTIONS


class HistoryTab(WorkspaceTab):
    """Meetings, calls, e-mails and visits, with the people involved."""

    area = "history"
    kinds = frozenset({HISTORY, DataKind.STAKEHOLDERS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db = context.db
        columns = [
            Column("occurred_on", self.tr("Date"), editor="date"),
            Column("kind", self.tr("Kind"), editor="choice", choices=interaction_kinds),
            Column("stakeholder_names", self.tr("People"), editor="",
                   display=lambda names: ", ".join(names)),
            Column("summary", self.tr("Summary")),
            Column("next_steps", self.tr("Next steps")),
            Column("shared_with_client", self.tr("Shared"), editor="",
                   display=lambda shared: self.tr("Yes") if shared else ""),
        ]
        self.table = DetailTable(
            context,
            columns,
            HISTORY,
            self.tr("interaction"),
            lambda: add_interaction(
                db, self.table.require_account(),
                {"occurred_on": date.today(), "kind": InteractionKind.MEETING},
            ),
            lambda row_id, seen, values: update_interaction(db, row_id, seen, values),
            lambda row_id, seen: delete_interaction(db, row_id, seen),
        )
        self.table.set_title(self.tr("Interactions, newest first"))
        # Every column, "Shared" included, within a laptop's 1280 pixels.
        for column, width in enumerate((95, 90, 200, 280, 170)):
            self.table.view.setColumnWidth(column, width)
        self.table.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.last_contact_label = QLabel()
        self.last_contact_label.setObjectName("sectionHint")

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        show_full_years(self.day)
        self.day.editingFinished.connect(lambda: self._commit("occurred_on"))
        self.kind = QComboBox()
        for label, kind in interaction_kinds():
            self.kind.addItem(label, kind.value)
        self.kind.activated.connect(lambda _index: self._commit("kind"))
        self.people_model = QStandardItemModel(self)
        self._filling = False  # True while the form is being filled: no edits to store
        self.people_model.itemChanged.connect(self._on_person_ticked)
        self.people = QListView()
        self.people.setModel(self.people_model)
        self.people.setAccessibleName(self.tr("People involved"))
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary = CommitPlainTextEdit(4)
        self.summary.editingFinished.connect(lambda: self._commit("summary"))
        self.next_steps = CommitPlainTextEdit(3)
        self.next_steps.editingFinished.connect(lambda: self._commit("next_steps"))
        self.shared = QCheckBox(self.tr("Share with client"))
        self.shared.setToolTip(
            self.tr("Print this interaction with its summary and next steps in the client "
                    "version of the plan")
        )
        self.shared.clicked.connect(lambda _checked: self._commit("shared_with_client"))
        self.rows = {
            "occurred_on": FieldRow(self.day),
            "kind": FieldRow(self.kind),
            "stakeholder_ids": FieldRow(self.people),
            "summary": FieldRow(self.summary),
            "next_steps": FieldRow(self.next_steps),
            "shared_with_client": FieldRow(self.shared),
        }
        left = QFormLayout()
        left.addRow(self.tr("Date"), self.rows["occurred_on"])
        left.addRow(self.tr("Kind"), self.rows["kind"])
        left.addRow(self.tr("People involved"), self.rows["stakeholder_ids"])
        right = QFormLayout()
        right.addRow(self.tr("Summary"), self.rows["summary"])
        right.addRow(self.tr("Next steps"), self.rows["next_steps"])
        right.addRow("", self.rows["shared_with_client"])
        self.form = QGroupBox(self.tr("Selected interaction"))
        columns_layout = QHBoxLayout(self.form)
        columns_layout.addLayout(left, 2)
        columns_layout.addSpacing(12)
        columns_layout.addLayout(right, 3)
        self.form.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.last_contact_label)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("History")

    def reload(self) -> None:
        db = self.context.db
        if self.account_id is None:
            self.table.set_rows(None, [])
            self._show_selected()
            return
        rows = list_interactions(db, self.account_id)
        self._choices = stakeholder_choices(db, self.account_id)
        self.table.set_rows(self.account_id, rows)
        if rows and self.selected() is None:
            self.table.select_id(rows[0].id)  # the newest, ready to read or complete
        if rows:
            newest = rows[0].occurred_on
            days = (date.today() - newest).days
            self.last_contact_label.setText(
                self.tr("Last contact: %1 (%2 days ago)")
                .replace("%1", show_date(newest))
                .replace("%2", QLocale().toString(days))
            )
        else:
            self.last_contact_label.setText(self.tr("No interaction recorded yet."))
        self._show_selected()

    def selected(self) -> InteractionRow | None:
        """The interaction selected in the table."""
        row = self.table.selected_row()
        return row if isinstance(row, InteractionRow) else None

    def _show_selected(self, *_args: object) -> None:
        row = self.selected()
        self.form.setEnabled(row is not None)
        for field in self.rows.values():
            field.show_error("")
        # Not blockSignals on the model: its view would miss the rows being added.
        self._filling = True
        self.people_model.clear()
        if row is None:
            self.summary.setPlainText("")
            self.next_steps.setPlainText("")
            self.shared.setChecked(False)
            self._filling = False
            return
        self.day.setDate(to_qdate(row.occurred_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind.value)))
        self.shared.setChecked(row.shared_with_client)
        people = sorted(  # who took part first, so the list opens on them
            getattr(self, "_choices", []), key=lambda p: (p.id not in row.stakeholder_ids, p.name)
        )
        for person in people:
            label = person.name + (f" — {person.title}" if person.title else "")
            if person.has_left:
                label += " " + self.tr("(has left)")
            item = QStandardItem(label)
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(label)
            checked = person.id in row.stakeholder_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.people_model.appendRow(item)
        self._filling = False
        if self.summary.toPlainText() != row.summary:
            self.summary.setPlainText(row.summary)
        if self.next_steps.toPlainText() != row.next_steps:
            self.next_steps.setPlainText(row.next_steps)

    def _on_person_ticked(self, _item: QStandardItem) -> None:
        if not self._filling:
            self._commit("stakeholder_ids")

    def _value(self, field: str) -> Any:
        if field == "occurred_on":
            chosen = self.day.date()
            return date(chosen.year(), chosen.month(), chosen.day())
        if field == "kind":
            return InteractionKind(self.kind.currentData())
        if field == "stakeholder_ids":
            ticked = []
            for number in range(self.people_model.rowCount()):
                item = self.people_model.item(number)
                if item.checkState() == Qt.CheckState.Checked:
                    ticked.append(int(item.data(Qt.ItemDataRole.UserRole)))
            return tuple(sorted(ticked))
        if field == "shared_with_client":
            return self.shared.isChecked()
        return (self.summary if field == "summary" else self.next_steps).toPlainText().strip()

    def _commit(self, field: str) -> None:
        row = self.selected()
        if row is None or self.account_id is None:
            return
        value = self._value(field)
        old = getattr(row, field)
        if field == "stakeholder_ids":
            old = tuple(sorted(old))
        if value == old:
            return
        db = self.context.db
        refusal = self.context.push(UpdateRowCommand(
            self.context,
            self.tr("Edit interaction"),
            HISTORY,
            self.account_id,
            lambda row_id, seen, values: update_interaction(db, row_id, seen, values),
            row.id,
            row.version,
            {field: old},
            {field: value},
            origin=self,
        ))
        if refusal is not None:
            self.rows[field].show_error(error_text(refusal))
