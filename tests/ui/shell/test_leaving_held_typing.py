"""Typing the Profile tab holds (refused, or held with a refused field) is never lost unasked.

Driven as a user would: type a bad value and leave the field, type a good one next to it,
then leave the account (a click in the sidebar, New account, closing the window) and answer
the box. "Go back" keeps everything where it was; "Discard changes" goes on, and the
database holds only what was stored before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.profile.account_profile_editing import load_profile
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_and_leave
from tests.ui.held_typing_answers import Button, answer_boxes
from tests.ui.shell.held_typing_window import (
    acme_and_berg,
    click_account,
    hold_typing,
    profile_line,
    profile_of,
    selected_accounts,
    still_typed,
    stored_as_created,
)


def test_a_sidebar_click_asks_and_go_back_keeps_the_typing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_account(qtbot, window, "Berg")
    assert len(answers.asked) == 1
    text = answers.texts[0]
    assert "Acme" in text and "Employees" in text and "whole number" in text
    assert "City" in text
    box = answers.asked[0]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Go back"
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Discard changes"
    still_typed(qtbot, window, acme)
    stored_as_created(context, acme)
    assert window.save_label.text() == "Some changes not saved"
    # Corrected, both are saved together, as before.
    type_and_leave(qtbot, profile_line(window, "employees"), "40")
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", 40)
    assert window.save_label.text() == "All changes saved"


def test_a_sidebar_click_with_discard_opens_the_other_account(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    click_account(qtbot, window, "Berg")
    assert len(answers.asked) == 1
    assert window.account_id == berg and selected_accounts(window) == ["Berg"]
    assert profile_line(window, "employees").text() == ""
    assert profile_line(window, "city").text() == ""
    assert profile_of(window).rows["employees"].error() == ""
    stored_as_created(context, acme)
    stored_as_created(context, berg)
    # Back on Acme: what is stored, no refusal, and no box (nothing is held any more).
    click_account(qtbot, window, "Acme")
    assert len(answers.asked) == 1
    assert window.account_id == acme and profile_line(window, "city").text() == ""


def test_save_the_others_keeps_the_valid_fields_and_drops_the_refused_one(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Save)
    click_account(qtbot, window, "Berg")
    assert answers.asked[0].button(QMessageBox.StandardButton.Save).text() == "Save the others"
    assert window.account_id == berg
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", None)
    assert context.undo_stack(acme).count() == 1  # one undoable edit, as any other


def test_only_refused_typing_offers_no_save_button(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    type_and_leave(qtbot, profile_line(window, "employees"), "lots")
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_account(qtbot, window, "Berg")
    assert answers.asked[0].button(QMessageBox.StandardButton.Save) is None
    assert window.account_id == acme


def test_new_account_asks_first_and_go_back_creates_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.new_account_action.trigger()
    assert len(answers.asked) == 1
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]
    still_typed(qtbot, window, acme)
    stored_as_created(context, acme)


def test_new_account_with_discard_creates_and_opens_it(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    window.new_account_action.trigger()
    assert len(answers.asked) == 1
    names = [a.name for a in list_accounts(context.db)]
    assert names == ["Acme", "Berg", "New account"]
    assert window.account_id not in (acme, None)
    assert profile_line(window, "name").text() == "New account"
    assert profile_line(window, "city").text() == ""  # nothing of Acme's typing carried over
    stored_as_created(context, acme)


def test_typing_not_yet_left_is_saved_before_new_account_not_carried_over(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    city = profile_line(window, "city")
    city.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(city, "Lyon")
    window.new_account_action.trigger()  # Ctrl+N with the cursor still in the field
    assert answers.asked == []
    assert load_profile(context.db, acme).city == "Lyon"
    assert window.account_id != acme
    assert profile_line(window, "city").text() == ""


def test_closing_the_window_asks_and_go_back_keeps_it_open(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert len(answers.asked) == 1 and window.isVisible()
    still_typed(qtbot, window, acme)
    stored_as_created(context, acme)


def test_closing_the_window_asks_about_typing_refused_as_it_closes(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The field being typed in saves as the window closes; its refusal is asked about."""
    window, acme, _berg = acme_and_berg(context, qtbot)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    employees = profile_line(window, "employees")
    employees.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(employees, "lots")
    window.quit_action.trigger()
    assert len(answers.asked) == 1 and "Employees" in answers.texts[0]
    assert not window.isVisible()
    stored_as_created(context, acme)


def test_nothing_held_asks_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    type_and_leave(qtbot, profile_line(window, "city"), "Lyon")  # saved at once
    click_account(qtbot, window, "Berg")
    assert window.account_id == berg
    window.new_account_action.trigger()
    window.show_dashboard()
    assert window.close() is True
    assert answers.asked == []
    assert load_profile(context.db, acme).city == "Lyon"


def test_the_question_in_german(
    german: None, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    _hold_typing_german(qtbot, window)
    answers = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_account(qtbot, window, "Berg")
    box = answers.asked[0]
    assert box.text() == "Einige Änderungen an „Acme“ konnten nicht gespeichert werden:"
    assert "Profil › Mitarbeitende – Bitte eine ganze Zahl eingeben" in box.informativeText()
    assert "gültig, wartet, bis die anderen korrigiert sind" in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Zurückgehen"
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Änderungen verwerfen"
    assert box.button(QMessageBox.StandardButton.Save).text() == "Die übrigen speichern"
    assert window.account_id == acme
    stored_as_created(context, acme)


def _hold_typing_german(qtbot: QtBot, window: MainWindow) -> None:
    type_and_leave(qtbot, profile_line(window, "employees"), "viele")
    type_and_leave(qtbot, profile_line(window, "city"), "Lyon")
    assert profile_of(window).rows["employees"].error() != ""


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
    window, acme, berg = acme_and_berg(context, qtbot)
    window.set_dashboard_widget(QWidget())
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, *confirm, Button.Cancel)
    leave(window, berg)
    assert len(answers.asked) == len(confirm) + 1
    assert "Employees" in answers.texts[-1]
    still_typed(qtbot, window, acme)
    stored_as_created(context, acme)
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]


@pytest.mark.parametrize(("leave", "confirm", "left"), LEAVES)
def test_every_way_of_leaving_goes_on_after_discard(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    leave: Callable[[MainWindow, int], None], confirm: tuple[Button, ...],
    left: Callable[[MainWindow, int, int], bool],
) -> None:
    window, acme, berg = acme_and_berg(context, qtbot)
    window.set_dashboard_widget(QWidget())
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, *confirm, Button.Discard)
    leave(window, berg)
    assert len(answers.asked) == len(confirm) + 1
    assert left(window, acme, berg)
    assert profile_of(window).held_typing() == []
    if confirm:  # deleted: undo brings the account back as it was stored
        window.undo_action.trigger()
    stored_as_created(context, acme)


def test_load_demo_asks_after_its_own_question_and_go_back_replaces_nothing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Yes, Button.Cancel)
    window.load_demo_action.trigger()
    assert len(answers.asked) == 2 and "Employees" in answers.texts[1]
    still_typed(qtbot, window, acme)
    assert [a.name for a in list_accounts(context.db)] == ["Acme", "Berg"]


def test_refresh_keeps_held_typing_without_asking(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 (and an import, which reads everything again) stays on the account: nothing asked."""
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Discard)
    window.refresh_action.trigger()
    assert answers.asked == []
    typed = (profile_line(window, "employees").text(), profile_line(window, "city").text())
    assert typed == ("lots", "Lyon")
    assert window.save_label.text() == "Some changes not saved"
    type_and_leave(qtbot, profile_line(window, "employees"), "40")
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", 40)
