"""Storage errors: every unusable database is refused with one sentence, and left untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from kamdesk.store import sqlite_files
from kamdesk.store.database import open_database, storage_error
from kamdesk.store.errors import (
    DamagedDatabaseError,
    LocationError,
    LockedDatabaseError,
    NotADatabaseError,
    StorageError,
)
from kamdesk.store.location import default_database_path, resolve_location
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS
from tests.helpers.storage_files import empty_database


def test_new_database_is_private(db_path: Path) -> None:
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
    finally:
        db.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Quarterly notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a kamdesk database"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_untouched(db_path: Path) -> None:
    db = open_database(empty_database(db_path), daily_backup=False)
    with db.engine.begin() as connection:
        for index in range(400):
            connection.execute(
                text("INSERT INTO offering (name, category, active, position, version, "
                     "created_at, updated_at) VALUES (:n, 'x', 1, 0, 1, '2026-01-01', "
                     "'2026-01-01')"),
                {"n": f"Offering {index} " + "x" * 200},
            )
    db.close()
    with sqlite3.connect(db_path) as connection:  # fold the WAL into the main file
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), 97):  # scribble over b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()

    with pytest.raises((DamagedDatabaseError, StorageError)) as caught:
        open_database(db_path)

    assert "damaged" in str(caught.value) or "malformed" in str(caught.value)
    assert db_path.read_bytes() == before


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LocationError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "folder" / "k.sqlite3")
    assert not (tmp_path / "no").exists()


def test_a_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        # root may write anywhere; ask as an ordinary user would be answered.
        monkeypatch.setattr(sqlite_files.os, "access", lambda p, mode: mode == os.R_OK)
    try:
        with pytest.raises(LocationError, match="read-only"):
            open_database(folder / "k.sqlite3")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_read_only_database_is_refused_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_database(db_path)
    before = db_path.read_bytes()
    db_path.chmod(0o400)
    if os.geteuid() == 0:
        monkeypatch.setattr(sqlite_files.os, "access", lambda p, mode: mode == os.R_OK)
    try:
        with pytest.raises(LocationError, match="read-only"):
            open_database(db_path)
    finally:
        db_path.chmod(0o600)
    assert db_path.read_bytes() == before


def test_a_locked_database_gives_a_clear_error(db_path: Path) -> None:
    empty_database(db_path)
    holder = sqlite3.connect(db_path, check_same_thread=False)
    holder.execute("PRAGMA journal_mode = DELETE")  # a rollback journal lets a writer block readers
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LockedDatabaseError, match="locked"):
            open_database(db_path, busy_timeout_ms=200, daily_backup=False)
    finally:
        holder.rollback()
        holder.close()


def test_a_write_waiting_on_a_lock_times_out_clearly(db_path: Path) -> None:
    db = open_database(empty_database(db_path), busy_timeout_ms=200, daily_backup=False)
    holder = sqlite3.connect(db_path, check_same_thread=False, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        with pytest.raises(LockedDatabaseError), db.session() as session:
            session.execute(text("INSERT INTO team_member (name, role, email, capacity, active, "
                                 "version, created_at, updated_at) VALUES ('A', '', '', 1, 1, 1, "
                                 "'2026-01-01', '2026-01-01')"))
    finally:
        holder.rollback()
        holder.close()
        db.close()


def test_location_comes_from_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_location(tmp_path / "given.sqlite3").path == tmp_path / "given.sqlite3"
    assert resolve_location(None).path == tmp_path / "env.sqlite3"
    monkeypatch.delenv("KAMDESK_DB")
    assert resolve_location(None).path == default_database_path()
    assert str(default_database_path()).startswith(os.environ["XDG_DATA_HOME"])


def test_a_server_url_is_kept_and_its_password_hidden() -> None:
    location = resolve_location("postgresql+psycopg://kam:secret@db.example:5432/kamdesk")
    assert location.path is None
    assert "secret" not in location.display()


def test_sqlites_own_words_are_ours_where_they_are_common(db_path: Path) -> None:
    location = resolve_location(str(db_path))
    refusal = storage_error(sqlite3.OperationalError("unable to open database file"), location)
    assert str(refusal) == f"{db_path} cannot be used: the file cannot be opened."
    refusal = storage_error(sqlite3.OperationalError("disk I/O error"), location)
    assert str(refusal) == f"{db_path} cannot be used: the drive reported a read or write error."
    refusal = storage_error(sqlite3.OperationalError("no such table: interaction"), location)
    assert str(refusal) == f"{db_path} cannot be used: no such table: interaction."
