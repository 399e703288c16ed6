"""First use of the default database: its folder is created private; a given folder is not.

The conftest points ``XDG_DATA_HOME`` at a folder that does not exist yet, as on a computer
that never ran kamdesk.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kamdesk.store.database import open_database
from kamdesk.store.errors import LocationError
from kamdesk.store.location import default_database_path, resolve_location


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_location_is_created_private_on_first_use() -> None:
    path = default_database_path()
    assert not path.parent.exists() and not path.parent.parent.exists()
    old_umask = os.umask(0o022)  # a usual umask must not widen the folder
    try:
        open_database(None).close()
    finally:
        os.umask(old_umask)
    assert path.is_file()
    if os.name == "posix":
        assert _mode(path.parent) == 0o700
        assert _mode(path) == 0o600
    open_database(None).close()  # the second start finds what the first made
    assert path.is_file()


def test_an_existing_default_folder_keeps_its_permissions() -> None:
    folder = default_database_path().parent
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    open_database(None).close()
    assert default_database_path().is_file()
    if os.name == "posix":
        assert _mode(folder) == 0o755  # the user's own choice is not second-guessed


@pytest.mark.parametrize("through", ["option", "environment"])
def test_a_given_path_in_a_missing_folder_is_refused_and_nothing_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, through: str
) -> None:
    typo = tmp_path / "kamdsek" / "data" / "k.sqlite3"
    if through == "environment":
        monkeypatch.setenv("KAMDESK_DB", str(typo))
        given = None
    else:
        given = str(typo)
    with pytest.raises(LocationError, match="does not exist"):
        open_database(given)
    assert not (tmp_path / "kamdsek").exists()
    assert not default_database_path().parent.exists()


def test_the_given_default_path_spelled_out_is_not_created() -> None:
    # Typing the default path by hand is still "a path the user gives": the same refusal.
    path = default_database_path()
    assert resolve_location(str(path)).is_default is False
    assert resolve_location(None).is_default is True
    with pytest.raises(LocationError):
        open_database(str(path))
    assert not path.parent.exists()


def test_a_default_folder_that_cannot_be_created_is_one_clear_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(LocationError, match="cannot be created") as refused:
        open_database(None)
    assert "\n" not in str(refused.value)
    assert blocker.read_text() == "a file where the data folder should be"
