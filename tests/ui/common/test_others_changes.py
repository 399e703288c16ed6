"""Changes made elsewhere show up after a poll, and a field being typed into keeps its text.

"Elsewhere" is another open database (a second window's or a colleague's connection) or
another process; the app's own writes never count as someone else's.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.profile.account_profile_editing import (
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.store.database import Database, open_database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.others_changes import OthersChangesWatcher, editing_a_cell
from kamdesk.ui.profile.profile_tab import ProfileTab
from tests.ui.conftest import show_active
from tests.ui.profile.test_profile_tab import _line


def _announced(context: AppContext) -> list[Change]:
    heard: list[Change] = []
    context.changed.connect(heard.append)
    return heard


def _profile_of_a_new_account(
    context: AppContext, qtbot: QtBot, name: str
) -> tuple[int, ProfileTab, OthersChangesWatcher]:
    """A new account open on a shown Profile tab, and a watcher that polls only when asked."""
    account = create_account(context.db, name)
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    show_active(qtbot, tab)
    tab.set_account(account)
    context.activate_account(account)
    return account, tab, OthersChangesWatcher(context, interval_ms=60_000)


def _typing_while_another_connection_saves(
    context: AppContext, qtbot: QtBot, other: Database
) -> None:
    account, tab, watcher = _profile_of_a_new_account(context, qtbot, "Tipp AG")
    heard = _announced(context)
    assert not watcher.poll_now()  # creating the account was this app's own write

    city = _line(tab, "city")
    city.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(city, "Regensb")  # still typing: nothing saved yet
    seen = load_profile(other, account).version
    update_profile(other, account, seen, {"legal_name": "Tipp Logistik GmbH"})

    assert watcher.poll_now()
    assert heard == [Change(DataKind.EVERYTHING, None)]
    assert city.text() == "Regensb"
    assert _line(tab, "legal_name").text() == "Tipp Logistik GmbH"
    # Typing on and leaving the field saves it on top of the other change, not against it.
    qtbot.keyClicks(city, "urg")
    qtbot.keyClick(city, Qt.Key.Key_Tab)
    stored = load_profile(context.db, account)
    assert (stored.city, stored.legal_name) == ("Regensburg", "Tipp Logistik GmbH")
    assert tab.rows["city"].error() == ""
    assert not watcher.poll_now()  # that save was this app's own


def test_typed_text_survives_a_change_by_another_connection(
    context: AppContext, qtbot: QtBot
) -> None:
    path = context.db.location.path
    assert path is not None
    other = open_database(path, daily_backup=False)
    try:
        _typing_while_another_connection_saves(context, qtbot, other)
    finally:
        other.close()


@pytest.mark.postgres
def test_typed_text_survives_a_colleagues_change_on_the_server(
    server_context: AppContext, postgres_url: str, qtbot: QtBot
) -> None:
    colleague = open_database(postgres_url)
    try:
        _typing_while_another_connection_saves(server_context, qtbot, colleague)
    finally:
        colleague.close()


def test_a_delete_in_another_process_is_noticed(context: AppContext) -> None:
    account = create_account(context.db, "Weg AG")
    watcher = OthersChangesWatcher(context, interval_ms=60_000)
    heard = _announced(context)
    script = (
        "import sys\n"
        "from kamdesk.services.profile.account_profile_editing import delete_account\n"
        "from kamdesk.store.database import open_database\n"
        "db = open_database(sys.argv[1], daily_backup=False)\n"
        "delete_account(db, int(sys.argv[2]))\n"
        "db.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(context.db.location.path), str(account)],
        check=True, timeout=60,
    )
    assert watcher.poll_now()
    assert heard == [Change(DataKind.EVERYTHING, None)]
    assert not watcher.poll_now()  # announced once


def test_own_edits_through_the_undo_stack_are_not_announced_again(
    context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Eigen AG")
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    show_active(qtbot, tab)
    tab.set_account(account)
    context.activate_account(account)
    watcher = OthersChangesWatcher(context, interval_ms=60_000)
    city = _line(tab, "city")
    city.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(city, "Passau")
    qtbot.keyClick(city, Qt.Key.Key_Tab)
    context.undo_stack(account).undo()
    assert load_profile(context.db, account).city == ""
    assert not watcher.poll_now()


def test_typing_over_a_field_someone_else_changed_is_refused_as_a_conflict(
    context: AppContext, qtbot: QtBot
) -> None:
    """Both typed into the same field: the later save must not overwrite the earlier one
    silently. The user is told, keeps nothing on the undo stack and sees the other value."""
    account, tab, watcher = _profile_of_a_new_account(context, qtbot, "Zwei AG")
    path = context.db.location.path
    assert path is not None
    other = open_database(path, daily_backup=False)
    try:
        city = _line(tab, "city")
        city.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClicks(city, "Passau")
        update_profile(other, account, load_profile(other, account).version, {"city": "Linz"})
        assert watcher.poll_now()
        assert city.text() == "Passau"  # the typing is kept while the user types
        qtbot.keyClick(city, Qt.Key.Key_Tab)
    finally:
        other.close()
    assert load_profile(context.db, account).city == "Linz"  # the colleague's value stands
    assert "changed" in tab.rows["city"].error().lower()
    assert context.undo_stack(account).count() == 0
    assert city.text() == "Linz"  # the latest value is shown


def test_a_cell_being_edited_holds_the_announcement_until_it_closes(
    context: AppContext, qtbot: QtBot
) -> None:
    """Reading a table again would close its open editor and lose what is typed."""
    account = create_account(context.db, "Zelle AG")
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Termin"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    watcher = OthersChangesWatcher(context, interval_ms=60_000)
    heard = _announced(context)
    path = context.db.location.path
    assert path is not None
    other = open_database(path, daily_backup=False)
    try:
        update_profile(other, account, load_profile(other, account).version, {"city": "Graz"})
    finally:
        other.close()

    view.setFocus()
    assert not editing_a_cell()
    view.edit(model.index(0, 0))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, " am Montag")
    assert editing_a_cell()
    assert not watcher.poll_when_idle()  # held while the cell is being edited
    assert heard == []
    view.closePersistentEditor(model.index(0, 0))
    view.setFocus()  # the user leaves the cell: the editor closes
    assert not editing_a_cell()
    assert watcher.poll_when_idle()
    assert heard == [Change(DataKind.EVERYTHING, None)]
