"""Issue 12, cases 2, 3, 4 and 6: the backup rotation keeps what a user relies on.

The oldest backup can be restored, neighbours with a shared name prefix never prune each
other's backups, a damaged database is never backed up over good copies, and a backup
killed half-way neither blocks that day's backup nor leaves a file that looks like one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.services.common.row_editing import create_row
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account
from tests.helpers.cli_runs import run_in_process
from tests.helpers.storage_files import account_names, make_database, stale_index

Capture = pytest.CaptureFixture[str]


def backup(capsys: Capture, db: Path) -> Path:
    code, out, err = run_in_process(capsys, "--db", str(db), "backup")
    assert (code, err) == (0, "")
    written = Path(out.strip().removeprefix("Backup written to "))
    assert written.is_file(), "backup reported a file that does not exist"
    return written


def add_account(db_path: Path, name: str) -> None:
    db = open_database(db_path, daily_backup=False)
    try:
        create_row(db, Account, {"name": name})
    finally:
        db.close()


def test_restoring_the_oldest_of_ten_backups_keeps_it(capsys: Capture, tmp_path: Path) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3", accounts=("Oldest",))
    oldest = backup(capsys, db)
    for index in range(9):
        add_account(db, f"Later {index}")
        backup(capsys, db)
    assert oldest.exists()

    code, out, err = run_in_process(capsys, "--db", str(db), "restore", str(oldest))

    assert (code, err) == (0, "")
    assert account_names(db) == ["Oldest"]
    assert oldest.exists(), "the backup being restored was pruned"
    safety = Path(out.splitlines()[0].removeprefix("The previous database was saved to "))
    assert safety.is_file() and "Later 8" in account_names(safety)


def test_databases_sharing_a_name_prefix_keep_their_own_backups(
    capsys: Capture, tmp_path: Path
) -> None:
    kunden = make_database(tmp_path / "kunden.db", accounts=("Kunde",))
    archiv = make_database(tmp_path / "kunden-archiv.db", accounts=("Archiv",))
    written: dict[Path, list[Path]] = {kunden: [], archiv: []}
    for _ in range(12):
        for db in (kunden, archiv):
            written[db].append(backup(capsys, db))

    for db, name in ((kunden, "Kunde"), (archiv, "Archiv")):
        kept = [p for p in written[db] if p.exists()]
        assert kept == written[db][-10:], f"{db.name} lost backups to its neighbour"
        assert all(account_names(p) == [name] for p in kept)

    newest = written[kunden][-1]
    code, out, err = run_in_process(capsys, "--db", str(kunden), "restore", str(newest))
    assert (code, err) == (0, "")
    safety = Path(out.splitlines()[0].removeprefix("The previous database was saved to "))
    backup(capsys, archiv)  # the neighbour's next backup must not prune the safety copy
    assert safety.is_file(), "restore reported a safety copy that no longer exists"
    assert account_names(safety) == ["Kunde"]


def test_a_damaged_database_is_not_backed_up_over_good_copies(
    capsys: Capture, tmp_path: Path
) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3")
    good = [backup(capsys, db) for _ in range(10)]
    stale_index(db)  # passes SQLite's quick check, fails the full one
    damaged = db.read_bytes()

    code, _, err = run_in_process(capsys, "--db", str(db), "backup")
    assert code == 1 and err.count("\n") == 1 and ("damaged" in err or "integrity" in err)
    code, _, err = run_in_process(capsys, "--db", str(db), "accounts")
    assert code == 1 and err.count("\n") == 1
    assert "damaged" in err and good[-1].name in err  # names the newest good backup

    assert db.read_bytes() == damaged
    assert sorted((tmp_path / "backups").iterdir()) == good
    assert all(account_names(p) == ["Brühl AG", "Kessler Inc."] for p in good)


# Runs in a child process: it is SIGKILLed the moment the daily backup starts copying.
KILLED_DURING_BACKUP = """
import os, sys
def kill_at_backup(frame, event, arg):
    if event == "c_call" and getattr(arg, "__name__", "") == "backup":
        os.kill(os.getpid(), 9)
sys.setprofile(kill_at_backup)
from kamdesk.store.database import open_database
open_database(sys.argv[1])
"""


def test_a_daily_backup_killed_half_way_is_taken_again(capsys: Capture, tmp_path: Path) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3")
    killed = subprocess.run([sys.executable, "-c", KILLED_DURING_BACKUP, str(db)], check=False)
    assert killed.returncode == -9

    code, _, err = run_in_process(capsys, "--db", str(db), "accounts")
    assert (code, err) == (0, "")

    folder = tmp_path / "backups"
    files = sorted(folder.iterdir())
    assert len(files) == 1 and "daily" in files[0].name, [p.name for p in files]
    assert account_names(files[0]) == ["Brühl AG", "Kessler Inc."]
    code, _, err = run_in_process(capsys, "--db", str(db), "restore", str(files[0]))
    assert (code, err) == (0, "")
