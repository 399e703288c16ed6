"""The app's first start on a computer that never ran kamdesk: the window, and the demo offer.

The conftest points the user data folder at a place that does not exist yet; the app is
opened exactly as ``kamdesk`` with no ``--db`` opens it (the window's frame shown first, then
``open_database(None)`` and ``open_main_window`` filling it), then the user takes the offer.
The installed command's own first start is ``tests/cli/test_first_run.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.store.database import Database, open_database
from kamdesk.store.location import default_database_path
from kamdesk.ui.shell.app import open_main_window
from kamdesk.ui.shell.demo_loading import DEMO_ACCOUNTS
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import show_active, wait_for_list


@pytest.fixture
def first_start(qtbot: QtBot) -> Iterator[tuple[Database, MainWindow]]:
    """The database and window of the very first start (no data folder beforehand)."""
    assert not default_database_path().parent.exists()
    window = MainWindow()  # the frame, painted before the database layer is loaded
    qtbot.addWidget(window)
    window.resize(1280, 800)
    show_active(qtbot, window)
    db = open_database(None)
    assert open_main_window(db, window) is window
    wait_for_list(qtbot, window)
    yield db, window
    QThreadPool.globalInstance().waitForDone(10_000)  # background reads end before closing
    db.close()


@pytest.mark.slow
def test_the_first_start_offers_the_demo_and_loads_it(
    first_start: tuple[Database, MainWindow], qtbot: QtBot
) -> None:
    db, window = first_start
    assert default_database_path().is_file()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible()
    assert "empty" in window.welcome.hint.text()

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == DEMO_ACCOUNTS, timeout=120_000)
    assert len(list_accounts(db)) == DEMO_ACCOUNTS
    assert not window.welcome.demo_button.isVisible()  # offered once, to an empty portfolio
