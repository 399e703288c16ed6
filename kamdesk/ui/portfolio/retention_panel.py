"""The dashboard's "Personal data to review" list: who is due under the retention period.

People who left the company, and everyone at an account without activity, for longer than
the period in the settings are listed (:mod:`kamdesk.services.stakeholders.retention`).
The KAM selects some or all of them and erases them in one go, after one confirmation that
says how many and that it cannot be undone; a double click opens the person's account on
the People tab instead, to look before deciding.

The list is read off the GUI thread, like the rest of the dashboard, when the panel is
first shown and shortly after any change while it is on screen. The dashboard holds the
first read (:meth:`RetentionPanel.hold`) until its own figures are on screen: both reads
would otherwise share the two cores and Python's one interpreter lock, and the figures are
what the KAM opened the dashboard for.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.services.stakeholders.personal_data_erasure import ErasureReport
from kamdesk.services.stakeholders.retention import (
    RetentionCandidate,
    erase_people_under_review,
    people_due_for_review,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.operations import Operation, Progress, run_in_background
from kamdesk.ui.portfolio.retention_list_model import (
    ACCOUNT_ROLE,
    RetentionListModel,
)

# What an erasure writes on each account: the people, their seats, their history's texts
# and the plan snapshots (the same kinds "Erase this person" announces).
ERASURE_KINDS = (
    DataKind.STAKEHOLDERS,
    DataKind.BUYING_CENTERS,
    DataKind.INTERACTIONS,
    DataKind.REVIEWS,
    DataKind.SNAPSHOTS,
)
RELOAD_DELAY_MS = 400  # a burst of edits reads the list once
# The workspace tab a double click opens: the account's people.
PEOPLE_AREA = "stakeholders"


class RetentionPanel(QGroupBox):
    """People due for review, to open or to erase in bulk."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.candidates: tuple[RetentionCandidate, ...] = ()
        self.loaded = False
        self.erasing = False
        self.last_report: ErasureReport | None = None
        self._operation: Operation | None = None
        self._stale = True
        self._held = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        context.changed.connect(self._on_change)

        self.model = RetentionListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Personal data to review"))
        self.view.doubleClicked.connect(self._open_account)
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.clicked.connect(self.select_all)
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.setToolTip(self.tr(
            "Replace the selected people's names, contact data and notes with a placeholder; "
            "this cannot be undone."
        ))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._show_count()
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """Whether the list is being read."""
        return self._operation is not None

    @property
    def is_held(self) -> bool:
        """Whether reads wait for :meth:`release`."""
        return self._held

    def hold(self) -> None:
        """Read nothing until :meth:`release`; what is asked for meanwhile is read then."""
        self._held = True

    def release(self) -> None:
        """Read what was asked for while held (at once, if the panel is on screen)."""
        self._held = False
        if self._stale and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the list again in the background (once released, if held)."""
        self._reload_timer.stop()
        if self._held:
            self._stale = True  # read on release
            return
        if self._operation is not None:
            self._stale = True  # picked up when the running read ends
            return
        self._stale = False
        db = self.context.db
        today = date.today()

        def read(_progress: Progress) -> tuple[RetentionCandidate, ...]:
            return people_due_for_review(db, today, load_settings(db).retention_months)

        self._operation = run_in_background(read, self._on_loaded, self._on_failed, self)
        self._operation.finished.connect(self._on_finished)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_change(self, change: Change) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _on_loaded(self, candidates: object) -> None:
        assert isinstance(candidates, tuple)
        self.candidates = candidates
        self.loaded = True
        self.model.set_candidates(candidates)
        self._show_count()

    def _on_failed(self, message: str) -> None:
        self.context.failed.emit(message)

    def _on_finished(self) -> None:
        self._operation = None
        if self._stale and self.isVisible():
            self._reload_timer.start()

    # -- acting -----------------------------------------------------------------------------

    def selected(self) -> list[RetentionCandidate]:
        """The selected people, in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.candidate(row) for row in rows]

    def select_all(self) -> None:
        """Select every listed person, also those the view has not been given yet."""
        self.model.fetch_all()
        self.view.selectAll()

    def erase_selected(self) -> None:
        """Ask once, then erase every selected person (cannot be undone)."""
        people = self.selected()
        if not people:
            return
        if not self._confirmed(len(people)):
            return
        db = self.context.db
        ids = [person.stakeholder_id for person in people]
        accounts = sorted({person.account_id for person in people})
        self.erasing = True
        self._update_buttons()

        def erase(_progress: Progress) -> ErasureReport:
            return erase_people_under_review(db, ids)

        def done(report: object) -> None:
            assert isinstance(report, ErasureReport)
            self._after_erasure(accounts, report)

        operation = run_in_background(
            erase, done, self._on_failed, self, self.tr("Erasing personal data…"), self.window()
        )
        # One transaction that cannot be stopped half-way: no Cancel button, and should the
        # dialog be closed anyway, the views still learn what was erased.
        if operation.dialog is not None:
            operation.dialog.setCancelButton(None)
        operation.cancelled.connect(lambda: self._after_erasure(accounts, None))
        operation.finished.connect(self._erasure_finished)

    def _erasure_finished(self) -> None:
        self.erasing = False
        self._update_buttons()

    def _confirmed(self, count: int) -> bool:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase personal data"))
        box.setText(
            self.tr("Erase the personal data of 1 person?") if count == 1 else
            self.tr("Erase the personal data of %1 people?").replace("%1", str(count))
        )
        box.setInformativeText(self.tr(
            "Names, e-mail addresses, phone numbers, notes, attitude and influence are "
            "replaced by a placeholder or removed, also in the stored plan snapshots. "
            "This cannot be undone."
        ))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Erase"))
        return bool(box.exec() == QMessageBox.StandardButton.Yes.value)

    def _after_erasure(self, accounts: list[int], report: ErasureReport | None) -> None:
        self.last_report = report
        for account_id in accounts:
            # The undo history of these accounts may still hold what was erased.
            self.context.undo_stack(account_id).clear()
            for kind in ERASURE_KINDS:
                self.context.publish(Change(kind, account_id))
        self.reload()
        if report is not None and report.mentions:
            self._show_mentions(report)

    def _show_mentions(self, report: ErasureReport) -> None:
        """Say which free texts still name the erased people: kamdesk leaves them to the KAM."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Erase personal data"))
        # Counts after a colon read right for one and for many, in English and in German.
        box.setText(self.tr("Erased: %1. Other texts on their accounts that still name them: "
                            "%2. Please edit those texts there.")
                    .replace("%1", str(report.erased)).replace("%2", str(len(report.mentions))))
        box.setDetailedText("\n".join(f"{mention.excerpt}" for mention in report.mentions))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def _open_account(self, index: QModelIndex | QPersistentModelIndex) -> None:
        account_id = index.data(ACCOUNT_ROLE)
        if isinstance(account_id, int):
            self.context.open_account_requested.emit(account_id, PEOPLE_AREA)

    # -- showing ----------------------------------------------------------------------------

    def _show_count(self) -> None:
        self.setTitle(self.tr("Personal data to review (%1)").replace(
            "%1", str(self.model.total())))

    def _update_buttons(self) -> None:
        self.select_all_button.setEnabled(self.model.total() > 0)
        self.erase_button.setEnabled(
            not self.erasing and self.view.selectionModel().hasSelection()
        )
