"""What the daily dump of a server database costs: ``kamdesk backup`` ÷ ``kamdesk accounts``
on the same PostgreSQL database, for the demo portfolio and for a big one.

The first command of a day on a team's server writes the portable dump before doing its
work, so that day's first ``accounts`` costs about one ``backup`` more than the others.
Whole processes (see ``whole_process.py``) on a private local cluster (``tests/helpers/
postgres_server.py``), in turns after one warm-up round (which also takes the daily dump,
so the ``accounts`` runs measured are the day's later ones); medians. The dumps go to a
temporary data folder.

    python benchmarks/bench_server_backup.py [--accounts 48 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from whole_process import ROOT, alternate, kamdesk, median_seconds, run

sys.path.insert(0, str(ROOT))
from tests.helpers.postgres_server import PostgresServer


def main() -> int:
    """Make each portfolio on the server, time backup against accounts, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[48, 2000])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    server = PostgresServer()
    try:
        with tempfile.TemporaryDirectory() as folder:
            env = {"XDG_DATA_HOME": str(Path(folder) / "data"), "HOME": folder}
            print(f"{options.runs} runs each, medians of whole processes "
                  f"(PostgreSQL from {server.programs}, on this machine)")
            print(f"{'accounts':>8}{'dump MB':>9}{'accounts s':>12}{'backup s':>10}"
                  f"{'dump s':>8}{'ratio':>8}")
            for count in options.accounts:
                name = f"bench_{count}"
                server.execute(f"CREATE DATABASE {name}")
                url = server.url(name)
                run(kamdesk("--db", url, "demo", "--accounts", str(count)), env)
                listing, backups = alternate(
                    options.runs, kamdesk("--db", url, "accounts"),
                    kamdesk("--db", url, "backup"), env=env,
                )
                written = Path(backups[-1].stdout.split("Backup written to ", 1)[1]
                               .splitlines()[0])
                size_mb = written.stat().st_size / 1e6
                base, backup = median_seconds(listing), median_seconds(backups)
                print(f"{count:>8}{size_mb:>9.1f}{base:>12.3f}{backup:>10.3f}"
                      f"{backup - base:>8.3f}{backup / base:>7.2f}x")
            return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
