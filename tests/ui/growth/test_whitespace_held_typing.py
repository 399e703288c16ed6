"""A refused value in the whitespace cell panel is not thrown away by moving to another cell.

Driven as a user would: select a cell, press Enter, type a value that is refused and press
Enter (the panel keeps the typing, its refusal under it, the cursor back on the matrix),
then click another cell or press an arrow key and answer the box. Go back returns to the
cell with the cursor in the value; Discard changes shows the other cell. The database is
checked after each.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import create_offering
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.growth.whitespace_tab import WhitespaceTab
from tests.ui.conftest import show_active
from tests.ui.held_typing_answers import Button, answer_boxes


@pytest.fixture
def matrix(qtbot: QtBot, db: Database) -> WhitespaceTab:
    """Berlin and Munich × MES and Audit, on screen."""
    with db.session() as session:
        account = Account(name="Acme")
        session.add(account)
        session.flush()
        account_id = account.id
    ws.create_unit(db, account_id, "Berlin")
    ws.create_unit(db, account_id, "Munich")
    create_offering(db, "MES")
    create_offering(db, "Audit")
    tab = WhitespaceTab(AppContext(db))
    qtbot.addWidget(tab, before_close_func=lambda t: t.discard_held_typing())
    tab.resize(1100, 700)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def click_cell(qtbot: QtBot, tab: WhitespaceTab, row: int, column: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, column))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_value(qtbot: QtBot, tab: WhitespaceTab, text: str) -> None:
    """Enter on the matrix, the value typed, Enter: the cursor goes back to the matrix."""
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.keyClick(tab.panel.value_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.panel.value_edit, text)
    qtbot.keyClick(tab.panel.value_edit, Qt.Key.Key_Return)


def hold_refused_value(qtbot: QtBot, tab: WhitespaceTab) -> None:
    click_cell(qtbot, tab, 0, 0)
    assert tab.panel.heading.text() == "Berlin × MES"
    type_value(qtbot, tab, "-5")
    assert "negative" in tab.panel.value_error.text()
    assert tab.view.hasFocus()


def shown(tab: WhitespaceTab) -> tuple[int, int]:
    index: QModelIndex = tab.view.currentIndex()
    return index.row(), index.column()


def stored_values(tab: WhitespaceTab) -> list[Decimal]:
    assert tab.account_id is not None
    cells = ws.load_matrix(tab.context.db, tab.account_id).cells.values()
    return sorted(c.estimated_value for c in cells if c.estimated_value is not None)


def test_clicking_another_cell_asks_and_go_back_keeps_the_value(
    qtbot: QtBot, matrix: WhitespaceTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_refused_value(qtbot, matrix)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_cell(qtbot, matrix, 1, 1)
    assert len(answers.asked) == 1
    assert "Some changes to the cell “Berlin × MES” could not be saved:" in answers.texts[0]
    assert "• Value / year of Berlin × MES – " in answers.texts[0]
    qtbot.waitUntil(lambda: [(i.row(), i.column()) for i in matrix.view.selectedIndexes()]
                    == [(0, 0)], timeout=2_000)
    assert shown(matrix) == (0, 0) and matrix.panel.heading.text() == "Berlin × MES"
    assert matrix.panel.value_edit.text() == "-5"
    assert "negative" in matrix.panel.value_error.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is matrix.panel.value_edit,
                    timeout=2_000)
    assert stored_values(matrix) == []
    # Corrected, the value is saved as any other.
    qtbot.keyClick(matrix.panel.value_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(matrix.panel.value_edit, "500")
    qtbot.keyClick(matrix.panel.value_edit, Qt.Key.Key_Return)
    assert stored_values(matrix) == [Decimal(500)]
    assert len(answers.asked) == 1


def test_an_arrow_key_with_discard_shows_the_other_cell(
    qtbot: QtBot, matrix: WhitespaceTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_refused_value(qtbot, matrix)
    answers = answer_boxes(monkeypatch, Button.Discard)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Right)
    assert len(answers.asked) == 1
    assert shown(matrix) == (0, 1) and matrix.panel.heading.text() == "Berlin × Audit"
    assert matrix.panel.value_edit.text() == "" and matrix.held_typing() == []
    # Back on the cell: what is stored (nothing), no refusal, no box.
    qtbot.keyClick(matrix.view, Qt.Key.Key_Left)
    assert len(answers.asked) == 1
    assert matrix.panel.value_edit.text() == "" and matrix.panel.value_error.isHidden()
    assert stored_values(matrix) == []


def test_reading_again_keeps_the_value_without_asking(
    qtbot: QtBot, matrix: WhitespaceTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_refused_value(qtbot, matrix)
    answers = answer_boxes(monkeypatch, Button.Discard)
    matrix.reload()  # F5, an import, a colleague's change
    assert answers.asked == []
    assert matrix.panel.value_edit.text() == "-5" and shown(matrix) == (0, 0)


def test_nothing_held_nothing_asked(
    qtbot: QtBot, matrix: WhitespaceTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_cell(qtbot, matrix, 0, 0)
    type_value(qtbot, matrix, "1200")
    click_cell(qtbot, matrix, 1, 1)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Up)
    assert answers.asked == [] and shown(matrix) == (0, 1)
    assert stored_values(matrix) == [Decimal(1200)]


def test_saving_the_note_keeps_the_held_value(
    qtbot: QtBot, matrix: WhitespaceTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_refused_value(qtbot, matrix)
    note = matrix.panel.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "asked by the plant manager")
    qtbot.keyClick(note, Qt.Key.Key_Return)  # valid: saved at once
    assert matrix.account_id is not None
    cells = ws.load_matrix(matrix.context.db, matrix.account_id).cells.values()
    assert [c.note for c in cells] == ["asked by the plant manager"]
    assert matrix.panel.value_edit.text() == "-5"
    assert "negative" in matrix.panel.value_error.text()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Down)
    assert len(answers.asked) == 1 and shown(matrix) == (0, 0)
