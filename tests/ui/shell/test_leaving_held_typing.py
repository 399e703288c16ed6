"""Typing the Profile tab holds (refused, or held with a refused field) is never lost unasked.

Driven as a user would: type a bad value and leave the field, type a good one next to it,
then leave the account (a click in the sidebar, New account, closing the window) and answer
the box. "Go back" keeps everything where it was; "Discard changes" goes on, and the
database holds only what was stored before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import create_offering
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.profile.account_profile_editing import create_account, load_profile
from kamdesk.services.tracking.goal_editing import list_goals
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.growth.whitespace_tab import WhitespaceTab
from kamdesk.ui.profile.profile_tab import ProfileTab
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.tracking.goals_tab import GoalsTab
from tests.ui.conftest import show_active, type_and_leave, wait_for_list


class Answers:
    """Answers message boxes with the given buttons in turn (the last one from then on)
    and keeps what each box said."""

    def __init__(self, buttons: tuple[QMessageBox.StandardButton, ...]) -> None:
        self.buttons = list(buttons)
        self.asked: list[QMessageBox] = []
        self.texts: list[str] = []

    def answer(self, box: QMessageBox) -> int:
        self.asked.append(box)
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        button = self.buttons.pop(0) if len(self.buttons) > 1 else self.buttons[0]
        return button.value


def _answer(monkeypatch: pytest.MonkeyPatch, *buttons: QMessageBox.StandardButton) -> Answers:
    answers = Answers(buttons)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.answer(box))
    return answers


def _window(context: AppContext, qtbot: QtBot) -> tuple[MainWindow, int, int]:
    acme = create_account(context.db, "Acme")
    berg = create_account(context.db, "Berg")
    window = MainWindow(context)
    # The test's end closes the window: what a test left held is let go unasked there.
    qtbot.addWidget(window, before_close_func=_let_go)
    window.resize(1280, 800)
    show_active(qtbot, window)
    window.restore_session()
    wait_for_list(qtbot, window)
    _click_account(qtbot, window, "Acme")
    assert window.account_id == acme
    window.workspace.show_area("profile")
    return window, acme, berg


def _let_go(window: MainWindow) -> None:
    for tab in window.workspace.tab_list:
        tab.discard_held_typing()


def _profile(window: MainWindow) -> ProfileTab:
    tab = window.workspace.tab("profile")
    assert isinstance(tab, ProfileTab)
    return tab


def _line(window: MainWindow, name: str) -> QLineEdit:
    editor = _profile(window).editor(name)
    assert isinstance(editor, QLineEdit)
    return editor


def _click_account(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.sidebar.view
    proxy = window.sidebar.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    centre: QPoint = view.visualRect(proxy.index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _selected(window: MainWindow) -> list[str]:
    return [i.data() for i in window.sidebar.view.selectionModel().selectedIndexes()]


def _hold_typing(qtbot: QtBot, window: MainWindow) -> None:
    """A refused number, and a valid city typed next to it (held with it)."""
    type_and_leave(qtbot, _line(window, "employees"), "lots")
    type_and_leave(qtbot, _line(window, "city"), "Lyon")
    assert "whole number" in _profile(window).rows["employees"].error()


def _stored_as_created(context: AppContext, account: int) -> None:
    stored = load_profile(context.db, account)
    assert (stored.city, stored.employees) == ("", None)
    assert context.undo_stack(account).count() == 0  # no edit saved, not even undone


def _still_typed(qtbot: QtBot, window: MainWindow, acme: int) -> None:
    """Go back: the same account, its typing in its fields, the refused field focused."""
    assert window.account_id == acme
    assert window.stack.currentWidget() is window.workspace
    qtbot.waitUntil(lambda: _selected(window) == ["Acme"], timeout=2_000)
    assert _line(window, "employees").text() == "lots"
    assert _line(window, "city").text() == "Lyon"
    assert "whole number" in _profile(window).rows["employees"].error()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _line(window, "employees"),
                    timeout=2_000)


def test_a_sidebar_click_asks_and_go_back_keeps_the_typing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _click_account(qtbot, window, "Berg")
    assert len(answers.asked) == 1
    text = answers.texts[0]
    assert "Acme" in text and "Employees" in text and "whole number" in text
    assert "City" in text
    box = answers.asked[0]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Go back"
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Discard changes"
    _still_typed(qtbot, window, acme)
    _stored_as_created(context, acme)
    assert window.save_label.text() == "Some changes not saved"
    # Corrected, both are saved together, as before.
    type_and_leave(qtbot, _line(window, "employees"), "40")
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", 40)
    assert window.save_label.text() == "All changes saved"


def test_a_sidebar_click_with_discard_opens_the_other_account(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    _click_account(qtbot, window, "Berg")
    assert len(answers.asked) == 1
    assert window.account_id == berg and _selected(window) == ["Berg"]
    assert _line(window, "employees").text() == "" and _line(window, "city").text() == ""
    assert _profile(window).rows["employees"].error() == ""
    _stored_as_created(context, acme)
    _stored_as_created(context, berg)
    # Back on Acme: what is stored, no refusal, and no box (nothing is held any more).
    _click_account(qtbot, window, "Acme")
    assert len(answers.asked) == 1
    assert window.account_id == acme and _line(window, "city").text() == ""


def test_save_the_others_keeps_the_valid_fields_and_drops_the_refused_one(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    _click_account(qtbot, window, "Berg")
    assert answers.asked[0].button(QMessageBox.StandardButton.Save).text() == "Save the others"
    assert window.account_id == berg
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", None)
    assert context.undo_stack(acme).count() == 1  # one undoable edit, as any other


def test_only_refused_typing_offers_no_save_button(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    type_and_leave(qtbot, _line(window, "employees"), "lots")
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _click_account(qtbot, window, "Berg")
    assert answers.asked[0].button(QMessageBox.StandardButton.Save) is None
    assert window.account_id == acme


def _leave_by_new_account(qtbot: QtBot, window: MainWindow) -> None:
    window.new_account_action.trigger()


@pytest.mark.parametrize("leave", [_leave_by_new_account], ids=["new account"])
def test_new_account_asks_first_and_go_back_creates_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    leave: Callable[[QtBot, MainWindow], None],
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    leave(qtbot, window)
    assert len(answers.asked) == 1
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]
    _still_typed(qtbot, window, acme)
    _stored_as_created(context, acme)


def test_new_account_with_discard_creates_and_opens_it(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.new_account_action.trigger()
    assert len(answers.asked) == 1
    names = [a.name for a in list_accounts(context.db)]
    assert names == ["Acme", "Berg", "New account"]
    assert window.account_id not in (acme, None)
    assert _line(window, "name").text() == "New account"
    assert _line(window, "city").text() == ""  # nothing of Acme's typing carried over
    _stored_as_created(context, acme)


def test_typing_not_yet_left_is_saved_before_new_account_not_carried_over(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    city = _line(window, "city")
    city.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(city, "Lyon")
    window.new_account_action.trigger()  # Ctrl+N with the cursor still in the field
    assert answers.asked == []
    assert load_profile(context.db, acme).city == "Lyon"
    assert window.account_id != acme
    assert _line(window, "city").text() == ""


def test_closing_the_window_asks_and_go_back_keeps_it_open(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert len(answers.asked) == 1 and window.isVisible()
    _still_typed(qtbot, window, acme)
    _stored_as_created(context, acme)


def test_closing_the_window_asks_about_typing_refused_as_it_closes(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The field being typed in saves as the window closes; its refusal is asked about."""
    window, acme, _berg = _window(context, qtbot)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    employees = _line(window, "employees")
    employees.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(employees, "lots")
    window.quit_action.trigger()
    assert len(answers.asked) == 1 and "Employees" in answers.texts[0]
    assert not window.isVisible()
    _stored_as_created(context, acme)


