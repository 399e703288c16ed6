"""A refused goal field is not thrown away by selecting another goal, adding or deleting one.

Driven as a user would: select a goal, type a figure that is refused and press Tab (the
field keeps the typing, its refusal under it), then click another goal, press an arrow key,
add a goal or delete this one, and answer the box. Go back returns to the goal with the
cursor in the refused field; Discard changes goes on. The database is checked after each.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import GoalKind
from kamdesk.services.tracking import goal_editing as goals
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.tracking.goals_tab import GoalSection, GoalsTab
from tests.ui.conftest import show_active, type_and_leave
from tests.ui.held_typing_answers import Answers, Button, answer_boxes


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Nordlicht GmbH")
        session.add(account)
        session.flush()
        return account.id


def _goal(db: Database, account_id: int, title: str, kind: GoalKind) -> int:
    return goals.create_goal(db, account_id, {
        "kind": kind, "title": title, "baseline": Decimal(10), "target": Decimal(20),
        "start_on": date(2026, 1, 1), "due_on": date(2026, 12, 31),
    })


@pytest.fixture
def ids(db: Database, account_id: int) -> dict[str, int]:
    return {
        "uptime": _goal(db, account_id, "Uptime", GoalKind.CUSTOMER),
        "orders": _goal(db, account_id, "Orders", GoalKind.CUSTOMER),
        "margin": _goal(db, account_id, "Margin", GoalKind.INTERNAL),
    }


def open_tab(qtbot: QtBot, context: AppContext, account_id: int) -> GoalsTab:
    tab = GoalsTab(context)
    qtbot.addWidget(tab, before_close_func=lambda t: t.discard_held_typing())
    tab.resize(1280, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def click_goal(qtbot: QtBot, section: GoalSection, title: str) -> None:
    proxy = section.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == title)
    rect = section.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def selected_titles(tab: GoalsTab) -> list[str]:
    return [
        index.data() for section in (tab.customer, tab.internal)
        for index in section.table.selectionModel().selectedRows()
    ]


def hold_refused_baseline(qtbot: QtBot, tab: GoalsTab) -> None:
    click_goal(qtbot, tab.customer, "Uptime")
    assert tab.form.title_edit.text() == "Uptime"
    type_and_leave(qtbot, tab.form.baseline_edit, "a lot")
    assert "number" in tab.form.rows["baseline"].error()


def baselines(db: Database, account_id: int) -> dict[str, Decimal]:
    return {g.title: g.baseline for g in goals.list_goals(db, account_id)}


def back_on_uptime(qtbot: QtBot, tab: GoalsTab) -> None:
    """Go back: Uptime selected and shown, its typing kept, the cursor in the baseline."""
    qtbot.waitUntil(lambda: selected_titles(tab) == ["Uptime"], timeout=2_000)
    assert tab.selected_goal() is not None and tab.selected_goal().title == "Uptime"
    assert tab.form.title_edit.text() == "Uptime"
    assert tab.form.baseline_edit.text() == "a lot"
    assert "number" in tab.form.rows["baseline"].error()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.form.baseline_edit, timeout=2_000)


def test_clicking_another_goal_asks_and_go_back_keeps_the_typing(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Orders")
    assert len(answers.asked) == 1
    assert "Some changes to the goal “Uptime” could not be saved:" in answers.texts[0]
    assert "• Baseline – Enter a number" in answers.texts[0]
    box = answers.asked[0]
    assert box.button(Button.Cancel).text() == "Go back" and box.button(Button.Save) is None
    back_on_uptime(qtbot, tab)
    assert baselines(db, account_id)["Uptime"] == 10
    # Corrected, it is saved as any figure.
    type_and_leave(qtbot, tab.form.baseline_edit, "12")
    assert baselines(db, account_id)["Uptime"] == 12
    assert len(answers.asked) == 1


def test_an_arrow_key_with_discard_shows_the_other_goal(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Discard)
    rows = [tab.customer.proxy.index(r, 0).data() for r in range(2)]
    towards_orders = Qt.Key.Key_Up if rows == ["Orders", "Uptime"] else Qt.Key.Key_Down
    back_to_uptime = Qt.Key.Key_Down if towards_orders is Qt.Key.Key_Up else Qt.Key.Key_Up
    tab.customer.table.setFocus()
    qtbot.keyClick(tab.customer.table, towards_orders)
    assert len(answers.asked) == 1
    assert selected_titles(tab) == ["Orders"]
    assert tab.form.title_edit.text() == "Orders" and tab.form.baseline_edit.text() == "10"
    assert tab.held_typing() == []
    # Back on Uptime: what is stored, no refusal, and no box (nothing is held any more).
    qtbot.keyClick(tab.customer.table, back_to_uptime)
    assert len(answers.asked) == 1
    assert tab.form.baseline_edit.text() == "10" and tab.form.rows["baseline"].error() == ""
    assert baselines(db, account_id) == {"Uptime": 10, "Orders": 10, "Margin": 10}


def test_a_goal_of_the_other_section_asks_too(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel, Button.Discard)
    click_goal(qtbot, tab.internal, "Margin")
    assert len(answers.asked) == 1
    back_on_uptime(qtbot, tab)
    click_goal(qtbot, tab.internal, "Margin")
    qtbot.waitUntil(lambda: selected_titles(tab) == ["Margin"], timeout=2_000)
    assert len(answers.asked) == 2
    assert tab.form.title_edit.text() == "Margin"
    assert baselines(db, account_id)["Uptime"] == 10


def test_a_refused_target_is_held_like_a_figure(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    click_goal(qtbot, tab.customer, "Uptime")
    type_and_leave(qtbot, tab.form.target_edit, "10")  # the baseline: nothing to reach
    assert "differ from the baseline" in tab.form.rows["target"].error()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Orders")
    assert "• Target – The target must differ" in answers.texts[0]
    qtbot.waitUntil(lambda: selected_titles(tab) == ["Uptime"], timeout=2_000)
    assert tab.form.target_edit.text() == "10"
    assert {g.title: g.target for g in goals.list_goals(db, account_id)}["Uptime"] == 20


def test_adding_a_goal_asks_first(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel, Button.Discard)
    qtbot.mouseClick(tab.internal.add_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    assert len(goals.list_goals(db, account_id)) == 3  # nothing added
    back_on_uptime(qtbot, tab)
    qtbot.mouseClick(tab.internal.add_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2
    assert len(goals.list_goals(db, account_id)) == 4
    assert tab.form.title_edit.text() == "New goal" and tab.form.title_edit.hasFocus()
    assert baselines(db, account_id)["Uptime"] == 10


class DeletingAnswers(Answers):
    """The question about held typing answered in turn; a delete confirmation: Delete."""

    def __init__(self, buttons: tuple[QMessageBox.StandardButton, ...]) -> None:
        super().__init__(buttons)
        self.deletions: list[QMessageBox] = []

    def answer(self, box: QMessageBox) -> int:
        if box.windowTitle() != "Delete goal":
            return super().answer(box)
        self.deletions.append(box)
        delete = next(b for b in box.buttons()
                      if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
        delete.click()
        return 0


def _answer_deleting(monkeypatch: pytest.MonkeyPatch, *held_answers: Button) -> DeletingAnswers:
    answers = DeletingAnswers(held_answers)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.answer(box))
    return answers


def test_deleting_the_goal_asks_about_its_typing_first(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    answers = _answer_deleting(monkeypatch, Button.Cancel, Button.Discard)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and answers.deletions == []
    back_on_uptime(qtbot, tab)
    assert len(goals.list_goals(db, account_id)) == 3
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2 and len(answers.deletions) == 1
    assert set(baselines(db, account_id)) == {"Orders", "Margin"}


def test_nothing_held_nothing_asked(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    answers = _answer_deleting(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Uptime")
    type_and_leave(qtbot, tab.form.baseline_edit, "11")  # valid: saved, nothing held
    click_goal(qtbot, tab.customer, "Orders")
    click_goal(qtbot, tab.internal, "Margin")
    qtbot.mouseClick(tab.customer.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [] and len(answers.deletions) == 1
    assert baselines(db, account_id) == {"Uptime": 11, "Orders": 10, "Margin": 10}


@pytest.mark.usefixtures("german")
def test_the_question_and_the_refusal_speak_german(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    click_goal(qtbot, tab.customer, "Uptime")
    type_and_leave(qtbot, tab.form.baseline_edit, "sehr viel")
    # The refusal was English in German before (collected under a parameter's name).
    assert "Geben Sie eine Zahl ein" in tab.form.rows["baseline"].error()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Orders")
    assert "Einige Änderungen am Ziel „Uptime“ konnten nicht gespeichert werden:" in (
        answers.texts[0]
    )
    assert "• Ausgangswert – Geben Sie eine Zahl ein" in answers.texts[0]
    assert answers.asked[0].button(Button.Cancel).text() == "Zurückgehen"
    assert answers.asked[0].button(Button.Discard).text() == "Änderungen verwerfen"


def test_a_refused_due_date_is_held_and_asked_about(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    click_goal(qtbot, tab.customer, "Uptime")
    due = tab.form.due_edit
    # Reached with Tab, its first part selected; the digits typed in the field's own order
    # (day, month, year or as the locale has it), each part moving on to the next.
    due.setFocus(Qt.FocusReason.TabFocusReason)
    typed = "".join(c for c in QDate(2025, 6, 30).toString(due.displayFormat()) if c.isdigit())
    qtbot.keyClicks(due, typed)
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert due.date() == QDate(2025, 6, 30)
    assert "before the start" in tab.form.rows["due_on"].error()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Orders")
    assert "• Due date – The due date cannot be before the start date." in answers.texts[0]
    qtbot.waitUntil(lambda: selected_titles(tab) == ["Uptime"], timeout=2_000)
    assert due.date() == QDate(2025, 6, 30)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is due, timeout=2_000)
    (uptime,) = [g for g in goals.list_goals(db, account_id) if g.title == "Uptime"]
    assert uptime.due_on == date(2026, 12, 31)


def test_saving_another_field_of_the_goal_keeps_the_held_figure(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int, ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(qtbot, context, account_id)
    hold_refused_baseline(qtbot, tab)
    type_and_leave(qtbot, tab.form.metric_edit, "Line uptime")  # valid: saved at once
    (uptime,) = [g for g in goals.list_goals(db, account_id) if g.title == "Uptime"]
    assert (uptime.metric, uptime.baseline) == ("Line uptime", 10)
    assert tab.form.baseline_edit.text() == "a lot"
    assert "number" in tab.form.rows["baseline"].error()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_goal(qtbot, tab.customer, "Orders")
    assert len(answers.asked) == 1
    back_on_uptime(qtbot, tab)
