"""The Reviews tab driven as a user would: start a review, see what changed, record it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import ReviewCadence, ReviewKind
from kamdesk.services.plans import review_start
from kamdesk.services.tracking import review_workflow as reviews
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, PlanSnapshot, Stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.tracking.review_changes_dialog import ReviewChangesDialog
from kamdesk.ui.tracking.reviews_tab import ReviewsTab, ReviewTableModel
from tests.ui.conftest import show_active


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Rhein Chemie", review_cadence=ReviewCadence.QUARTERLY)
        session.add(account)
        session.flush()
        return account.id


def open_tab(qtbot: QtBot, context: AppContext, account_id: int) -> ReviewsTab:
    tab = ReviewsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def when_dialog_shows(act: Callable[[ReviewChangesDialog], None]) -> None:
    """Run ``act`` on the review dialog once it is open (it opens modally, after a read)."""

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ReviewChangesDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, tick)

    QTimer.singleShot(0, tick)


def test_never_reviewed_is_due_now(qtbot: QtBot, context: AppContext, account_id: int) -> None:
    tab = open_tab(qtbot, context, account_id)
    assert "due now" in tab.next_due.text()
    assert "Quarterly" in tab.cadence.text()


def test_start_review_shows_changes_and_records(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    old = date.today() - timedelta(days=120)
    first = review_start.start_review(db, account_id)
    reviews.record_review(db, account_id, {"held_on": old}, first.snapshot_id)
    create_action(db, account_id, "Send the renewal offer")
    with db.session() as session:
        session.add(Stakeholder(account_id=account_id, name="Ole Berg", title="CFO"))

    tab = open_tab(qtbot, context, account_id)
    assert "overdue" in tab.next_due.text()  # held 120 days ago, quarterly
    seen: dict[str, str] = {}

    def record(dialog: ReviewChangesDialog) -> None:
        seen["heading"] = dialog.heading.text()
        seen["changes"] = dialog.changes.toPlainText()
        dialog.form.kind_combo.setCurrentIndex(dialog.form.kind_combo.findData(ReviewKind.CLIENT))
        dialog.form.attendees_edit.setFocus()
        qtbot.keyClicks(dialog.form.attendees_edit, "Ole Berg, Anja Lind")
        qtbot.keyClicks(dialog.form.outcomes_edit, "Renewal agreed")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    when_dialog_shows(record)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)

    assert seen["heading"].startswith("What changed since")
    assert "Ole Berg" in seen["changes"] and "Send the renewal offer" in seen["changes"]
    overview = reviews.review_overview(db, account_id)
    newest = overview.reviews[0]
    assert (newest.held_on, newest.kind, newest.attendees, newest.outcomes) == (
        date.today(), ReviewKind.CLIENT, "Ole Berg, Anja Lind", "Renewal agreed"
    )
    assert overview.overdue is False
    with db.session() as session:
        linked = session.query(PlanSnapshot).filter_by(review_id=newest.id).count()
    assert linked == 1
    assert tab.model.rowCount() == 2

    context.undo_stack(account_id).undo()
    assert len(reviews.review_overview(db, account_id).reviews) == 1


def test_cancelled_review_discards_its_snapshot(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)

    headings: list[str] = []

    def cancel(dialog: ReviewChangesDialog) -> None:
        headings.append(dialog.heading.text())
        dialog.reject()

    when_dialog_shows(cancel)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert headings[0].startswith("First review")
    with db.session() as session:
        assert session.query(PlanSnapshot).count() == 0
    assert reviews.review_overview(db, account_id).reviews == ()


def test_export_calendar_writes_ics(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, tmp_path: Path
) -> None:
    action = create_action(db, account_id, "Call", {"due_on": date.today() + timedelta(days=2)})
    tab = open_tab(qtbot, context, account_id)
    tab.write_calendar_to(tmp_path / "due")
    events = Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT")
    assert {str(e["uid"]) for e in events} == {
        f"review-{account_id}@kamdesk", f"action-{action}@kamdesk"
    }
    assert "2 events written" in tab.info.text()


def test_review_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, account_id: int
) -> None:
    reviews.add_review(db, account_id, {"held_on": date(2024, 1, 5), "summary": "ok"})
    reviews.add_review(db, account_id, {"held_on": date(2024, 4, 5), "kind": ReviewKind.CLIENT})
    model = ReviewTableModel()
    model.set_rows(reviews.review_overview(db, account_id).reviews)
    qtmodeltester.check(model)
