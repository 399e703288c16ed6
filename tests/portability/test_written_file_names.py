"""Names kamdesk makes on its own (backups) are valid on every system."""

from __future__ import annotations

from pathlib import Path

from kamdesk.domain.file_names import MAX_NAME_CHARS, is_safe_file_name
from kamdesk.store.backup_files import backup_folder, own_backups, write_backup
from tests.helpers.storage_files import empty_database


def test_a_backup_of_a_database_with_a_long_name_gets_a_valid_name(tmp_path: Path) -> None:
    # 238 characters is a fine name for the database itself; its backup name, with the
    # timestamp and reason added, would pass the 255-byte limit and could not be created.
    path = tmp_path / ("Kundenpläne " + "x" * 218 + ".sqlite3")
    empty_database(path)
    backup = write_backup(path, "daily")
    assert backup.parent == backup_folder(path) and backup.is_file()
    assert is_safe_file_name(backup.name) and len(backup.name) <= MAX_NAME_CHARS
    assert backup.name.startswith("Kundenpläne xxx") and backup.suffix == ".sqlite3"
    # Shortened, it is still this database's backup: found, and pruned with the others.
    assert [b.path for b in own_backups(path)] == [backup]


def test_backup_names_have_no_colons_and_keep_the_database_name(tmp_path: Path) -> None:
    path = tmp_path / "kunden.sqlite3"
    empty_database(path)
    backup = write_backup(path, "manual")
    assert is_safe_file_name(backup.name) and ":" not in backup.name
    assert backup.name.startswith("kunden.sqlite3.") and backup.name.endswith(".manual.sqlite3")


def test_a_name_windows_refuses_gets_a_portable_backup_name_of_its_own(tmp_path: Path) -> None:
    first, second = tmp_path / "Kunden?.db", tmp_path / "Kunden*.db"
    for path in (first, second):
        empty_database(path)
        write_backup(path, "manual")
    names = [own_backups(path)[0].path.name for path in (first, second)]
    assert all(is_safe_file_name(name) for name in names)
    assert names[0] != names[1] and all(name.startswith("Kunden") for name in names)
    assert [len(own_backups(path)) for path in (first, second)] == [1, 1]
