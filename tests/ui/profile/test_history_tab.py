"""The History tab: record an interaction, tick who took part, write it up, undo, conflicts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_history_editing import list_interactions, update_interaction
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.orm import Stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.history_tab import HistoryTab
from tests.ui.conftest import show_active


def _setup(context: AppContext, qtbot: QtBot) -> tuple[int, int, HistoryTab]:
    account = create_account(context.db, "Acme")
    with context.db.session() as session:
        person = Stakeholder(account_id=account, name="Eva Maier", title="CFO")
        session.add(person)
        session.flush()
        person_id = person.id
    tab = HistoryTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    show_active(qtbot, tab)
    tab.set_account(account)
    context.activate_account(account)
    return account, person_id, tab


def test_record_an_interaction_with_people_and_notes(context: AppContext, qtbot: QtBot) -> None:
    account, person, tab = _setup(context, qtbot)
    tab.table.add_button.click()
    qtbot.keyClick(tab.table.view.focusWidget(), Qt.Key.Key_Escape)  # keep today's date
    assert tab.form.isEnabled()
    tab.people_model.item(0).setCheckState(Qt.CheckState.Checked)  # as a click on the box
    tab.summary.setFocus()
    qtbot.keyClicks(tab.summary, "Budget talk")
    qtbot.keyClick(tab.summary, Qt.Key.Key_Tab)
    stored = list_interactions(context.db, account)[0]
    assert (stored.occurred_on, stored.stakeholder_ids, stored.summary) == (
        date.today(), (person,), "Budget talk"
    )
    fresh = HistoryTab(context)
    qtbot.addWidget(fresh)
    fresh.set_account(account)
    assert fresh.summary.toPlainText() == "Budget talk"
    assert "Eva Maier" in fresh.table.model.index(0, 2).data()
    assert "Last contact" in fresh.last_contact_label.text()
    context.undo_stack(account).undo()
    assert list_interactions(context.db, account)[0].summary == ""
    context.undo_stack(account).undo()
    assert list_interactions(context.db, account)[0].stakeholder_ids == ()


def test_future_day_is_refused_at_the_field(context: AppContext, qtbot: QtBot) -> None:
    account, _person, tab = _setup(context, qtbot)
    tab.table.add_button.click()
    qtbot.keyClick(tab.table.view.focusWidget(), Qt.Key.Key_Escape)
    tab.day.setDate(QDate(date.today() + timedelta(days=3)))
    tab.day.editingFinished.emit()
    assert "future" in tab.rows["occurred_on"].error()
    assert list_interactions(context.db, account)[0].occurred_on == date.today()


def test_conflicting_edit_is_reported_and_reloaded(context: AppContext, qtbot: QtBot) -> None:
    account, _person, tab = _setup(context, qtbot)
    tab.table.add_button.click()
    qtbot.keyClick(tab.table.view.focusWidget(), Qt.Key.Key_Escape)
    row = list_interactions(context.db, account)[0]
    update_interaction(context.db, row.id, row.version, {"next_steps": "Theirs"})
    tab.next_steps.setFocus()
    qtbot.keyClicks(tab.next_steps, "Mine")
    qtbot.keyClick(tab.next_steps, Qt.Key.Key_Tab)
    assert "changed elsewhere" in tab.rows["next_steps"].error()
    assert tab.next_steps.toPlainText() == "Theirs"
    assert list_interactions(context.db, account)[0].next_steps == "Theirs"
