"""The form of one goal: its definition, saved field by field, with the status at the top.

Each field is saved when it is left (Tab, Enter, another click), as one undoable step.
Text in a number field, a target equal to the baseline or on the wrong side of it, a due
date before the start: each is refused under the field it concerns, and nothing is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import Direction, GoalKind
from kamdesk.domain.pasted_numbers import CellProblem, parse_signed_number
from kamdesk.services.settings.team_and_settings import list_team_members
from kamdesk.services.tracking import goal_editing
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import USER_ERRORS, UpdateRowCommand, refusal_text
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import FieldRow
from kamdesk.ui.common.qt_dates import show_date, show_full_years, to_qdate
from kamdesk.ui.common.workspace_tab import HeldTyping
from kamdesk.ui.tracking.goal_table_model import (
    format_metric,
    format_percent,
    status_label,
    status_style,
)

NUMBER_FIELDS = ("baseline", "target")

# Literal translate("GoalFigures", "…") calls: the tool that collects texts finds them (a
# widget passed in and asked for tr() was collected under the parameter's name, and the
# German sentences never reached the goal form or the updates panel).
translate = QCoreApplication.translate


def locale_uses_decimal_comma() -> bool:
    """Whether the user's locale writes 1,5 rather than 1.5."""
    return QLocale().decimalPoint() == ","


def parse_metric_text(text: str) -> Any:
    """A goal figure typed by the user; ValueError with a sentence for the field."""
    try:
        value = parse_signed_number(text, locale_uses_decimal_comma(), places=4)
    except CellProblem as problem:
        example = QLocale().toString(12.5, "f", 1)
        if problem.code == "too_many_places":
            raise ValueError(translate("GoalFigures", "Use at most four decimal places.")) from None
        raise ValueError(
            translate("GoalFigures", "Enter a number, for example %1.").replace("%1", example)
        ) from None
    if value is None:
        raise ValueError(translate("GoalFigures", "Enter a number."))
    return value


