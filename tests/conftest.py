"""Shared fixtures: an offscreen Qt platform, a fresh migrated database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must never touch the user's real database or settings.
os.environ.pop("KAMDESK_DB", None)

from kamdesk.store.database import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file lives (not yet created)."""
    return tmp_path / "kamdesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the user data and settings folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
