"""What the storage safety costs: the checks on open, and a verified backup.

Builds (or reuses) a demo database of ``--accounts`` accounts, then times, each against a
baseline from the same run:

* in-process, the inspection before an open: the quick check (file unchanged since its last
  clean check) and the full ``integrity_check`` (file changed), against reading every
  account row with the bare ``sqlite3`` module;
* in-process, a verified backup (backup API, full check of the copy, fsync, rename) against
  a plain byte copy with ``fsync``;
* whole processes as a user starts them: ``kamdesk accounts`` on an unchanged file against
  the same command right after the file changed.

Each is run several times; the best run counts (the least disturbed by a busy machine) and
the median is printed beside it.

    python benchmarks/bench_open_checks.py [--accounts 2000] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.backup_files import write_backup
from kamdesk.store.database import open_database
from kamdesk.store.file_inspection import inspect_database_file

Timing = tuple[float, float]


def timed(runs: int, action: Callable[[], object], before: Callable[[], object]) -> Timing:
    """The fastest and the median of ``runs`` timed calls, in seconds."""
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def read_all_accounts(path: Path) -> None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        connection.execute("SELECT * FROM account").fetchall()
    finally:
        connection.close()


def copy_and_fsync(path: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    shutil.copyfile(path, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def main() -> int:
    """Build the database if needed, time the cases, print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-open-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")  # the clean-check record
    path = arguments.db or folder / "bench_open.sqlite3"
    if not path.exists():
        db = open_database(path, daily_backup=False)
        try:
            create_demo_portfolio(db, accounts=arguments.accounts)
        finally:
            db.close()
    runs = arguments.runs

    def nothing() -> None:
        pass

    def clear_backups() -> None:
        shutil.rmtree(path.parent / "backups", ignore_errors=True)

    def changed() -> None:
        os.utime(path)  # as after an edit: the next open checks fully

    baseline_read = timed(runs, lambda: read_all_accounts(path), nothing)
    quick = timed(runs, lambda: inspect_database_file(path, thorough=False), nothing)
    full = timed(runs, lambda: inspect_database_file(path, thorough=True), nothing)
    copy = timed(runs, lambda: copy_and_fsync(path, folder / "copy"), nothing)
    backup = timed(runs, lambda: write_backup(path, "manual"), clear_backups)

    kamdesk = [sys.executable, "-m", "kamdesk", "--db", str(path)]
    accounts = [*kamdesk, "accounts", "--format", "csv"]

    def run_accounts() -> None:
        subprocess.run(accounts, check=True, stdout=subprocess.DEVNULL)

    run_accounts()  # takes the daily backup and records a clean check
    process_unchanged = timed(runs, run_accounts, nothing)
    process_changed = timed(runs, run_accounts, changed)

    size = path.stat().st_size / 1e6
    print(f"database: {arguments.accounts} accounts, {size:.1f} MB")
    for label, (best, median) in (
        ("read every account row (sqlite3)", baseline_read),
        ("inspection, quick check (unchanged)", quick),
        ("inspection, full integrity check", full),
        ("byte copy + fsync", copy),
        ("verified backup", backup),
        ("kamdesk accounts, unchanged file", process_unchanged),
        ("kamdesk accounts, changed file", process_changed),
    ):
        print(f"  {label:38} best {best * 1000:8.1f} ms   median {median * 1000:8.1f} ms")
    print(f"full check vs quick check, in-process: {full[0] / quick[0]:.2f}x "
          f"(+{(full[0] - quick[0]) * 1000:.0f} ms)")
    print(f"verified backup vs byte copy + fsync: {backup[0] / copy[0]:.2f}x")
    print(f"kamdesk accounts, changed vs unchanged file, whole process: "
          f"{process_changed[0] / process_unchanged[0]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