def test_nothing_held_asks_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = _window(context, qtbot)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    type_and_leave(qtbot, _line(window, "city"), "Lyon")  # saved at once
    _click_account(qtbot, window, "Berg")
    assert window.account_id == berg
    window.new_account_action.trigger()
    window.show_dashboard()
    assert window.close() is True
    assert answers.asked == []
    assert load_profile(context.db, acme).city == "Lyon"


def test_the_question_in_german(
    german: None, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing_german(qtbot, window)
    answers = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _click_account(qtbot, window, "Berg")
    box = answers.asked[0]
    assert box.text() == "Einige Änderungen an „Acme“ konnten nicht gespeichert werden:"
    assert "Profil › Mitarbeitende – Bitte eine ganze Zahl eingeben" in box.informativeText()
    assert "gültig, wartet, bis die anderen korrigiert sind" in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Zurückgehen"
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Änderungen verwerfen"
    assert box.button(QMessageBox.StandardButton.Save).text() == "Die übrigen speichern"
    assert window.account_id == acme
    _stored_as_created(context, acme)


def _hold_typing_german(qtbot: QtBot, window: MainWindow) -> None:
    type_and_leave(qtbot, _line(window, "employees"), "viele")
    type_and_leave(qtbot, _line(window, "city"), "Lyon")
    assert _profile(window).rows["employees"].error() != ""


Button = QMessageBox.StandardButton


def _by_link(window: MainWindow, berg: int) -> None:
    window.context.open_account_requested.emit(berg, "goals")  # a dashboard or map link


def _by_dashboard(window: MainWindow, _berg: int) -> None:
    window.dashboard_action.trigger()


def _by_closing_the_account(window: MainWindow, _berg: int) -> None:
    window.close_account_action.trigger()  # Ctrl+W


def _by_deleting(window: MainWindow, _berg: int) -> None:
    window.delete_account_action.trigger()


# How each way of leaving ends when the held typing is discarded.
def _on_berg(window: MainWindow, acme: int, berg: int) -> bool:
    return window.account_id == berg


def _on_dashboard(window: MainWindow, acme: int, berg: int) -> bool:
    return window.stack.currentWidget() is window.dashboard_slot


def _closed(window: MainWindow, acme: int, berg: int) -> bool:
    return window.account_id is None


LEAVES = [
    pytest.param(_by_link, (), _on_berg, id="link"),
    pytest.param(_by_dashboard, (), _on_dashboard, id="dashboard"),
    pytest.param(_by_closing_the_account, (), _closed, id="close account"),
    pytest.param(_by_deleting, (Button.Yes,), _closed, id="delete"),
]


@pytest.mark.parametrize(("leave", "confirm", "_left"), LEAVES)
def test_every_way_of_leaving_asks_and_go_back_stays(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    leave: Callable[[MainWindow, int], None], confirm: tuple[Button, ...],
    _left: Callable[[MainWindow, int, int], bool],
) -> None:
    window, acme, berg = _window(context, qtbot)
    window.set_dashboard_widget(QWidget())
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, *confirm, Button.Cancel)
    leave(window, berg)
    assert len(answers.asked) == len(confirm) + 1
    assert "Employees" in answers.texts[-1]
    _still_typed(qtbot, window, acme)
    _stored_as_created(context, acme)
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]


