"""Benchmark: building the demo portfolio of 10,000 accounts, against a raw sqlite3 floor.

Run: ``python benchmarks/bench_demo.py [--accounts N]``. Not a test: it prints seconds.

The baseline inserts as many revenue rows as the demo wrote (eight per account) with the
bare ``sqlite3`` module's executemany into a table without constraints, in the same
process and with the same pragmas: the floor no ORM or type conversion can go below. The
ratio says what the demo's full work (all tables, money and timestamp conversion, enum
checks, foreign keys, generating believable text) costs against that floor.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database


def build_demo(folder: Path, accounts: int) -> tuple[float, int]:
    """Seconds to build the demo (database creation excluded) and revenue rows written."""
    database = open_database(folder / "demo.sqlite3", daily_backup=False)
    try:
        started = time.perf_counter()
        summary = create_demo_portfolio(database, accounts=accounts, today=date(2026, 11, 27))
        seconds = time.perf_counter() - started
    finally:
        database.close()
    print(
        f"demo: {summary.accounts} accounts, {summary.revenue_entries} revenue entries, "
        f"{summary.interactions} interactions, {summary.stakeholders} stakeholders"
    )
    return seconds, summary.revenue_entries


def raw_sqlite_baseline(folder: Path, rows: int) -> float:
    """Seconds for a bare sqlite3 executemany of ``rows`` revenue-shaped rows."""
    connection = sqlite3.connect(folder / "baseline.sqlite3")
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute(
            "CREATE TABLE revenue (id INTEGER PRIMARY KEY, version INTEGER, created_at TEXT,"
            " updated_at TEXT, account_id INTEGER, year INTEGER, quarter INTEGER,"
            " actual INTEGER, plan INTEGER, recurring INTEGER)"
        )
        stamp = "2026-11-27 12:00:00.000000"
        data = [
            (1, stamp, stamp, n // 8 + 1, 2024 + n % 8 // 4, n % 4 + 1, 1_234_500, 1_300_000,
             n % 3 == 0)
            for n in range(rows)
        ]
        started = time.perf_counter()
        with connection:
            connection.executemany(
                "INSERT INTO revenue (version, created_at, updated_at, account_id, year,"
                " quarter, actual, plan, recurring) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data,
            )
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    """Build the demo and the baseline; print both times and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo_seconds, revenue_rows = build_demo(folder, args.accounts)
        raw_seconds = raw_sqlite_baseline(folder, revenue_rows)
    print(f"demo portfolio ({args.accounts} accounts): {demo_seconds:.2f} s")
    print(f"raw sqlite3 executemany ({revenue_rows} revenue rows): {raw_seconds:.3f} s")
    print(f"ratio: {demo_seconds / raw_seconds:.0f}x")


if __name__ == "__main__":
    main()
