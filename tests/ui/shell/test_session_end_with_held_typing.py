"""The desktop session ending (logout, shutdown) with typing held in the open account.

Qt hands the app a QSessionManager in ``commitDataRequest``; PySide6 cannot construct one
in a test ("cannot be instantiated"), so the guard's handler is called with a stand-in that
answers ``allowsInteraction`` as a session manager would and records ``release``/``cancel``.
That the handler is connected to the real signal is checked on the application itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import load_profile
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.held_typing_answers import Button, answer_boxes
from tests.ui.shell.held_typing_window import (
    acme_and_berg,
    hold_typing,
    still_typed,
    stored_as_created,
)


class StandInSessionManager:
    """Answers as a session manager that does (or does not) let the app ask the user."""

    def __init__(self, allows_interaction: bool) -> None:
        self.allows_interaction = allows_interaction
        self.calls: list[str] = []

    def allowsInteraction(self) -> bool:
        self.calls.append("allowsInteraction")
        return self.allows_interaction

    def release(self) -> None:
        self.calls.append("release")

    def cancel(self) -> None:
        self.calls.append("cancel")


def end_session(window: MainWindow, manager: StandInSessionManager) -> None:
    """What Qt's commitDataRequest does: call the guard with the session manager."""
    assert window.leave_guard is not None
    window.leave_guard.session_ending(manager)


def test_the_guard_listens_to_the_session_ending(context: AppContext, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))
    _window, _acme, _berg = acme_and_berg(context, qtbot)
    assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before + 1


def test_go_back_cancels_the_logout_and_keeps_the_typing(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    manager = StandInSessionManager(allows_interaction=True)
    end_session(window, manager)
    assert len(answers.asked) == 1 and "Employees" in answers.texts[0]
    assert manager.calls == ["allowsInteraction", "release", "cancel"]
    still_typed(qtbot, window, acme)
    stored_as_created(context, acme)


def test_save_the_others_saves_the_valid_field_and_lets_the_session_end(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Save)
    manager = StandInSessionManager(allows_interaction=True)
    end_session(window, manager)
    assert len(answers.asked) == 1
    assert manager.calls == ["allowsInteraction", "release"]
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", None)


def test_without_interaction_the_valid_typing_is_saved_unasked(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    hold_typing(qtbot, window)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    manager = StandInSessionManager(allows_interaction=False)
    end_session(window, manager)
    assert answers.asked == []
    assert manager.calls == ["allowsInteraction"]
    stored = load_profile(context.db, acme)
    assert (stored.city, stored.employees) == ("Lyon", None)


def test_nothing_held_nothing_asked_and_the_session_ends(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, acme, _berg = acme_and_berg(context, qtbot)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    manager = StandInSessionManager(allows_interaction=True)
    end_session(window, manager)
    assert answers.asked == [] and manager.calls == ["allowsInteraction", "release"]
    stored_as_created(context, acme)
