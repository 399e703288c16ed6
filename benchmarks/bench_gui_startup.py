"""How long the app takes to show its main window: a bare QMainWindow, the demo portfolio,
and 10,000 accounts.

Each case runs ``run_app(..., smoke=True)`` in-process (the window is shown on the
database, the last account opened, the account list loaded, everything painted once) and
reads the ``startup: N ms`` line it prints. Run: ``python benchmarks/bench_gui_startup.py``
(add ``--keep DIR`` to reuse the generated databases on the next run).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database
from kamdesk.ui.shell.app import application, run_app

RUNS = 3


def bare_window_ms() -> float:
    """A QMainWindow with one label, shown and painted once: the floor Qt itself sets."""
    app = application("en")
    started = time.perf_counter()
    window = QMainWindow()
    window.setCentralWidget(QLabel("kamdesk"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    return elapsed


def smoke_ms(path: Path) -> float:
    """One smoke start on this database, as ``kamdesk gui --smoke`` reports it."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = run_app(str(path), smoke=True, lang="en")
    if code != 0:
        raise SystemExit(f"smoke start failed on {path}")
    line = output.getvalue().strip().splitlines()[-1]
    return float(line.removeprefix("startup: ").removesuffix(" ms"))


def database(folder: Path, accounts: int) -> Path:
    """The demo portfolio with this many accounts (built once per folder)."""
    path = folder / f"demo-{accounts}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        db = open_database(path)
        create_demo_portfolio(db, accounts=accounts)
        db.close()
        print(f"built {accounts} accounts in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return path


def main() -> None:
    """Print the median start-up times and their ratio to the bare window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder for the generated databases")
    arguments = parser.parse_args()
    folder = arguments.keep or Path(tempfile.mkdtemp(prefix="kamdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    # Settings (window layout, last account) go to a scratch place, not the user's.
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    cases = {"demo (48 accounts)": database(folder, 48),
             "10,000 accounts": database(folder, 10_000)}
    baseline = statistics.median(bare_window_ms() for _ in range(RUNS))
    print(f"{'bare QMainWindow':<22} {baseline:8.0f} ms   1.0 ×")
    for name, path in cases.items():
        smoke_ms(path)  # the first start opens an account and writes the daily backup
        median = statistics.median(smoke_ms(path) for _ in range(RUNS))
        print(f"{name:<22} {median:8.0f} ms {median / baseline:5.1f} ×")


if __name__ == "__main__":
    main()
