"""What erasing one person costs, against the file rebuild it cannot do without.

Builds a demo database of ``--accounts`` accounts once, then, for each run, copies it fresh
and times in-process:

* ``erase_people`` of one key-account person (the update in one transaction, the snapshot
  scrub, the mention search, then checkpoint + ``VACUUM`` + checkpoint);
* ``erase_people`` of every person in the database at once (a whole retention list);
* the baseline: a bare ``VACUUM`` of the same copy with the ``sqlite3`` module.

The ratio says how much the erasure adds to the rebuild that wiping the old bytes needs.
The best run counts (the least disturbed by a busy machine); the median is printed beside it.

    python benchmarks/bench_person_erasure.py [--accounts 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.store.database import open_database


def build(folder: Path, accounts: int) -> Path:
    path = folder / "template.sqlite3"
    db = open_database(path, daily_backup=False)
    create_demo_portfolio(db, accounts=accounts)
    db.close()
    return path


def fresh_copy(template: Path, folder: Path, run: int) -> Path:
    copy = folder / f"run{run}.sqlite3"
    shutil.copyfile(template, copy)
    return copy


def everybody(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [int(row[0]) for row in connection.execute("SELECT id FROM stakeholder")]
    finally:
        connection.close()


def time_erasure(path: Path, people: list[int]) -> float:
    db = open_database(path, daily_backup=False)
    try:
        started = time.perf_counter()
        erase_people(db, people)
        return time.perf_counter() - started
    finally:
        db.close()


def time_vacuum(path: Path) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        started = time.perf_counter()
        connection.execute("VACUUM")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        template = build(folder, arguments.accounts)
        size_mb = template.stat().st_size / 1e6
        people = everybody(template)
        erasures, bulk, vacuums = [], [], []
        for run in range(arguments.runs):
            vacuums.append(time_vacuum(fresh_copy(template, folder, 3 * run)))
            erasures.append(time_erasure(fresh_copy(template, folder, 3 * run + 1), [1]))
            bulk.append(time_erasure(fresh_copy(template, folder, 3 * run + 2), people))
    best_v = min(vacuums)
    print(f"demo database: {arguments.accounts} accounts, {len(people)} people, "
          f"{size_mb:.1f} MB")
    print(f"bare VACUUM:             best {best_v * 1000:.0f} ms "
          f"(median {statistics.median(vacuums) * 1000:.0f} ms)")
    for label, times in (("erase one person", erasures), ("erase everybody at once", bulk)):
        print(f"{label + ':':24} best {min(times) * 1000:.0f} ms "
              f"(median {statistics.median(times) * 1000:.0f} ms), "
              f"{min(times) / best_v:.2f}x the VACUUM")


if __name__ == "__main__":
    main()
