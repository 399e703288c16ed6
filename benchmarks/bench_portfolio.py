"""How fast is the portfolio analysis on 10,000 accounts, against a bare SQL aggregate?

Builds (or reuses) a demo database of ``--accounts`` accounts, then times:

* the baseline: ``SELECT account_id, SUM(actual) FROM revenue_entry WHERE <window>
  GROUP BY account_id`` through the plain ``sqlite3`` module, over the same revenue rows;
* the analysis: :func:`kamdesk.services.portfolio.portfolio_analysis.analyse_portfolio` (all its
  aggregates, ranking, scores, tiers and guardrails);
* and, to show where the time goes, its two halves inside one session: reading the
  figures (the handful of aggregate queries and their conversion) and the one pass in
  Python (ranking, scores, tiers, guardrails).

Each is run several times; the best run counts (the least disturbed by the machine) and
the median is printed beside it, since on a busy machine the two differ a lot. The target
is a ratio under 1.5.

    python benchmarks/bench_portfolio.py [--accounts 10000] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.portfolio_analysis import (
    analyse_portfolio,
    analysis_settings,
    capacities_in_session,
    combine,
)
from kamdesk.services.portfolio.portfolio_facts import load_account_figures
from kamdesk.services.portfolio.portfolio_window import period_index
from kamdesk.store.database import Database, open_database


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """The fastest and the median of ``runs`` timed calls, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def halves(db: Database, runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The analysis split in two: reading the figures, and the pass in Python."""
    analysis = analyse_portfolio(db)
    with db.session() as session:
        settings = analysis_settings(settings_row(session))
        window, today = analysis.window, analysis.today
        figures = load_account_figures(session, window, today)
        capacities = capacities_in_session(session)
        reading = timed(runs, lambda: load_account_figures(session, window, today))
        passing = timed(runs, lambda: combine(figures, window, settings, capacities, today))
    return reading, passing


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
        bare = timed(arguments.runs, baseline)
        full = timed(arguments.runs, lambda: analyse_portfolio(db))
        reading, passing = halves(db, arguments.runs)
        connection.close()
    finally:
        db.close()

    print(f"accounts: {len(analysis.accounts)}, revenue rows in the window "
          f"{analysis.window.label}: {revenue_rows}")
    for label, (fastest, median) in (
        ("bare SQL aggregate (sqlite3):", bare),
        ("portfolio analysis (service):", full),
        ("  of which reading figures:", reading),
        ("  of which the Python pass:", passing),
    ):
        print(f"{label:31s}{fastest * 1000:8.1f} ms  (median {median * 1000:.1f} ms)")
    ratio = full[0] / bare[0]
    print(f"ratio: {ratio:.2f}x (target under 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
