"""Shared fixtures: an offscreen Qt platform, a fresh migrated database per test.

The schema is migrated once per session, into a template file; each test gets a copy of it.
Running the migrations for every test cost time, and more: SQLAlchemy's ORM caches compiled
statements per dialect, and a new engine's dialect then kept that test's whole migration
(tables, columns, types) alive for the rest of the run, about 10,000 objects a test, which
every later garbage collection walked again.
"""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema revision, made once; copy it, never open it."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    open_database(path, daily_backup=False).close()  # closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database (a copy of the session's template)."""
    copy_database_file(migrated_template, db_path)
    database = open_database(db_path, daily_backup=False)
    yield database
    database.close()


def copy_database_file(source: Path, destination: Path) -> Path:
    """Copy a closed database file, readable by its owner only as kamdesk makes them."""
    shutil.copyfile(source, destination)
    destination.chmod(0o600)
    return destination


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the user data and settings folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
