"""Every speed goal of kamdesk in one table: each figure against its baseline, in one run.

Whole processes, as a user starts them (see ``whole_process.py``): each subject and its
baseline run in turns, after one warm-up round, and the median of ``--runs`` (at least 5)
counts. The databases (the demo portfolio and 10,000 accounts) are built once into
``--data`` and reused.

    python benchmarks/run_all.py [--runs 5] [--data DIR] [--only NAME ...]

The window figures are read from what the programs print (``window: N ms`` and
``startup: N ms``, counted from the process's start); everything else is the wall time of
the whole process. Bytecode is written as for an installed package (a user's ``pip
install`` compiles it), so the warm-up run leaves ``__pycache__`` folders behind.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whole_process import (
    PYTHON,
    alternate,
    baseline_script,
    kamdesk,
    median_seconds,
    reported_ms,
    run,
)

DEMO_ACCOUNT = "1"  # the demo's first key account, in both databases
FRAME_MS = 16.0  # one frame at 60 Hz: what a keystroke may cost before typing feels slow


@dataclass(frozen=True)
class Figure:
    """One line of the table: a measured time, its baseline and the goal for their ratio."""

    name: str
    measured_s: float
    baseline_s: float
    goal: float
    baseline_name: str

    @property
    def ratio(self) -> float:
        """How many times the baseline the measurement took."""
        return self.measured_s / self.baseline_s

    @property
    def met(self) -> bool:
        """Whether the goal is met."""
        return self.ratio <= self.goal


@dataclass(frozen=True)
class Setup:
    """The databases and environment every benchmark shares."""

    demo: Path
    large: Path
    folder: Path
    runs: int

    def env(self, database: Path | None = None) -> dict[str, str]:
        """Child environment: offscreen Qt, scratch settings remembering ``database``."""
        name = database.stem if database is not None else "none"
        config = self.folder / f"config-{name}"
        if database is not None:
            remember_last_account(config, database)
        return {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
                "XDG_DATA_HOME": str(self.folder / "data"), "PYTHONDONTWRITEBYTECODE": ""}


def remember_last_account(config: Path, database: Path) -> None:
    """The app's settings as after a session that ended with the demo account open."""
    folder = config / "kamdesk"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kamdesk.conf").write_text(
        f"[session]\nlast_account={DEMO_ACCOUNT}\nlast_database={database}\n", encoding="utf-8"
    )


