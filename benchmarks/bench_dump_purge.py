"""What purging one person from a server dump costs, against writing that dump.

A server database's backups are portable dumps; after an erasure, each dump of the user's
that still holds the person is purged (load into an in-memory database, erase there, dump
again, check by loading it back, rename). The dump format is the same on either backend, so
the dumps here are written from a demo SQLite database of ``--accounts`` accounts (no
server needed). Each run times, in-process:

* the search of one dump for the person (read and checksum the file, look for their row):
  what the erasure's confirmation does for each dump before it shows;
* the purge of one dump (``purge_from_dumps`` of one held dump);
* the baseline: ``write_dump`` of the same database, which is what the daily dump costs.

The best run counts (the least disturbed by a busy machine); the median is printed beside it.

    python benchmarks/bench_dump_purge.py [--accounts 48 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.admin.personal_data_in_server_dumps import purge_from_dumps, rows_of
from kamdesk.services.exchange.portable_dump import read_dump, write_dump
from kamdesk.services.stakeholders.personal_data_in_backups import (
    BackupsHolding,
    HeldBackup,
    PersonTerms,
    person_terms,
)
from kamdesk.store.database import open_database


def measure(folder: Path, accounts: int, runs: int) -> tuple[list[float], ...]:
    """(search, purge, write) seconds of each run on a demo of ``accounts`` accounts."""
    db = open_database(folder / f"demo{accounts}.sqlite3", daily_backup=False)
    try:
        create_demo_portfolio(db, accounts=accounts)
        with db.read() as connection:
            key = connection.execute(text(
                "SELECT id FROM stakeholder WHERE email <> '' ORDER BY id LIMIT 1"
            )).scalar_one()
        person = person_terms(db, key)
        template = folder / f"dump{accounts}.json"
        searches, purges, writes = [], [], []
        for _run in range(runs):
            started = time.perf_counter()
            write_dump(db, template)
            writes.append(time.perf_counter() - started)
            dump = folder / "dump.json"
            shutil.copyfile(template, dump)
            started = time.perf_counter()
            ids = rows_of(read_dump(dump), person)
            searches.append(time.perf_counter() - started)
            purges.append(time_purge(dump, person, ids))
        return searches, purges, writes
    finally:
        db.close()


def time_purge(dump: Path, person: PersonTerms, ids: tuple[int, ...]) -> float:
    held = HeldBackup(dump, datetime.now(UTC), "daily", ids)
    started = time.perf_counter()
    result = purge_from_dumps(BackupsHolding(person, (held,), (), server_dumps=True))
    took = time.perf_counter() - started
    assert result.purged == (dump,), result.refused
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[48, 2000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    print(f"{'accounts':>8}{'dump MB':>9}{'write s':>9}{'search s':>10}{'purge s':>9}"
          f"{'search/write':>14}{'purge/write':>13}  (best; median)")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for accounts in arguments.accounts:
            searches, purges, writes = measure(folder, accounts, arguments.runs)
            size = (folder / f"dump{accounts}.json").stat().st_size / 1e6
            write, search, purge = min(writes), min(searches), min(purges)
            print(f"{accounts:>8}{size:>9.1f}{write:>9.2f}{search:>10.3f}{purge:>9.2f}"
                  f"{search / write:>13.2f}×{purge / write:>12.2f}×  "
                  f"({statistics.median(searches) / statistics.median(writes):.2f}×; "
                  f"{statistics.median(purges) / statistics.median(writes):.2f}×)")


if __name__ == "__main__":
    main()
