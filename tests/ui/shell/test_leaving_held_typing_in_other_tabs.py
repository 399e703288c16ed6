"""Typing other tabs hold (a refused goal figure, a refused whitespace value, a refused
stakeholder field, the Profile tab's typing behind another tab) is asked about before the
account is left, like the Profile tab's: Go back shows it with the cursor in the field,
Discard goes on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import create_offering
from kamdesk.services.stakeholders.stakeholder_editing import (
    create_stakeholder,
    list_stakeholders,
)
from kamdesk.services.tracking.goal_editing import list_goals
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.growth.whitespace_tab import WhitespaceTab
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab
from kamdesk.ui.tracking.goals_tab import GoalsTab
from tests.ui.conftest import type_and_leave
from tests.ui.held_typing_answers import Button, answer_boxes
from tests.ui.shell.held_typing_window import (
    acme_and_berg,
    click_account,
    hold_typing,
    still_typed,
)


def _goal_with_refused_baseline(qtbot: QtBot, window: MainWindow) -> GoalsTab:
    window.workspace.show_area("goals")
    goals = window.workspace.tab("goals")
    assert isinstance(goals, GoalsTab)
    qtbot.mouseClick(goals.customer.add_button, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, goals.form.title_edit, "Uptime")
    type_and_leave(qtbot, goals.form.baseline_edit, "a lot")
    assert "number" in goals.form.rows["baseline"].error()
    return goals


def test_a_refused_goal_figure_is_asked_about_and_go_back_returns_to_it(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    goals = _goal_with_refused_baseline(qtbot, window)
    window.workspace.show_area("revenue")  # elsewhere in the account: still held
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_account(qtbot, window, "Berg")
    assert len(answers.asked) == 1
    assert "Goals › Baseline – Enter a number" in answers.texts[0]
    assert answers.asked[0].button(Button.Save) is None  # nothing valid is held there
    assert window.account_id == acme and window.workspace.current_area() == "goals"
    assert goals.form.baseline_edit.text() == "a lot"
    qtbot.waitUntil(lambda: goals.form.baseline_edit.hasFocus(), timeout=2_000)
    (goal,) = list_goals(context.db, acme)
    assert (goal.title, goal.baseline) == ("Uptime", 0)


def test_a_refused_goal_figure_discarded_shows_the_stored_one(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    goals = _goal_with_refused_baseline(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Discard)
    window.close_account_action.trigger()
    assert len(answers.asked) == 1 and window.account_id is None
    assert goals.form.held_typing() == []
    click_account(qtbot, window, "Acme")
    assert len(answers.asked) == 1
    (goal,) = list_goals(context.db, acme)
    assert goal.baseline == 0


def test_profile_typing_held_behind_another_tab_is_asked_about_and_shown_again(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    window.workspace.show_area("revenue")
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_account(qtbot, window, "Berg")
    assert "Profile › Employees – Enter a whole number" in answers.texts[0]
    assert "Profile › City – valid, held until the others are corrected" in answers.texts[0]
    assert window.workspace.current_area() == "profile"
    still_typed(qtbot, window, acme)


def _whitespace_with_refused_value(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> tuple[WhitespaceTab, int, int]:
    acme = window.account_id
    assert acme is not None
    unit = ws.create_unit(context.db, acme, "Berlin")
    offering = create_offering(context.db, "MES")
    window.workspace.show_area("whitespace")
    matrix = window.workspace.tab("whitespace")
    assert isinstance(matrix, WhitespaceTab)
    rect = matrix.view.visualRect(matrix.model.index(0, 0))
    qtbot.mouseClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)
    qtbot.keyClicks(matrix.panel.value_edit, "-5")
    qtbot.keyClick(matrix.panel.value_edit, Qt.Key.Key_Return)
    assert "negative" in matrix.panel.value_error.text()
    return matrix, unit, offering


def test_a_refused_whitespace_value_is_asked_about_go_back_then_discard(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    matrix, unit, offering = _whitespace_with_refused_value(qtbot, window, context)
    answers = answer_boxes(monkeypatch, Button.Cancel, Button.Discard)
    click_account(qtbot, window, "Berg")
    assert "Whitespace › Value / year of Berlin × MES – " in answers.texts[0]
    assert window.account_id == acme and window.workspace.current_area() == "whitespace"
    assert matrix.panel.value_edit.text() == "-5"
    qtbot.waitUntil(lambda: matrix.panel.value_edit.hasFocus(), timeout=2_000)
    click_account(qtbot, window, "Berg")  # asked again: Discard
    assert len(answers.asked) == 2 and window.account_id == berg
    assert ws.get_cell(context.db, unit, offering).id is None  # nothing was stored


def test_refresh_keeps_a_refused_goal_figure_and_a_refused_whitespace_value(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 (or an import, or a colleague's change) reads again but keeps what was refused."""
    window, _acme, _berg = acme_and_berg(context, qtbot)
    goals = _goal_with_refused_baseline(qtbot, window)
    window.refresh_action.trigger()
    assert goals.form.baseline_edit.text() == "a lot"
    assert "number" in goals.form.rows["baseline"].error()
    matrix, _unit, _offering = _whitespace_with_refused_value(qtbot, window, context)
    window.refresh_action.trigger()
    assert matrix.panel.value_edit.text() == "-5"
    assert "negative" in matrix.panel.value_error.text()
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_account(qtbot, window, "Berg")
    assert "Goals › Baseline" in answers.texts[0] and "Whitespace › Value" in answers.texts[0]


def test_a_refused_stakeholder_field_is_asked_about_go_back_then_discard(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    anton = create_stakeholder(context.db, acme, {"name": "Anton Zeller"})
    window.workspace.show_area("stakeholders")
    people = window.workspace.tab("stakeholders")
    assert isinstance(people, StakeholdersTab)
    people.select_person(anton)
    type_and_leave(qtbot, people.form.email_edit, "anton at acme")
    window.workspace.show_area("goals")  # elsewhere in the account: still held
    answers = answer_boxes(monkeypatch, Button.Cancel, Button.Discard)
    click_account(qtbot, window, "Berg")
    assert "Stakeholders › E-mail – This is not an e-mail address" in answers.texts[0]
    assert window.account_id == acme and window.workspace.current_area() == "stakeholders"
    assert people.form.email_edit.text() == "anton at acme"
    qtbot.waitUntil(lambda: people.form.email_edit.hasFocus(), timeout=2_000)
    click_account(qtbot, window, "Berg")  # asked again: Discard
    assert len(answers.asked) == 2 and window.account_id == berg
    assert [r.email for r in list_stakeholders(context.db, acme).rows] == [""]
