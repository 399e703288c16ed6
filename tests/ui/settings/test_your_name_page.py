"""The "You" page: the name typed there signs the next changes and is kept per user."""

from __future__ import annotations

import getpass

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.editor_name import editor_file, saved_editor_name
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import show_active, type_and_leave


def _signature(context: AppContext, account_id: int) -> str | None:
    with context.db.session() as session:
        return session.execute(
            select(Account.changed_by).where(Account.id == account_id)
        ).scalar_one()


def test_the_typed_name_signs_the_next_change_and_is_kept(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.your_name)
    field = dialog.your_name.name_edit
    assert field.placeholderText() == getpass.getuser()
    type_and_leave(qtbot, field, "  Anna   Berger ")
    assert field.text() == "Anna Berger"
    assert saved_editor_name() == "Anna Berger"
    assert editor_file().is_file()
    assert _signature(context, create_account(context.db, "Namen AG")) == "Anna Berger"
    # Nothing of it went into the shared database's settings.
    type_and_leave(qtbot, field, "")
    assert not editor_file().exists()
    assert _signature(context, create_account(context.db, "Login AG")) == getpass.getuser()


def test_a_name_that_cannot_be_saved_is_said_at_the_field(
    context: AppContext, qtbot: QtBot
) -> None:
    editor_file().parent.parent.mkdir(parents=True, exist_ok=True)
    editor_file().parent.write_text("a file where the settings folder belongs")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.your_name)
    type_and_leave(qtbot, dialog.your_name.name_edit, "Anna")
    assert dialog.your_name.error.isVisible()
    # The reason in our words (the system says "File exists" or "Not a directory").
    assert dialog.your_name.error.text() in (
        "Your name could not be saved (something of that name is already there).",
        "Your name could not be saved (a part of the path is not a folder).",
    )
    assert saved_editor_name() is None
