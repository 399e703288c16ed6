"""The look at a file before opening it: the full check after a change, quick otherwise.

The record of the last clean full check lives in the user's state folder: checking writes
nothing into the database's folder, and a file damaged after its clean check (which moves
its size or modification time) gets the full check again and is refused.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kamdesk.store import file_inspection
from kamdesk.store.clean_check_records import (
    constraints_checked_unchanged,
    file_signature,
    record_path,
    remember_clean_check,
)
from kamdesk.store.errors import DamagedDatabaseError
from kamdesk.store.file_inspection import inspect_database_file
from kamdesk.store.sqlite_uri import connect_uri, file_uri, sqlalchemy_url
from tests.helpers.storage_files import folder_state, make_database, stale_index


def test_the_full_check_runs_once_until_the_file_changes(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    record_path().unlink(missing_ok=True)
    before = folder_state(tmp_path)

    assert inspect_database_file(path).thorough
    assert not inspect_database_file(path).thorough
    assert not inspect_database_file(path).thorough

    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE account SET name = 'Brühl GmbH' WHERE name = 'Brühl AG'")
    connection.close()
    assert inspect_database_file(path).thorough
    assert not inspect_database_file(path).thorough
    # The checks wrote nothing next to the database; the record is in the state folder.
    assert set(folder_state(tmp_path)) == set(before)
    assert record_path().is_file() and tmp_path not in record_path().parents


def test_damage_after_a_clean_check_is_found_by_the_full_check(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    assert inspect_database_file(path).thorough  # clean, and remembered
    stale_index(path)  # only the full check sees it; the file's size and time move
    damaged = path.read_bytes()

    with pytest.raises(DamagedDatabaseError, match="missing from index"):
        inspect_database_file(path)
    assert path.read_bytes() == damaged


def test_a_file_touched_back_to_its_old_time_is_still_told_apart_by_size(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    inspect_database_file(path)
    status = path.stat()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("CREATE TABLE extra AS SELECT zeroblob(50000) AS b")
    connection.close()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # a copy tool keeping times
    assert path.stat().st_size != status.st_size
    assert inspect_database_file(path).thorough


@pytest.mark.parametrize(
    "name", ["Kunden #2/kamdesk.sqlite3", "db?x.sqlite3", "a%41b.sqlite3", "Größe 😀/x y.db"]
)
def test_uris_and_urls_name_exactly_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE here (x)")
    connection.close()

    read_only = connect_uri(path, mode="ro")
    try:
        tables = read_only.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        read_only.close()
    assert tables == [("here",)]
    assert file_uri(path, mode="ro").endswith("?mode=ro")
    assert sqlalchemy_url(path).database == str(path)
    # Nothing was created under a name cut at the special character ("Kunden ", "db").
    assert [str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()] == [name]


def _checks_made_in_place(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files checked on a connection that could write (the only kind SQLite verifies
    CHECK and NOT NULL constraints on), from now on."""
    made: list[Path] = []
    check_in_place = file_inspection._check_in_place

    def noting(path: Path, thorough: bool, timeout: float) -> list[str]:
        made.append(path)
        return check_in_place(path, thorough, timeout)

    monkeypatch.setattr(file_inspection, "_check_in_place", noting)
    return made


def test_an_unchanged_file_whose_constraints_passed_is_quick_checked_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    record_path().unlink(missing_ok=True)
    in_place = _checks_made_in_place(monkeypatch)

    assert inspect_database_file(path).thorough  # the constraints verified, and remembered
    assert in_place == [path]
    assert not inspect_database_file(path).thorough
    assert not inspect_database_file(path, thorough=False).thorough
    assert in_place == [path]  # nothing changed since: read-only, as on read-only media
    assert constraints_checked_unchanged(path)


def test_a_constraint_broken_after_a_clean_check_is_still_refused(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    assert inspect_database_file(path).thorough
    assert not inspect_database_file(path).thorough  # the quick, read-only check
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("UPDATE account SET tier = 'platinum'")  # the file's time moves
    connection.close()
    broken = path.read_bytes()

    with pytest.raises(DamagedDatabaseError, match="CHECK constraint failed"):
        inspect_database_file(path)
    assert path.read_bytes() == broken


def test_a_record_without_the_constraints_has_them_verified_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    # The full check passed without verifying the constraints (the file had side files, or
    # lay on read-only media), or an older kamdesk wrote the record: the signature alone.
    remember_clean_check(path, constraints_checked=False)
    older = {str(path.absolute()): file_signature(path)}
    in_place = _checks_made_in_place(monkeypatch)

    assert not inspect_database_file(path).thorough
    assert in_place == [path]  # the quick check verified them, and says so in the record
    assert constraints_checked_unchanged(path)
    assert not inspect_database_file(path).thorough
    assert in_place == [path]
    record_path().write_text(json.dumps(older), encoding="utf-8")
    assert not inspect_database_file(path).thorough  # the older record spares the full check
    assert in_place == [path, path]  # but not the constraints, once
    assert constraints_checked_unchanged(path)


def test_a_quick_check_asked_for_without_a_record_claims_no_full_check(
    tmp_path: Path,
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    record_path().unlink(missing_ok=True)
    assert not inspect_database_file(path, thorough=False).thorough
    assert not constraints_checked_unchanged(path)
    assert inspect_database_file(path).thorough  # the full check is still due
