"""The account header says who changed the account last, and when, in local time."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.profile.last_change import LastChange, last_change_of_account
from kamdesk.services.settings.editor_name import save_editor_name, use_saved_editor_name
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database
from kamdesk.store.editors import set_editor
from kamdesk.store.orm import Account
from kamdesk.ui.common.qt_dates import changed_at_text
from kamdesk.ui.profile.profile_tab import ProfileTab
from kamdesk.ui.shell import account_workspace
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_and_leave
from tests.ui.profile.test_profile_tab import _line


def _read(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the header's last change, which is read in the background."""
    qtbot.waitUntil(lambda: not window.workspace.is_reading_last_change, timeout=10_000)


def _expected(window: MainWindow, account: int, name: str, *, own: bool = False) -> str:
    last = last_change_of_account(window.context.db, account)
    assert last is not None and last.changed_by == name
    when = changed_at_text(last.changed_at)
    return f"Changed {when}" if own else f"Changed by {name}, {when}"


def test_the_header_names_the_latest_editor_of_the_account(
    window: MainWindow, qtbot: QtBot
) -> None:
    db = window.context.db
    set_editor(db.engine, "Anna")
    account = create_account(db, "Kopf AG")
    set_editor(db.engine, "Zoe")  # the app's user is someone else
    window.open_account(account)
    _read(qtbot, window)
    label = window.workspace.changed_label
    assert label.text() == _expected(window, account, "Anna")
    assert QLocale().toString(date.today(), "d MMM yyyy") in label.text()

    # The user's own name from the settings file signs what they type in the app.
    save_editor_name("Ben")
    use_saved_editor_name(db)
    window.workspace.show_area("profile")
    profile = window.workspace.tab("profile")
    assert isinstance(profile, ProfileTab)
    type_and_leave(qtbot, _line(profile, "city"), "Ulm")
    # The user's own change: the time, not their own name (shown without reading it back).
    assert label.text().startswith("Changed ") and "Ben" not in label.text()
    window.refresh_action.trigger()  # F5 reads it: the same
    _read(qtbot, window)
    assert label.text() == _expected(window, account, "Ben", own=True)

    # A change of another row of the account (a new stakeholder) is its latest change too.
    set_editor(db.engine, "Carla")
    create_stakeholder(db, account, {"name": "Dora Dreher"})
    set_editor(db.engine, "Ben")
    window.context.announce(Change(DataKind.EVERYTHING, None))  # as when others changed it
    _read(qtbot, window)
    assert label.text() == _expected(window, account, "Carla")
    # A change of the company's settings is no change of the account.
    set_editor(db.engine, "Dieter")
    window.context.publish(Change(DataKind.SETTINGS, None))
    assert label.text() == _expected(window, account, "Carla")


def test_rows_older_than_the_signature_show_only_the_time(
    window: MainWindow, qtbot: QtBot
) -> None:
    db = window.context.db
    account = create_account(db, "Alt AG")
    with db.session() as session:  # as a row written before revision 0004 reads
        session.execute(update(Account).values(changed_by=None))
    window.open_account(account)
    _read(qtbot, window)
    last = last_change_of_account(db, account)
    assert last is not None
    assert window.workspace.changed_label.text() == (
        f"Changed {changed_at_text(last.changed_at)}"
    )


def test_the_last_change_is_read_off_the_gui_thread_and_shown_when_it_arrives(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.context.db
    set_editor(db.engine, "Anna")
    account = create_account(db, "Spät AG")
    set_editor(db.engine, "Zoe")
    released = threading.Event()
    on_gui_thread: list[bool] = []

    def held_read(database: Database, account_id: int) -> LastChange | None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        released.wait(timeout=5)  # the GUI thread would wait here too, if it made the read
        return last_change_of_account(database, account_id)

    monkeypatch.setattr(account_workspace, "last_change_of_account", held_read)
    window.open_account(account)
    header = window.workspace
    # The header names the account at once; the change line waits for its read.
    assert header.name_label.text() == "Spät AG"
    assert header.is_reading_last_change and header.changed_label.text() == ""
    with qtbot.waitSignal(header.last_change_shown, timeout=10_000):
        released.set()
    assert on_gui_thread == [False]
    assert header.changed_label.text() == _expected(window, account, "Anna")


def test_a_read_for_an_account_no_longer_open_is_not_shown(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.context.db
    set_editor(db.engine, "Anna")
    first = create_account(db, "Erste AG")
    set_editor(db.engine, "Carla")
    second = create_account(db, "Zweite AG")
    set_editor(db.engine, "Zoe")
    released = threading.Event()
    finished = threading.Event()

    def slow_for_the_first(database: Database, account_id: int) -> LastChange | None:
        if account_id == first:
            released.wait(timeout=5)
            try:
                return last_change_of_account(database, account_id)
            finally:
                finished.set()
        return last_change_of_account(database, account_id)

    monkeypatch.setattr(account_workspace, "last_change_of_account", slow_for_the_first)
    window.open_account(first)
    window.open_account(second)  # before the first account's read came back
    _read(qtbot, window)
    label = window.workspace.changed_label
    assert label.text() == _expected(window, second, "Carla")
    released.set()
    assert finished.wait(timeout=10)
    qtbot.wait(50)  # the first read's outcome is delivered, and dropped
    assert label.text() == _expected(window, second, "Carla")
    assert not window.workspace.is_reading_last_change
