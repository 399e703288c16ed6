"""The Reviews tab: the cadence, when the next review is due, the reviews held.

"Start review" stores a snapshot of the plan and opens "What changed since …" with the form
to record the review; cancelling discards that snapshot. "Export calendar…" writes the
review and action due dates of every account as an iCalendar file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import ReviewKind
from kamdesk.services.export.calendar_export import write_calendar
from kamdesk.services.plans import review_start
from kamdesk.services.tracking import review_workflow as reviews
from kamdesk.services.tracking.review_reads import ReviewRow
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.enum_labels import cadence_label
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.row_table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.tracking.review_changes_dialog import ReviewChangesDialog
from kamdesk.ui.tracking.review_form import ReviewForm


class ReviewTableModel(RowTableModel):
    """The reviews held, newest first (edited through the review form)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        kinds = {ReviewKind.INTERNAL: self.tr("Internal"), ReviewKind.CLIENT: self.tr("Client")}
        super().__init__(
            [
                Column("held_on", self.tr("Held on"), editor=""),
                Column("kind", self.tr("Kind"), lambda k: kinds[k], editor=""),
                Column("attendees", self.tr("Attendees"), editor=""),
                Column("summary", self.tr("Summary"), editor=""),
                Column("outcomes", self.tr("Outcomes"), editor=""),
                Column("next_review_on", self.tr("Next review"), editor=""),
                Column("shared_with_client", self.tr("Shared"), editor="",
                       display=lambda shared: self.tr("Yes") if shared else ""),
            ],
            parent,
        )


class ReviewsTab(WorkspaceTab):
    """Reviews of the account plan and the next due date."""

    area = "reviews"
    # The profile holds the review cadence; a snapshot is what the next review compares to.
    kinds = frozenset({DataKind.REVIEWS, DataKind.PROFILE, DataKind.SNAPSHOTS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: reviews.ReviewOverview | None = None
        self.cadence = QLabel()
        self.next_due = QLabel()
        self.start_button = QPushButton(self.tr("Start review…"))
        self.start_button.clicked.connect(self.start_review)
        self.calendar_button = QPushButton(self.tr("Export calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Review and action due dates of all accounts as an .ics file")
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        top = QHBoxLayout()
        top.addWidget(self.cadence)
        top.addSpacing(24)
        top.addWidget(self.next_due, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.calendar_button)

        self.model = ReviewTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.info = QLabel()
        self.info.setObjectName("mutedLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def title(self) -> str:
        return self.tr("Reviews")

    def reload(self) -> None:
        if self.account_id is None:
            self.overview = None
            self.model.set_rows([])
            return
        try:
            self.overview = reviews.review_overview(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        overview = self.overview
        self.model.set_rows(overview.reviews)
        self.cadence.setText(
            self.tr("Review cadence: %1").replace("%1", cadence_label(overview.cadence))
        )
        if overview.never_reviewed:
            text, style = self.tr("Next review: due now (no review held yet)"), "color: #b26a00;"
        elif overview.overdue:
            text = self.tr("⚠ Next review was due on %1: overdue").replace(
                "%1", show_date(overview.next_due)
            )
            style = "color: #b00020; font-weight: 600;"
        else:
            text = self.tr("Next review due on %1").replace("%1", show_date(overview.next_due))
            style = ""
        self.next_due.setText(text)
        self.next_due.setStyleSheet(style)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def selected_review(self) -> ReviewRow | None:
        """The review selected in the table."""
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ReviewRow) else None

    def start_review(self) -> ReviewChangesDialog | None:
        """Snapshot the plan, show what changed, and record the review if the user does."""
        if self.account_id is None or self.overview is None:
            return None
        account_id, db = self.account_id, self.context.db
        try:
            start = review_start.start_review(db, account_id)
        except USER_ERRORS as error:
            self._say(error_text(error))
            return None
        dialog = ReviewChangesDialog(start, self.overview.cadence, self)
        self.changes_dialog = dialog  # reachable while open (tests, focus)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values is None:
            review_start.discard_review_start(db, start.snapshot_id)
            return dialog
        values = dict(dialog.values)
        held = values["held_on"]
        assert isinstance(held, date)
        command = AddRowCommand(
            self.context,
            self.tr("Record review of %1").replace("%1", show_date(held)),
            DataKind.REVIEWS,
            account_id,
            lambda: reviews.record_review(db, account_id, values, start.snapshot_id),
            lambda row_id, seen: reviews.delete_review(db, row_id, seen),
            lambda deleted: reviews.restore_review(db, deleted),
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))
        return dialog

    def edit_selected(self) -> None:
        """Edit the selected review in a dialog (one undo step)."""
        review = self.selected_review()
        if review is None or self.account_id is None or self.overview is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Edit review"))
        form = ReviewForm(self.overview.cadence, review)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(form)
        layout.addWidget(buttons)
        chosen: dict[str, object] = {}

        def accept() -> None:
            values = form.values()
            if values is not None:
                chosen.update(values)
                dialog.accept()

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old = {name: getattr(review, name) for name in chosen}
        changed = {name: value for name, value in chosen.items() if old[name] != value}
        if not changed:
            return
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Edit review of %1").replace("%1", show_date(review.held_on)),
            DataKind.REVIEWS,
            self.account_id,
            lambda rid, seen, values: reviews.update_review(db, rid, seen, values),
            review.id,
            review.version,
            {name: old[name] for name in changed},
            changed,
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))

    def delete_selected(self) -> None:
        """Delete the selected review after asking (undoable)."""
        review = self.selected_review()
        if review is None or self.account_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete review"),
            self.tr("Delete the review of %1? Its plan snapshot stays. You can undo this "
                    "with Ctrl+Z.").replace("%1", show_date(review.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete review of %1").replace("%1", show_date(review.held_on)),
            DataKind.REVIEWS,
            self.account_id,
            lambda row_id, seen: reviews.delete_review(db, row_id, seen),
            lambda deleted: reviews.restore_review(db, deleted),
            review.id,
            review.version,
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))

    def export_calendar(self) -> None:
        """Ask where, then write every account's review and action due dates (.ics)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            str(Path.home() / "kamdesk.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.write_calendar_to(Path(path))

    def write_calendar_to(self, path: Path) -> None:
        """Write the calendar file and say how many events it holds."""
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        language = "de" if self.locale().name().startswith("de") else "en"
        try:
            count = write_calendar(self.context.db, path, date.today(), language)
        except (OSError, *USER_ERRORS) as error:
            reason = error_text(error)
            self._say(self.tr("The calendar could not be written: %1").replace("%1", reason))
            return
        self._say("")
        self.info.setText(
            self.tr("%1 events written to %2.").replace("%1", str(count)).replace("%2", str(path))
        )