@pytest.mark.parametrize(("leave", "confirm", "left"), LEAVES)
def test_every_way_of_leaving_goes_on_after_discard(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    leave: Callable[[MainWindow, int], None], confirm: tuple[Button, ...],
    left: Callable[[MainWindow, int, int], bool],
) -> None:
    window, acme, berg = _window(context, qtbot)
    window.set_dashboard_widget(QWidget())
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, *confirm, Button.Discard)
    leave(window, berg)
    assert len(answers.asked) == len(confirm) + 1
    assert left(window, acme, berg)
    assert _profile(window).held_typing() == []
    if confirm:  # deleted: undo brings the account back as it was stored
        window.undo_action.trigger()
    _stored_as_created(context, acme)


def test_load_demo_asks_after_its_own_question_and_go_back_replaces_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, Button.Yes, Button.Cancel)
    window.load_demo_action.trigger()
    assert len(answers.asked) == 2 and "Employees" in answers.texts[1]
    _still_typed(qtbot, window, acme)
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]


def test_refresh_keeps_held_typing_without_asking(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 (and an import, which reads everything again) stays on the account: nothing asked."""
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    answers = _answer(monkeypatch, Button.Discard)
    window.refresh_action.trigger()
    assert answers.asked == []
    assert (_line(window, "employees").text(), _line(window, "city").text()) == ("lots", "Lyon")
    assert window.save_label.text() == "Some changes not saved"
    type_and_leave(qtbot, _line(window, "employees"), "40")
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", 40)


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
    window, acme, _berg = _window(context, qtbot)
    goals = _goal_with_refused_baseline(qtbot, window)
    window.workspace.show_area("revenue")  # elsewhere in the account: still held
    answers = _answer(monkeypatch, Button.Cancel)
    _click_account(qtbot, window, "Berg")
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
    window, acme, _berg = _window(context, qtbot)
    goals = _goal_with_refused_baseline(qtbot, window)
    answers = _answer(monkeypatch, Button.Discard)
    window.close_account_action.trigger()
    assert len(answers.asked) == 1 and window.account_id is None
    assert goals.form.held_typing() == []
    _click_account(qtbot, window, "Acme")
    assert len(answers.asked) == 1
    (goal,) = list_goals(context.db, acme)
    assert goal.baseline == 0


def test_profile_typing_held_behind_another_tab_is_asked_about_and_shown_again(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = _window(context, qtbot)
    _hold_typing(qtbot, window)
    window.workspace.show_area("revenue")
    answers = _answer(monkeypatch, Button.Cancel)
    _click_account(qtbot, window, "Berg")
    assert "Profile › Employees – Enter a whole number" in answers.texts[0]
    assert "Profile › City – valid, held until the others are corrected" in answers.texts[0]
    assert window.workspace.current_area() == "profile"
    _still_typed(qtbot, window, acme)


def test_a_refused_whitespace_value_is_asked_about_go_back_then_discard(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = _window(context, qtbot)
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
    answers = _answer(monkeypatch, Button.Cancel, Button.Discard)
    _click_account(qtbot, window, "Berg")
    assert "Whitespace › Value / year of Berlin × MES – " in answers.texts[0]
    assert window.account_id == acme and window.workspace.current_area() == "whitespace"
    assert matrix.panel.value_edit.text() == "-5"
    qtbot.waitUntil(lambda: matrix.panel.value_edit.hasFocus(), timeout=2_000)
    _click_account(qtbot, window, "Berg")  # asked again: Discard
    assert len(answers.asked) == 2 and window.account_id == berg
    assert ws.get_cell(context.db, unit, offering).id is None  # nothing was stored
