"""The day's dump of a server database runs in the background: the window is ready first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kamdesk.services.admin.database_opening import open_for_use
from kamdesk.services.admin.server_backups import own_server_backups, take_daily_server_backup
from kamdesk.services.exchange.portable_dump import read_dump
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database, open_database
from kamdesk.ui.shell.app import open_main_window
from kamdesk.ui.shell.daily_server_backup import start_daily_server_backup
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import show_active, wait_for_list


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[Database]:
    """A server database holding one account, opened as the app opens it (no dump yet)."""
    with_data = open_database(postgres_url)
    create_account(with_data, "Server AG")
    with_data.close()
    db = open_for_use(postgres_url, daily_server_backup=False)
    yield db
    # The window's background reads (and the dump) end before their database closes: a
    # connection still checked out when the engine is disposed would stay open until the
    # collector finds it, in some later test.
    QThreadPool.globalInstance().waitForDone(10_000)
    db.close()


@pytest.mark.postgres
def test_the_window_is_ready_before_the_days_dump_is_written(
    server_db: Database, qtbot: QtBot
) -> None:
    assert own_server_backups(server_db.location) == []  # the app's open took none
    release = threading.Event()
    started = threading.Event()

    def delayed_dump(db: Database) -> Any:
        started.set()
        release.wait(30)  # a real dump, written only when the test lets it
        return take_daily_server_backup(db)

    window = open_main_window(server_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    show_active(qtbot, window)
    operation = start_daily_server_backup(window, delayed_dump)
    assert operation is not None
    qtbot.waitUntil(started.is_set, timeout=10_000)
    wait_for_list(qtbot, window)
    # The user can work: the account list is there and an account opens, dump or not.
    assert window.sidebar.model.rowCount() == 1
    assert operation.running
    assert own_server_backups(server_db.location) == []
    release.set()
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    [(path, _taken)] = own_server_backups(server_db.location)
    assert path.name.endswith(".daily.json")
    assert read_dump(path)["tables"]["account"]["rows"]
    assert window.statusBar().currentMessage() == (
        f"Today's backup of the server database is in {path}."
    )


@pytest.mark.postgres
def test_a_failed_dump_is_said_in_the_status_bar(server_db: Database, qtbot: QtBot) -> None:
    def failing_dump(_db: Database) -> Any:
        raise OSError(28, "No space left on device")

    window = open_main_window(server_db)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    operation = start_daily_server_backup(window, failing_dump)
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    assert window.statusBar().currentMessage() == (
        "Today's backup of the server database failed: the file could not be written "
        "(the disk is full)"
    )


def test_a_sqlite_file_has_no_background_dump(window: MainWindow) -> None:
    assert start_daily_server_backup(window) is None


def test_the_backup_before_an_upgrade_is_said_in_the_status_bar(
    window: MainWindow, tmp_path: Path
) -> None:
    dump = tmp_path / "dbhost-5432-kamdesk.20261128-101500-123456.before-upgrade.json"
    start_daily_server_backup(window, upgrade_backup=dump)
    assert window.statusBar().currentMessage() == (
        "The server database was upgraded to this kamdesk; its backup from before is in "
        f"{dump}."
    )
