"""A main window on two accounts, Acme and Berg, and the ways a test types into it and
answers the question about held typing (shared by the tests of leaving an account)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import create_account, load_profile
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.profile_tab import ProfileTab
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import show_active, type_and_leave, wait_for_list


def acme_and_berg(context: AppContext, qtbot: QtBot) -> tuple[MainWindow, int, int]:
    acme = create_account(context.db, "Acme")
    berg = create_account(context.db, "Berg")
    window = MainWindow(context)
    # The test's end closes the window: what a test left held is let go unasked there.
    qtbot.addWidget(window, before_close_func=let_go)
    window.resize(1280, 800)
    show_active(qtbot, window)
    window.restore_session()
    wait_for_list(qtbot, window)
    click_account(qtbot, window, "Acme")
    assert window.account_id == acme
    window.workspace.show_area("profile")
    return window, acme, berg


def let_go(window: MainWindow) -> None:
    for tab in window.workspace.tab_list:
        tab.discard_held_typing()


def profile_of(window: MainWindow) -> ProfileTab:
    tab = window.workspace.tab("profile")
    assert isinstance(tab, ProfileTab)
    return tab


def profile_line(window: MainWindow, name: str) -> QLineEdit:
    editor = profile_of(window).editor(name)
    assert isinstance(editor, QLineEdit)
    return editor


def click_account(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.sidebar.view
    proxy = window.sidebar.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    centre: QPoint = view.visualRect(proxy.index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def selected_accounts(window: MainWindow) -> list[str]:
    return [i.data() for i in window.sidebar.view.selectionModel().selectedIndexes()]


def hold_typing(qtbot: QtBot, window: MainWindow) -> None:
    """A refused number, and a valid city typed next to it (held with it)."""
    type_and_leave(qtbot, profile_line(window, "employees"), "lots")
    type_and_leave(qtbot, profile_line(window, "city"), "Lyon")
    assert "whole number" in profile_of(window).rows["employees"].error()


def stored_as_created(context: AppContext, account: int) -> None:
    stored = load_profile(context.db, account)
    assert (stored.city, stored.employees) == ("", None)
    assert context.undo_stack(account).count() == 0  # no edit saved, not even undone


def still_typed(qtbot: QtBot, window: MainWindow, acme: int) -> None:
    """Go back: the same account, its typing in its fields, the refused field focused."""
    assert window.account_id == acme
    assert window.stack.currentWidget() is window.workspace
    qtbot.waitUntil(lambda: selected_accounts(window) == ["Acme"], timeout=2_000)
    assert profile_line(window, "employees").text() == "lots"
    assert profile_line(window, "city").text() == "Lyon"
    assert "whole number" in profile_of(window).rows["employees"].error()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is profile_line(window, "employees"),
                    timeout=2_000)
