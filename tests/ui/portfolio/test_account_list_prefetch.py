"""The start's early read of the account list: the sidebar gets the rows the directory lists,
exactly once, whether they arrive before or after it asks; a failed read reaches the user."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import kamdesk.ui.portfolio.portfolio_sidebar as sidebar_module
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.store.database import Database, open_database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.account_list_prefetch import AccountListPrefetch
from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar
from tests.helpers.storage_files import copy_database_file


@pytest.fixture
def db(demo_database: Callable[..., Database]) -> Database:
    """The test's database: a copy of the session's 15-account demo (built once)."""
    return demo_database(accounts=15)


def test_rows_that_arrived_first_are_handed_over_when_asked(db: Database, qtbot: QtBot) -> None:
    prefetch = AccountListPrefetch(db)
    with qtbot.waitSignal(prefetch.arrived, timeout=10_000):
        pass
    received: list[object] = []
    prefetch.deliver(received.append, lambda message: pytest.fail(message))
    assert received == [list_accounts(db)]
    with pytest.raises(RuntimeError):  # one read, one taker
        prefetch.deliver(received.append, lambda message: pytest.fail(message))
    assert len(received) == 1


def test_rows_asked_for_early_are_handed_over_once_they_arrive(
    db: Database, qtbot: QtBot
) -> None:
    prefetch = AccountListPrefetch(db)
    received: list[object] = []
    prefetch.deliver(received.append, lambda message: pytest.fail(message))
    qtbot.waitUntil(lambda: prefetch.done, timeout=10_000)
    assert received == [list_accounts(db)]


def test_the_sidebar_lists_the_early_read_without_reading_again(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefetch = AccountListPrefetch(context.db)
    reads_of_its_own: list[object] = []
    monkeypatch.setattr(sidebar_module, "list_accounts",
                        lambda *args, **kwargs: reads_of_its_own.append(args) or [])
    sidebar = PortfolioSidebar(context)
    qtbot.addWidget(sidebar)
    with qtbot.waitSignal(sidebar.loaded, timeout=10_000):
        sidebar.reload(prefetch)
    assert sidebar.rows() == list_accounts(context.db)
    assert not sidebar.is_loading
    assert reads_of_its_own == []


@pytest.mark.sqlite_only
def test_a_failed_read_reaches_the_user_as_one_sentence(
    db_path: Path, migrated_template: Path, qtbot: QtBot
) -> None:
    path = copy_database_file(migrated_template, db_path)
    with sqlite3.connect(path) as raw:  # a table the list reads is gone
        raw.execute("DROP TABLE interaction")
    db = open_database(path, migrate=False, daily_backup=False)
    try:
        prefetch = AccountListPrefetch(db)
        failures: list[str] = []
        prefetch.deliver(lambda rows: pytest.fail(f"rows from a broken file: {rows}"),
                         failures.append)
        qtbot.waitUntil(lambda: prefetch.done, timeout=10_000)
        assert len(failures) == 1
        assert failures == [f"{path} cannot be used: no such table: interaction."]
    finally:
        db.close()
