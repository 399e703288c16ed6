"""The Actions tab driven from the keyboard: quick add, mark done, overdue marks, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.services.tracking import action_editing as actions
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.tracking.actions_tab import ActionsTab, ActionTableModel
from tests.ui.conftest import show_active


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Isar Werke")
        session.add(account)
        session.flush()
        return account.id


def open_tab(qtbot: QtBot, context: AppContext, account_id: int) -> ActionsTab:
    tab = ActionsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def test_quick_add_and_mark_done_from_the_keyboard(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)
    tab.table.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.quick_add.hasFocus()
    qtbot.keyClicks(tab.quick_add, "Send the price list")
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
    (row,) = actions.list_actions(db, account_id)
    assert row.title == "Send the price list" and tab.quick_add.text() == ""

    tab.table.setCurrentIndex(tab.proxy.index(0, 0))  # the Done check box
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: actions.list_actions(db, account_id)[0].done)
    (row,) = actions.list_actions(db, account_id)
    assert (row.done, row.done_on) == (True, date.today())
    context.undo_stack(account_id).undo()
    assert actions.list_actions(db, account_id)[0].done is False
    context.undo_stack(account_id).undo()
    assert actions.list_actions(db, account_id) == ()


def test_overdue_due_date_stands_out(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, qtmodeltester: ModelTester
) -> None:
    actions.create_action(db, account_id, "Late", {"due_on": date.today() - timedelta(days=3)})
    actions.create_action(db, account_id, "Fine", {"due_on": date.today() + timedelta(days=3)})
    tab = open_tab(qtbot, context, account_id)
    late, fine = tab.model.index(0, 3), tab.model.index(1, 3)
    assert late.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    assert "1 overdue" in tab.summary.text()
    model = ActionTableModel()
    model.set_rows(actions.list_actions(db, account_id))
    qtmodeltester.check(model)
    qtmodeltester.check(tab.proxy)
