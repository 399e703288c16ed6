"""The team's server against the desk's file: ``accounts``, ``plan`` and ``portfolio`` on
PostgreSQL ÷ the same commands on SQLite, with the same 2,000 accounts (goal ≤ 1.5×).

Whole processes, as a user starts them (see ``whole_process.py``). The demo portfolio is
made once on SQLite and moved to a private PostgreSQL cluster (``tests/helpers/
postgres_server.py``: a temporary folder, its own port on 127.0.0.1) with ``kamdesk dump``
and ``load``, so both hold exactly the same rows. Each command then runs on both in turns,
after one warm-up round, and the medians are compared. The server is local, so the ratio is
what the database costs, not the network.

    python benchmarks/bench_postgres_ratio.py [--accounts 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from whole_process import ROOT, alternate, kamdesk, median_seconds, run

sys.path.insert(0, str(ROOT))
from tests.helpers.postgres_server import PostgresServer

GOAL = 1.5


def main() -> int:
    """Build the data, run the commands on both backends, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    server = PostgresServer()
    try:
        with tempfile.TemporaryDirectory() as folder:
            sqlite = str(Path(folder) / "desk.sqlite3")
            run(kamdesk("--db", sqlite, "demo", "--accounts", str(options.accounts)))
            dump = Path(folder) / "desk.json"
            run(kamdesk("--db", sqlite, "dump", "-o", str(dump)))
            server.execute("CREATE DATABASE bench")
            postgres = server.url("bench")
            run(kamdesk("--db", postgres, "load", str(dump)))
            listed = json.loads(run(kamdesk("--db", sqlite, "accounts", "--format",
                                            "json")).stdout)
            biggest = str(listed[0]["name"])
            print(f"{options.accounts} accounts, {options.runs} runs each, medians of whole "
                  f"processes (PostgreSQL from {server.programs}, on this machine)")
            print(f"{'command':<12}{'SQLite s':>10}{'PostgreSQL s':>14}{'ratio':>8}")
            worst = 0.0
            for name, arguments in (
                ("accounts", ("accounts", "--format", "json")),
                ("plan", ("plan", biggest, "--format", "json")),
                ("portfolio", ("portfolio", "--format", "json")),
            ):
                on_file, on_server = alternate(
                    options.runs,
                    kamdesk("--db", sqlite, *arguments),
                    kamdesk("--db", postgres, *arguments),
                )
                if on_file[0].stdout != on_server[0].stdout:
                    raise SystemExit(f"{name}: the two backends printed different output")
                ratio = median_seconds(on_server) / median_seconds(on_file)
                worst = max(worst, ratio)
                print(f"{name:<12}{median_seconds(on_file):>10.3f}"
                      f"{median_seconds(on_server):>14.3f}{ratio:>7.2f}x")
            print(f"worst ratio {worst:.2f}x (goal ≤ {GOAL}x): "
                  + ("met" if worst <= GOAL else "NOT met"))
            return 0 if worst <= GOAL else 1
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
