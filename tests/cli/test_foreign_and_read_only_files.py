"""Issue 12, cases 5 and 7: other programs' files stay untouched; read-only copies stay usable.

A file kamdesk refuses must keep every byte, and no ``-wal``/``-shm``/``-journal`` may appear
next to it. A good backup must restore from read-only media and from next to a hot journal.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.cli_runs import run_in_process
from tests.helpers.storage_files import account_names, folder_state, make_database

Capture = pytest.CaptureFixture[str]


def only_alembic_version(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")


def only_a_view(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE VIEW answers AS SELECT 42 AS answer")


def another_programs_empty_file(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA user_version = 7")


def another_programs_wal_file(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('Kunden #2')")


FOREIGN_FILES = [
    pytest.param(only_alembic_version, id="empty-alembic-version"),
    pytest.param(only_a_view, id="only-a-view"),
    pytest.param(another_programs_empty_file, id="empty-with-user-version"),
    pytest.param(another_programs_wal_file, id="wal-mode"),
]


@pytest.mark.parametrize("build", FOREIGN_FILES)
@pytest.mark.parametrize("command", [["accounts"], ["db", "current"], ["backup"], ["check"]])
def test_another_programs_file_is_refused_and_left_untouched(
    capsys: Capture, tmp_path: Path, build: Callable[[sqlite3.Connection], None],
    command: list[str],
) -> None:
    path = tmp_path / "kamdesk.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    build(connection)
    connection.close()
    before = folder_state(tmp_path)

    code, out, err = run_in_process(capsys, "--db", str(path), *command)

    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert "another program" in err and "unexpected" not in err
    assert folder_state(tmp_path) == before  # same bytes, no side files, no backups folder


def test_a_newer_kamdesk_file_in_wal_mode_gets_no_side_files(
    capsys: Capture, tmp_path: Path
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # still in WAL mode
    before = folder_state(tmp_path)
    for command in (["accounts"], ["db", "current"], ["check"]):
        code, _, err = run_in_process(capsys, "--db", str(path), *command)
        assert code == 1 and "newer kamdesk" in err and err.count("\n") == 1
        assert folder_state(tmp_path) == before


def on_read_only_mount(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``kamdesk`` with ``folder`` mounted read-only, as from a write-protected stick."""
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh",
         str(folder), sys.executable, "-m", "kamdesk", *argv],
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_a_good_backup_restores_from_read_only_media(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    original = make_database(tmp_path / "original.sqlite3")
    # The user copied the closed database itself: a WAL-mode file with no side files.
    shutil.copyfile(original, stick / "kamdesk-copy.sqlite3")
    assert (stick / "kamdesk-copy.sqlite3").read_bytes()[18:20] == b"\x02\x02"
    target = tmp_path / "kamdesk.sqlite3"
    before = folder_state(stick)

    current = on_read_only_mount(stick, "--db", str(stick / "kamdesk-copy.sqlite3"),
                                 "db", "current")
    restored = on_read_only_mount(stick, "--db", str(target), "restore",
                                  str(stick / "kamdesk-copy.sqlite3"))

    assert current.returncode == 0, current.stderr
    assert restored.returncode == 0, restored.stderr
    assert account_names(target) == ["Brühl AG", "Kessler Inc."]
    assert folder_state(stick) == before


# A writer that changes every account, spills the change into the file, and is killed
# before it commits: the file is left with a hot journal that must be rolled back.
KILLED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN")
connection.execute("UPDATE account SET name = name || ' (uncommitted)'")
connection.execute("CREATE TABLE spill AS SELECT zeroblob(200000) AS b")
os.kill(os.getpid(), 9)
"""


def test_a_backup_next_to_a_hot_journal_restores_what_was_committed(
    capsys: Capture, tmp_path: Path
) -> None:
    source = make_database(tmp_path / "copy.sqlite3")
    connection = sqlite3.connect(source)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(source)], check=False)
    journal = tmp_path / "copy.sqlite3-journal"
    assert journal.stat().st_size > 0
    before = folder_state(tmp_path)
    target = tmp_path / "elsewhere" / "kamdesk.sqlite3"
    target.parent.mkdir()

    code, _, err = run_in_process(capsys, "--db", str(target), "restore", str(source))

    assert (code, err) == (0, "")
    assert account_names(target) == ["Brühl AG", "Kessler Inc."]
    assert {k: v for k, v in folder_state(tmp_path).items() if "elsewhere" not in k} == before
