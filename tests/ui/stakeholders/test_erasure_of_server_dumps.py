"""Erasing a person in the app on a team's server: the user's dumps of it, listed and purged.

The confirmation names the dumps this kamdesk wrote of the server database as server dumps,
with their times and reasons, names a damaged one, and purges the others when ticked; the
summary says how many. Runs on the session's PostgreSQL server, as a user would: right
click, the dialog, the check box, the button.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kamdesk.services.admin.server_backups import write_server_backup
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.stakeholder_table_model import NAME
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab

pytestmark = [
    pytest.mark.postgres,
    # The context menu pops up: the offscreen platform cannot raise it or grab the keyboard.
    pytest.mark.qt_log_ignore(
        "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
    ),
]

NAME_OF_ANNA = "Anna Quist"
EMAIL = "anna.quist@acme.example"
PHONE = "+49 30 5550123"


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[Database]:
    """A fresh, empty database on the session's server."""
    db = open_database(postgres_url, daily_backup=False)
    yield db
    db.close()


def test_the_users_server_dumps_are_listed_named_and_purged_when_ticked(
    qtbot: QtBot, server_db: Database
) -> None:
    with server_db.session() as session:
        session.add(Account(name="Acme"))
    anna = create_stakeholder(server_db, 1, {"name": NAME_OF_ANNA, "email": EMAIL,
                                             "phone": PHONE, "notes": "Loves detail."})
    daily = write_server_backup(server_db, "daily").path
    manual = write_server_backup(server_db, "manual").path
    damaged = write_server_backup(server_db, "manual").path
    damaged.write_bytes(damaged.read_bytes()[:-40])
    kept = damaged.read_bytes()

    context = AppContext(server_db)
    tab = StakeholdersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_account(1)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_id(anna), NAME))
    tab.table.customContextMenuRequested.emit(tab.table.visualRect(row).center())
    menu = tab.personal_data.menu
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == "Erase this person…")
    menu.hide()
    action.trigger()

    # The dumps are searched off the GUI thread; the confirmation follows.
    qtbot.waitUntil(lambda: tab.personal_data.dialog is not None, timeout=30_000)
    # The dumps are searched off the GUI thread; the confirmation follows.
    qtbot.waitUntil(lambda: tab.personal_data.dialog is not None, timeout=30_000)
    dialog = tab.personal_data.dialog
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "2 server dumps made before still hold them:" in texts
    assert (f"The server dump {damaged.name} is damaged or not a kamdesk dump; it was left "
            "as it was.") in texts
    items = [dialog.backups_list.item(i).text() for i in range(dialog.backups_list.count())]
    assert [item.endswith(end) for item, end in zip(items, ("(daily)", "(by hand)"),
                                                     strict=True)] == [True, True]
    check = dialog.purge_check
    assert check.text() == "Also purge them from these server dumps" and check.isVisible()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert check.isChecked()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.personal_data.summary is not None, timeout=30_000)

    summary = tab.personal_data.summary
    assert summary is not None
    assert "They were also erased from 2 server dumps." in summary.text()
    assert f"The server dump {damaged.name} is damaged" in summary.text()
    for path in (daily, manual):
        content = path.read_text("utf-8")
        assert NAME_OF_ANNA not in content and EMAIL not in content and PHONE not in content
        assert "Former contact 1" in content
    assert damaged.read_bytes() == kept

