"""Exporting what we hold about a person in the app on a team's server: the dumps are named.

On the session's PostgreSQL server, as a user would: right click the person, *Export what
we hold about this person…*, choose a file. The user's dumps of the database are searched
off the GUI thread (as for an erasure), and the file lists those that hold the person as
server dumps and a damaged one as unreadable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
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


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[Database]:
    """A fresh, empty database on the session's server."""
    db = open_database(postgres_url, daily_backup=False)
    yield db
    db.close()


def test_the_export_lists_the_users_server_dumps_holding_the_person(
    qtbot: QtBot, server_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with server_db.session() as session:
        session.add(Account(name="Acme"))
    anna = create_stakeholder(server_db, 1, {"name": "Anna Quist",
                                             "email": "anna.quist@acme.example"})
    daily = write_server_backup(server_db, "daily").path
    damaged = write_server_backup(server_db, "manual").path
    damaged.write_bytes(damaged.read_bytes()[:-40])
    target = tmp_path / "anna.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), "JSON file (*.json)"))

    tab = StakeholdersTab(AppContext(server_db))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_account(1)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_id(anna), NAME))
    tab.table.customContextMenuRequested.emit(tab.table.visualRect(row).center())
    menu = tab.personal_data.menu
    assert menu is not None
    action = next(a for a in menu.actions()
                  if a.text() == "Export what we hold about this person…")
    menu.hide()
    with qtbot.waitSignal(tab.personal_data.exported, timeout=30_000) as written:
        action.trigger()
        # The dumps are read off the GUI thread; the file follows.
        assert tab.personal_data.export_operation is not None

    assert written.args == [target]
    copies = json.loads(target.read_text(encoding="utf-8"))["copies"]
    assert [(c["kind"], c["reason"], c["where"]) for c in copies] == [
        ("server_dump", "daily", daily.name),
        ("unreadable_server_dump", "manual", damaged.name),
    ]
