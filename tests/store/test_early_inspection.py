"""The file's check started before SQLAlchemy is imported: the same refusals, checked once."""

from __future__ import annotations

from pathlib import Path

import pytest

import kamdesk.store.database as database_module
from kamdesk.store.database import open_database
from kamdesk.store.early_inspection import start_inspection
from kamdesk.store.errors import DamagedDatabaseError, NotADatabaseError
from kamdesk.store.file_inspection import FileInspection
from tests.helpers.storage_files import account_names, make_database, stale_index

pytestmark = pytest.mark.sqlite_only


def test_open_takes_the_early_result_instead_of_checking_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    inspection = start_inspection(path)
    assert inspection is not None
    checked_again: list[Path] = []

    def count_checks(checked: Path, thorough: bool | None = None) -> FileInspection:
        checked_again.append(checked)
        raise AssertionError("the file was checked a second time")

    monkeypatch.setattr(database_module, "inspect_database_file", count_checks)
    db = open_database(path, inspection=inspection, daily_backup=False)
    db.close()
    assert checked_again == []
    assert account_names(path) == ["Brühl AG", "Kessler Inc."]


def test_a_damaged_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    stale_index(path)  # found by the full check, which a changed file gets
    damaged = path.read_bytes()
    inspection = start_inspection(str(path))
    assert inspection is not None
    with pytest.raises(DamagedDatabaseError, match="missing from index"):
        open_database(path, inspection=inspection)
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kamdesk.sqlite3"]


def test_a_foreign_file_is_refused_with_the_same_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Dear diary,\n" * 10)
    inspection = start_inspection(path)
    assert inspection is not None
    with pytest.raises(NotADatabaseError, match="not a SQLite file"):
        open_database(path, inspection=inspection)
    assert path.read_bytes() == b"Dear diary,\n" * 10


def test_a_check_of_another_file_is_not_taken_for_this_one(tmp_path: Path) -> None:
    good = make_database(tmp_path / "good.sqlite3")
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database")
    inspection = start_inspection(good)
    with pytest.raises(NotADatabaseError):
        open_database(other, inspection=inspection)


def test_nothing_to_check_early_for_a_new_file_or_a_server(tmp_path: Path) -> None:
    assert start_inspection(tmp_path / "new.sqlite3") is None
    assert start_inspection(tmp_path) is None  # a folder: open_database says so itself
    assert start_inspection("postgresql+psycopg://kam@localhost/kamdesk") is None