def date_field() -> QDateEdit:
    """A date field with a calendar pop-up in the locale's short format, set to today."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    show_full_years(edit)
    edit.setDate(QDate.currentDate())
    return edit


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class GoalForm(QWidget):
    """Edits one goal; shows its status, progress and current value."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.goal: goal_editing.GoalRow | None = None
        self.account_id: int | None = None

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(18)
        self.current = QLabel()
        self.current.setObjectName("mutedLabel")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.progress, 1)
        status_row.addWidget(self.current)

        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Customer-facing"), GoalKind.CUSTOMER)
        self.kind_combo.addItem(self.tr("Internal"), GoalKind.INTERNAL)
        self.metric_edit = QLineEdit()
        self.metric_edit.setPlaceholderText(self.tr("e.g. Uptime of the line"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, days, €"))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Should increase"), Direction.INCREASE)
        self.direction_combo.addItem(self.tr("Should decrease"), Direction.DECREASE)
        self.baseline_edit = QLineEdit()
        self.target_edit = QLineEdit()
        self.start_edit = self._date_edit()
        self.due_edit = self._date_edit()
        self.owner_combo = QComboBox()

        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}
        editors: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("Title"), self.title_edit),
            ("kind", self.tr("Audience"), self.kind_combo),
            ("metric", self.tr("Metric"), self.metric_edit),
            ("unit", self.tr("Unit"), self.unit_edit),
            ("direction", self.tr("Direction"), self.direction_combo),
            ("owner_id", self.tr("Owner"), self.owner_combo),
            ("baseline", self.tr("Baseline"), self.baseline_edit),
            ("target", self.tr("Target"), self.target_edit),
            ("start_on", self.tr("Start"), self.start_edit),
            ("due_on", self.tr("Due date"), self.due_edit),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for position, (field, label_text, editor) in enumerate(editors):
            row = FieldRow(editor)
            self.rows[field] = row
            self.labels[field] = label_text
            label = QLabel(label_text)
            label.setBuddy(editor)
            line, pair = divmod(position, 2)
            grid.addWidget(label, line, pair * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row, line, pair * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        for field, edit in (
            ("title", self.title_edit),
            ("metric", self.metric_edit),
            ("unit", self.unit_edit),
            ("baseline", self.baseline_edit),
            ("target", self.target_edit),
        ):
            edit.editingFinished.connect(lambda f=field: self._commit_text(f))
        self.start_edit.editingFinished.connect(lambda: self._commit_date("start_on"))
        self.due_edit.editingFinished.connect(lambda: self._commit_date("due_on"))
        self.kind_combo.activated.connect(lambda _i: self._commit_combo("kind"))
        self.direction_combo.activated.connect(lambda _i: self._commit_combo("direction"))
        self.owner_combo.activated.connect(lambda _i: self._commit_combo("owner_id"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status_row)
        layout.addLayout(grid)
        self.set_goal(None, None)

    def _date_edit(self) -> QDateEdit:
        edit = date_field()
        # Picking a day in the pop-up is a finished edit too, not only leaving the field.
        edit.calendarWidget().clicked.connect(lambda _d: edit.editingFinished.emit())
        return edit

    # -- showing -------------------------------------------------------------------------

    def set_goal(self, goal: goal_editing.GoalRow | None, account_id: int | None) -> None:
        """Show this goal (None: an empty, disabled form)."""
        same = goal is not None and self.goal is not None and goal.id == self.goal.id
        # Read again (F5, an import, a colleague's change): a refused value stays to be corrected.
        keep = set(self._held_fields()) if same else set()
        self.goal, self.account_id = goal, account_id
        self.setEnabled(goal is not None)
        if not same:
            for row in self.rows.values():
                row.show_error("")
        if goal is None:
            self._clear()
            return
        self._fill_owners()
        self.status.setText(status_label(goal.status))
        self.status.setStyleSheet(status_style(goal.status))
        progress = 0 if goal.progress is None else round(float(goal.progress) * 100)
        self.progress.setValue(min(max(progress, 0), 100))
        self.progress.setFormat(format_percent(goal.progress) or self.tr("no update yet"))
        if goal.updates:
            last = goal.updates[-1]
            self.current.setText(
                self.tr("Latest: %1 on %2")
                .replace("%1", format_metric(last.value, goal.unit))
                .replace("%2", show_date(last.measured_on))
            )
        else:
            self.current.setText(self.tr("No update yet"))
        values: list[tuple[str, QWidget, Any]] = [
            ("title", self.title_edit, goal.title),
            ("metric", self.metric_edit, goal.metric),
            ("unit", self.unit_edit, goal.unit),
            ("baseline", self.baseline_edit, format_metric(goal.baseline)),
            ("target", self.target_edit, format_metric(goal.target)),
        ]
        for field, edit, text in values:
            # A field being typed in keeps what the user typed (a reload follows each save).
            if same and (edit.hasFocus() or field in keep):
                continue
            assert isinstance(edit, QLineEdit)
            edit.setText(text)
            edit.setCursorPosition(0)  # a long title in a narrow field shows its beginning
        for field, date_edit, day in (("start_on", self.start_edit, goal.start_on),
                                      ("due_on", self.due_edit, goal.due_on)):
            if not (same and (date_edit.hasFocus() or field in keep)):
                date_edit.setDate(to_qdate(day))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(goal.kind))
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(goal.direction))
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(goal.owner_id)))

    def _clear(self) -> None:
        """No goal: nothing of the last one shown (it may have been deleted or undone)."""
        self.status.setText("")
        self.status.setStyleSheet("")
        self.progress.setValue(0)
        self.current.setText("")
        for edit in (self.title_edit, self.metric_edit, self.unit_edit, self.baseline_edit,
                     self.target_edit):
            edit.clear()
        for date_edit in (self.start_edit, self.due_edit):
            date_edit.setDate(QDate.currentDate())
        for combo in (self.kind_combo, self.direction_combo):
            combo.setCurrentIndex(0)
        self.owner_combo.clear()

    def _fill_owners(self) -> None:
        try:
            members = list_team_members(self.context.db)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("— nobody —"), None)
        for member in members:
            if member.active or (self.goal is not None and member.id == self.goal.owner_id):
                self.owner_combo.addItem(member.name, member.id)

    # -- typing refused and kept in its field (asked about before the account is left) ----

    def held_typing(self) -> list[HeldTyping]:
        """Refused fields that still show what was typed, to be corrected, in form order."""
        return [HeldTyping(self.labels[f], self.rows[f].error()) for f in self._held_fields()]

    def focus_held_typing(self) -> None:
        """The cursor into the first refused field that holds typing."""
        held = self._held_fields()
        if held:
            self.rows[held[0]].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _held_fields(self) -> list[str]:
        if self.goal is None:
            return []
        return [
            field for field, row in self.rows.items()
            if row.error() and self._shown_value(field) != self._stored_value(field)
        ]

    def discard_held_typing(self) -> None:
        """Show the goal as stored again: every field rewritten, no refusal left."""
        goal, account_id = self.goal, self.account_id
        self.goal = None  # not "the same goal": no field keeps what it holds
        self.set_goal(goal, account_id)

    def _shown_value(self, field: str) -> Any:
        editor = self.rows[field].editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QDateEdit):
            return to_date(editor.date())
        assert isinstance(editor, QComboBox)
        return editor.currentData()

    def _stored_value(self, field: str) -> Any:
        """The goal's value of ``field`` as :meth:`set_goal` shows it."""
        assert self.goal is not None
        value = getattr(self.goal, field)
        return format_metric(value) if field in NUMBER_FIELDS else value

    # -- saving --------------------------------------------------------------------------

    def _commit_text(self, field: str) -> None:
        if self.goal is None:
            return
        edit = {
            "title": self.title_edit,
            "metric": self.metric_edit,
            "unit": self.unit_edit,
            "baseline": self.baseline_edit,
            "target": self.target_edit,
        }[field]
        value: Any = edit.text().strip()
        if field in NUMBER_FIELDS:
            try:
                value = parse_metric_text(edit.text())
            except ValueError as error:
                self.rows[field].show_error(error_text(error))
                return
        self.save(field, value)

    def _commit_date(self, field: str) -> None:
        edit = self.start_edit if field == "start_on" else self.due_edit
        self.save(field, to_date(edit.date()))

    def _commit_combo(self, field: str) -> None:
        combo = {
            "kind": self.kind_combo,
            "direction": self.direction_combo,
            "owner_id": self.owner_combo,
        }[field]
        self.save(field, combo.currentData())

    def save(self, field: str, value: Any) -> bool:
        """Store one field of the goal as an undoable step; False if it was refused."""
        goal, account_id = self.goal, self.account_id
        if goal is None or account_id is None:
            return False
        old = getattr(goal, field)
        if old == value:
            self.rows[field].show_error("")
            return True
        merged = {name: getattr(goal, name) for name in goal_editing.GOAL_FIELDS}
        merged[field] = value
        try:
            goal_editing.check_goal(merged)
        except ValidationError as error:
            self.rows.get(error.field or field, self.rows[field]).show_error(error_text(error))
            return False
        # Valid: old refusals go, but not those of other fields still holding their typing
        # (a figure refused before another field was saved stays to be corrected).
        held = set(self._held_fields()) - {field}
        for name, row in self.rows.items():
            if name not in held:
                row.show_error("")
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Change goal “%1”").replace("%1", goal.title),
            DataKind.GOALS,
            account_id,
            lambda rid, seen, values: goal_editing.update_goal(db, rid, seen, values),
            goal.id,
            goal.version,
            {field: old},
            {field: value},
            origin=self,
        )
        refusal = refusal_text(self.context.push(command))
        if refusal:
            self.rows[field].show_error(refusal)
            return False
        return True
