"""The look at a file before opening it: the full check after a change, quick otherwise.

The record of the last clean full check lives in the user's state folder: checking writes
nothing into the database's folder, and a file damaged after its clean check (which moves
its size or modification time) gets the full check again and is refused.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from kamdesk.store.clean_check_records import record_path
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
