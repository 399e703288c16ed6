"""The account header says who changed the account last, and when, in local time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.profile.last_change import last_change_of_account
from kamdesk.services.settings.editor_name import save_editor_name, use_saved_editor_name
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.editors import set_editor
from kamdesk.store.orm import Account
from kamdesk.ui.common.qt_dates import changed_at_text
from kamdesk.ui.profile.profile_tab import ProfileTab
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_and_leave
from tests.ui.profile.test_profile_tab import _line


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
    assert label.text() == _expected(window, account, "Ben", own=True)

    # A change of another row of the account (a new stakeholder) is its latest change too.
    set_editor(db.engine, "Carla")
    create_stakeholder(db, account, {"name": "Dora Dreher"})
    set_editor(db.engine, "Ben")
    window.context.announce(Change(DataKind.EVERYTHING, None))  # as when others changed it
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
    last = last_change_of_account(db, account)
    assert last is not None
    assert window.workspace.changed_label.text() == (
        f"Changed {changed_at_text(last.changed_at)}"
    )
