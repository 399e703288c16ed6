"""Issue 12, case 9: ``restore`` refuses, at once and with a message, while someone writes.

Another process holds a write transaction open. A restore must not wait half a minute and
then overwrite; it must say the database is in use, change nothing, and the other
process's commit must land in the database.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers.cli_runs import CliRun
from tests.helpers.storage_files import account_names, make_database, run_kamdesk

# Holds a write transaction open until it reads a line, then commits and says so.
WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE account SET name = 'Written meanwhile' WHERE name = 'Brühl AG'")
print("writing", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
print("committed", flush=True)
"""


def test_restore_refuses_while_another_process_writes(
    tmp_path: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3")
    copy = tmp_path / "copy.sqlite3"
    # The backup to restore is set-up (in this process, a whole kamdesk process less); the
    # restore racing another process's write is the point and stays a process of its own.
    made = kamdesk_in_process("--db", str(db), "backup", "-o", str(copy))
    assert made.returncode == 0, made.stderr
    with subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as writer:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "writing"
        started = time.monotonic()
        done = run_kamdesk("--db", str(db), "restore", str(copy), timeout=60)
        waited = time.monotonic() - started
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "committed"

    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "in use" in done.stderr and "nothing was restored" in done.stderr.lower()
    assert waited < 20
    assert account_names(db) == ["Kessler Inc.", "Written meanwhile"]
    assert not list(tmp_path.glob("backups/*before-restore*"))
