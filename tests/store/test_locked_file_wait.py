"""A file another program holds locked is refused after the caller's busy timeout (the check
waits two seconds at most), untouched.

Before, the file check waited a fixed two seconds whatever the caller asked; SQLite never
gives up before its timeout, so a refusal in well under two seconds shows the caller's
shorter wait was used.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import kamdesk.store.database as database_module
from kamdesk.store.database import open_database
from kamdesk.store.early_inspection import start_inspection
from kamdesk.store.errors import LockedDatabaseError
from kamdesk.store.file_inspection import FileInspection, inspect_database_file
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, FILE_CHECK_WAIT_MS
from tests.helpers.storage_files import make_database

pytestmark = pytest.mark.sqlite_only

#: The old fixed wait of the check; a refusal this late did not use the caller's timeout.
OLD_FIXED_WAIT_S = 2.0
SHORT_MS = 100


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A kamdesk file another program holds with an exclusive lock (a rollback journal)."""
    path = make_database(tmp_path / "kamdesk.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield path
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _refused_as_locked_and_untouched(path: Path, attempt: Callable[[], object]) -> float:
    """``attempt`` says "locked" and changes no file; how long it took, in seconds."""
    before = {file.name: file.read_bytes() for file in path.parent.iterdir() if file.is_file()}
    started = time.monotonic()
    with pytest.raises(LockedDatabaseError, match="is locked by another program"):
        attempt()
    waited = time.monotonic() - started
    after = {file.name: file.read_bytes() for file in path.parent.iterdir() if file.is_file()}
    assert after == before
    return waited


def _refused_as_locked_in_time_and_untouched(path: Path, attempt: Callable[[], object]) -> None:
    """``attempt`` says "locked" before the old fixed wait is over, and changes no file."""
    assert _refused_as_locked_and_untouched(path, attempt) < OLD_FIXED_WAIT_S


def test_the_check_waits_the_callers_timeout_then_says_locked(locked: Path) -> None:
    _refused_as_locked_in_time_and_untouched(
        locked, lambda: inspect_database_file(locked, busy_timeout_ms=SHORT_MS)
    )


def test_with_the_sessions_default_wait_the_check_says_locked_sooner(locked: Path) -> None:
    # Sessions wait five seconds for another kamdesk's upgrade; the check, which only reads,
    # reports another program's lock after FILE_CHECK_WAIT_MS.
    waited = _refused_as_locked_and_untouched(locked, lambda: inspect_database_file(locked))
    assert 0.9 * FILE_CHECK_WAIT_MS / 1000 <= waited < BUSY_TIMEOUT_MS / 1000


def test_opening_waits_once_with_the_sessions_timeout(locked: Path) -> None:
    _refused_as_locked_in_time_and_untouched(
        locked, lambda: open_database(locked, busy_timeout_ms=SHORT_MS)
    )


def test_the_early_check_waits_as_long_as_the_open_after_it(locked: Path) -> None:
    def start_then_open() -> None:
        inspection = start_inspection(locked, busy_timeout_ms=SHORT_MS)
        assert inspection is not None
        open_database(locked, busy_timeout_ms=SHORT_MS, inspection=inspection)

    _refused_as_locked_in_time_and_untouched(locked, start_then_open)


def test_an_early_check_with_another_timeout_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The early check's verdict on a lock depends on how long it waited: the open asks again.
    path = make_database(tmp_path / "kamdesk.sqlite3")
    inspection = start_inspection(path, busy_timeout_ms=SHORT_MS)
    assert inspection is not None
    waits: list[int] = []

    def counted(
        checked: Path, thorough: bool | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> FileInspection:
        waits.append(busy_timeout_ms)
        return inspect_database_file(checked, thorough, busy_timeout_ms)

    monkeypatch.setattr(database_module, "inspect_database_file", counted)
    open_database(path, inspection=inspection, daily_backup=False).close()
    assert waits == [BUSY_TIMEOUT_MS]
