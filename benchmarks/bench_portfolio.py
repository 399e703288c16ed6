"""How fast is the portfolio analysis on 10,000 accounts, against a bare SQL aggregate?

Builds (or reuses) a demo database of ``--accounts`` accounts, then times:

* the baseline: ``SELECT account_id, SUM(actual) FROM revenue_entry WHERE <window>
  GROUP BY account_id`` through the plain ``sqlite3`` module, over the same revenue rows;
* the analysis: :func:`kamdesk.services.portfolio_analysis.analyse_portfolio` (all its
  aggregates, ranking, scores, tiers and guardrails).

Each is run several times and the best run counts (the least disturbed by the machine).
The target is a ratio under 1.5.

    python benchmarks/bench_portfolio.py [--accounts 10000] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kamdesk.services.demo_portfolio import create_demo_portfolio
from kamdesk.services.portfolio_analysis import analyse_portfolio
from kamdesk.services.portfolio_window import period_index
from kamdesk.store.database import open_database


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` timed calls, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    """Build the database if needed, time both, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()

    path = arguments.db or Path(tempfile.mkdtemp()) / "bench_portfolio.sqlite3"
    fresh = not path.exists()
    db = open_database(path, daily_backup=False)
    try:
        if fresh:
            started = time.perf_counter()
            create_demo_portfolio(db, accounts=arguments.accounts)
            print(f"built {arguments.accounts} demo accounts in "
                  f"{time.perf_counter() - started:.1f} s: {path}")
        analysis = analyse_portfolio(db)  # warm the caches and learn the window
        first = period_index(analysis.window.first)
        last = period_index(analysis.window.last)

        connection = sqlite3.connect(path)
        baseline_sql = (
            "SELECT account_id, SUM(actual) FROM revenue_entry "
            "WHERE year * 4 + quarter BETWEEN ? AND ? GROUP BY account_id"
        )

        def baseline() -> object:
            return connection.execute(baseline_sql, (first, last)).fetchall()

        revenue_rows = connection.execute(
            "SELECT COUNT(*) FROM revenue_entry WHERE year * 4 + quarter BETWEEN ? AND ?",
            (first, last),
        ).fetchone()[0]
        bare = best_of(arguments.runs, baseline)
        full = best_of(arguments.runs, lambda: analyse_portfolio(db))
        connection.close()
    finally:
        db.close()

    print(f"accounts: {len(analysis.accounts)}, revenue rows in the window "
          f"{analysis.window.label}: {revenue_rows}")
    print(f"bare SQL aggregate (sqlite3):  {bare * 1000:8.1f} ms")
    print(f"portfolio analysis (service): {full * 1000:8.1f} ms")
    ratio = full / bare
    print(f"ratio: {ratio:.2f}x (target under 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
