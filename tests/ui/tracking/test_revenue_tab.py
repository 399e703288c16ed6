"""The Revenue tab driven as a user would: typing, pasting blocks with Ctrl+V, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.services.tracking import revenue_editing as revenue
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.tracking.revenue_grid_model import ACTUAL, YEAR, RevenueGridModel
from kamdesk.ui.tracking.revenue_paste_dialog import RevenuePasteDialog
from kamdesk.ui.tracking.revenue_tab import RevenueTab
from tests.ui.conftest import show_active


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Hanse Logistik")
        session.add(account)
        session.flush()
        return account.id


def open_tab(qtbot: QtBot, context: AppContext, account_id: int) -> RevenueTab:
    tab = RevenueTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def stored(db: Database, account_id: int) -> dict[tuple[int, int], tuple[object, ...]]:
    table = revenue.revenue_table(db, account_id)
    return {(r.year, r.quarter): (r.actual, r.plan, r.recurring) for r in table.rows
            if r.version is not None}


def paste(qtbot: QtBot, tab: RevenueTab, row: int, column: int, text: str) -> None:
    tab.table.setCurrentIndex(tab.model.index(row, column))
    tab.table.setFocus()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_paste_german_block_is_one_undo_step(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)
    block = "2023\t1\t1.234,56 €\t1.000,00 €\tja\r\n2023\tQ2\t2.000,5\t\t\r\n"
    paste(qtbot, tab, 0, YEAR, block)
    assert stored(db, account_id) == {
        (2023, 1): (Decimal("1234.56"), Decimal("1000.00"), True),
        (2023, 2): (Decimal("2000.50"), None, False),
    }
    row = tab.model.row_of(2023, 2)
    assert tab.model.index(row, ACTUAL).data() == "2,000.50"  # shown in the user's locale
    context.undo_stack(account_id).undo()
    assert stored(db, account_id) == {}
    context.undo_stack(account_id).redo()
    assert len(stored(db, account_id)) == 2


def test_paste_with_problems_asks_and_applies_the_rest(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)
    seen: list[list[str]] = []

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevenuePasteDialog)
        seen.append([dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())])
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, confirm)
    paste(qtbot, tab, 0, YEAR, "2023\t5\t100\n2023\t2\tviel\t50\n2023\t3\t300\n")
    assert len(seen[0]) == 3
    assert "not a quarter" in seen[0][0]
    assert "not applied" in seen[0][1]
    assert "not an amount" in seen[0][2]
    assert stored(db, account_id) == {
        (2023, 2): (None, Decimal("50.00"), False),
        (2023, 3): (Decimal("300.00"), None, False),
    }


def test_cancelled_paste_writes_nothing(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevenuePasteDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    paste(qtbot, tab, 0, ACTUAL, "12\nabc\n")
    assert stored(db, account_id) == {}
    assert "Nothing was pasted" in tab.message.text()


def type_into_cell(qtbot: QtBot, tab: RevenueTab, row: int, text: str) -> None:
    """Select the Actual cell, start typing (which opens the editor), leave with Tab."""
    tab.table.setCurrentIndex(tab.model.index(row, ACTUAL))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not tab.table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_typing_amounts(qtbot: QtBot, context: AppContext, db: Database, account_id: int) -> None:
    tab = open_tab(qtbot, context, account_id)
    row = tab.model.row_of(2023, 4) if tab.model.row_of(2023, 4) >= 0 else 0
    quarter = tab.model.row_at(row)
    type_into_cell(qtbot, tab, row, "1,234.5")
    expected = {(quarter.year, quarter.quarter): (Decimal("1234.50"), None, False)}
    qtbot.waitUntil(lambda: stored(db, account_id) == expected)

    type_into_cell(qtbot, tab, row, "lots")
    assert "not an amount" in tab.message.text()
    assert stored(db, account_id)[quarter.year, quarter.quarter][0] == Decimal("1234.50")


def test_grid_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, account_id: int
) -> None:
    preview = revenue.preview_paste(db, account_id, (2023, 1), "actual", "10\t20\tx\n30\n", False)
    revenue.apply_revenue_changes(db, account_id, preview.changes)
    model = RevenueGridModel()
    model.set_rows(revenue.revenue_table(db, account_id).rows)
    qtmodeltester.check(model)