def build_database(path: Path, accounts: int) -> Path:
    """The demo portfolio with this many accounts, built once."""
    if not path.exists():
        started = time.perf_counter()
        run(kamdesk("--db", str(path), "demo", "--accounts", str(accounts)))
        print(f"built {path.name} ({accounts} accounts) in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def start_figures(setup: Setup) -> list[Figure]:
    """``--version`` and ``--help`` against ``python -c pass``."""
    env = setup.env()
    bare, version, helping = alternate(setup.runs, [PYTHON, "-c", "pass"],
                                       kamdesk("--version"), kamdesk("--help"), env=env)
    base = median_seconds(bare)
    return [
        Figure("kamdesk --version", median_seconds(version), base, 3.0, "python -c pass"),
        Figure("kamdesk --help", median_seconds(helping), base, 3.0, "python -c pass"),
    ]


def accounts_figure(setup: Setup) -> list[Figure]:
    """``kamdesk accounts`` on the demo against a SQLAlchemy Core script printing the rows."""
    env = setup.env()
    core, command = alternate(setup.runs, baseline_script("core_accounts.py", str(setup.demo)),
                              kamdesk("--db", str(setup.demo), "accounts"), env=env)
    return [Figure("kamdesk accounts (demo)", median_seconds(command), median_seconds(core),
                   1.5, "SQLAlchemy Core script")]


def portfolio_figure(setup: Setup) -> list[Figure]:
    """``kamdesk portfolio`` on 10,000 accounts against the Core revenue aggregate."""
    env = setup.env()
    core, command = alternate(setup.runs, baseline_script("core_portfolio.py", str(setup.large)),
                              kamdesk("--db", str(setup.large), "portfolio"), env=env)
    return [Figure("kamdesk portfolio (10,000 accounts)", median_seconds(command),
                   median_seconds(core), 3.0, "Core revenue aggregate")]


def export_figure(setup: Setup) -> list[Figure]:
    """``kamdesk export plan`` against a bare reportlab document of the same page count."""
    env = setup.env()
    output = setup.folder / "plan.pdf"
    first = run(kamdesk("--db", str(setup.demo), "export", "plan", DEMO_ACCOUNT,
                        "-o", str(output)), env)
    match = re.search(r"\((\d+) pages?\)", first.stdout)
    if match is None:
        raise RuntimeError(f"no page count in {first.stdout!r}")
    pages = match.group(1)
    bare, command = alternate(
        setup.runs,
        baseline_script("bare_document.py", pages, str(setup.folder / "bare.pdf")),
        kamdesk("--db", str(setup.demo), "export", "plan", DEMO_ACCOUNT, "-o", str(output)),
        env=env,
    )
    return [Figure(f"kamdesk export plan ({pages} pages)", median_seconds(command),
                   median_seconds(bare), 3.0, f"bare reportlab, {pages} pages")]


def gui_figures(setup: Setup) -> list[Figure]:
    """``kamdesk gui --smoke``: window painted, then ready, against a bare PySide6 window."""
    figures = []
    bare_runs: list[float] = []
    bare_exit: list[float] = []
    for label, database, goal in (("demo", setup.demo, 3.5),
                                  ("10,000 accounts", setup.large, 4.0)):
        env = setup.env(database)
        bare, smoke = alternate(setup.runs, baseline_script("bare_window.py"),
                                kamdesk("--db", str(database), "gui", "--smoke"), env=env)
        bare_ms = statistics.median(reported_ms(r.stdout, "window") for r in bare)
        bare_runs.append(bare_ms)
        bare_exit.append(median_seconds(bare))
        window_ms = statistics.median(reported_ms(r.stdout, "window") for r in smoke)
        ready_ms = statistics.median(reported_ms(r.stdout, "startup") for r in smoke)
        if label == "demo":
            figures.append(Figure("app: first window painted (demo)", window_ms / 1000,
                                  bare_ms / 1000, 1.5, "bare PySide6 window"))
        figures.append(Figure(f"app: ready, last account open ({label})", ready_ms / 1000,
                              bare_ms / 1000, goal, "bare PySide6 window"))
        figures.append(Figure(f"app: whole smoke process ({label})", median_seconds(smoke),
                              median_seconds(bare), goal, "bare window process"))
    return figures


def sidebar_figure(setup: Setup) -> list[Figure]:
    """A keystroke in the sidebar's search on 10,000 accounts, against one frame (16 ms)."""
    runs = alternate(1, [PYTHON, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                         str(Path(__file__).with_name("bench_sidebar_filter.py"))],
                     env={**setup.env(), "KAMDESK_BENCH_DB": str(setup.large)}, warm=False)
    keystroke_ms = reported_ms(runs[0][0].stdout, "keystroke")
    return [Figure("sidebar: a keystroke in the search (10,000 accounts)",
                   keystroke_ms / 1000, FRAME_MS / 1000, 1.0, "one frame")]


def dashboard_figures(setup: Setup) -> list[Figure]:
    """The dashboard on 10,000 accounts: first fill against 1 s, one edit against 100 ms."""
    runs = alternate(1, [PYTHON, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                         str(Path(__file__).with_name("bench_dashboard.py"))],
                     env={**setup.env(), "KAMDESK_BENCH_DB": str(setup.large)}, warm=False)
    output = runs[0][0].stdout
    return [
        Figure("dashboard: first fill (10,000 accounts)",
               reported_ms(output, "first fill") / 1000, 1.0, 1.0, "one second"),
        Figure("dashboard: one edit shown (10,000 accounts)",
               reported_ms(output, "one edit") / 1000, 0.1, 1.0, "100 ms"),
    ]


def _server_benchmark(script: str, runs: int) -> str | None:
    """The output of a PostgreSQL benchmark script; None (said in one line) without a server."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.helpers.postgres_server import unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        print(f"skipping {script}: no PostgreSQL here ({reason})", file=sys.stderr)
        return None
    result = subprocess.run([PYTHON, str(Path(__file__).with_name(script)), "--runs", str(runs)],
                            capture_output=True, text=True, check=False, timeout=3600)
    if not result.stdout.strip():  # a goal not met still prints its table (and exits 1)
        raise RuntimeError(f"{script} failed: {result.stderr.strip()[-800:]}")
    return result.stdout


def postgres_figures(setup: Setup) -> list[Figure]:
    """accounts, plan and portfolio on PostgreSQL against SQLite, 2,000 accounts each."""
    output = _server_benchmark("bench_postgres_ratio.py", setup.runs)
    lines = re.findall(r"^(accounts|plan|portfolio)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+x$",
                       output or "", re.MULTILINE)
    return [Figure(f"{name} on PostgreSQL (2,000 accounts)", float(server), float(file), 1.5,
                   "the same on SQLite") for name, file, server in lines]


def server_backup_figures(setup: Setup) -> list[Figure]:
    """``backup`` of a server database (the portable dump) against ``accounts`` on it."""
    output = _server_benchmark("bench_server_backup.py", setup.runs)
    lines = re.findall(r"^\s*(\d+)\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s+-?[\d.]+\s+[\d.]+x$",
                       output or "", re.MULTILINE)
    # Taken once a day (and before an upgrade): twice a plain command is acceptable.
    return [Figure(f"backup of a server database ({int(count):,} accounts)", float(backup),
                   float(listing), 2.0, "accounts on the server")
            for count, listing, backup in lines]


BENCHMARKS: dict[str, Callable[[Setup], list[Figure]]] = {
    "start": start_figures,
    "accounts": accounts_figure,
    "gui": gui_figures,
    "export": export_figure,
    "portfolio": portfolio_figure,
    "sidebar": sidebar_figure,
    "dashboard": dashboard_figures,
    "postgres": postgres_figures,
    "server-backup": server_backup_figures,
}


def print_table(figures: list[Figure], runs: int) -> None:
    """The table, as the README shows it (Markdown)."""
    print(f"\nMedian of {runs} whole-process runs each, baseline measured in the same run; "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}.\n")
    print("| benchmark | time | baseline | ratio | goal | met |")
    print("|---|---:|---|---:|---:|:---:|")
    for f in figures:
        print(f"| {f.name} | {f.measured_s * 1000:.0f} ms | {f.baseline_name}: "
              f"{f.baseline_s * 1000:.0f} ms | {f.ratio:.2f}× | ≤ {f.goal:g}× | "
              f"{'yes' if f.met else 'no'} |")


def main() -> int:
    """Build what is needed, run the chosen benchmarks, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median; ≥ 5)")
    parser.add_argument("--data", type=Path,
                        default=Path(tempfile.gettempdir()) / "kamdesk-benchmarks",
                        help="folder for the databases (kept for the next run)")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these")
    arguments = parser.parse_args()
    folder: Path = arguments.data
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    setup = Setup(
        demo=build_database(folder / "demo.sqlite3", 48),
        large=build_database(folder / "accounts-10000.sqlite3", 10_000),
        folder=folder,
        runs=max(arguments.runs, 1),
    )
    figures: list[Figure] = []
    for name, benchmark in BENCHMARKS.items():
        if arguments.only and name not in arguments.only:
            continue
        print(f"running {name} …", file=sys.stderr)
        figures += benchmark(setup)
    print_table(figures, setup.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
