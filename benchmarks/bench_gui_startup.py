"""How long the app takes to show its main window, and to be ready: a bare PySide6 window,
the demo portfolio, and 10,000 accounts, each start a fresh process.

Every run starts ``kamdesk --db FILE gui --smoke`` as a user starts the app (a new
process: imports, Qt, the database) and reads the two figures it prints, counted from the
process's start: ``window`` (the frame painted) and ``startup`` (the last account open,
the account list loaded, everything painted once). The baseline is
``baselines/bare_window.py``, a QMainWindow with a splitter shown once, run in turns with
kamdesk (see ``whole_process.py``), so that a machine getting busier slows both alike.
(An earlier version started the app repeatedly inside one process: its figures grew from
run to run, since they count from the process's start.)

    python benchmarks/bench_gui_startup.py [--runs 5] [--keep DIR]

``--keep DIR`` reuses the generated databases on the next run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from whole_process import Run, alternate, baseline_script, kamdesk, reported_ms, run

RUNS = 5
LAST_ACCOUNT = "1"  # the demo's first key account, in both databases


def database(folder: Path, accounts: int) -> Path:
    """The demo portfolio with this many accounts (built once per folder)."""
    path = folder / f"demo-{accounts}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        run(kamdesk("--db", str(path), "demo", "--accounts", str(accounts)))
        print(f"built {accounts} accounts in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return path


def environment(folder: Path, path: Path) -> dict[str, str]:
    """Offscreen Qt and scratch settings, as after a session ended with the account open."""
    config = folder / f"config-{path.stem}"
    settings = config / "kamdesk" / "kamdesk.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[session]\nlast_account={LAST_ACCOUNT}\nlast_database={path}\n",
                        encoding="utf-8")
    return {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(folder / "data")}


def median_ms(runs: list[Run], label: str) -> float:
    """The median of a figure the runs printed (``<label>: N ms``)."""
    return statistics.median(reported_ms(r.stdout, label) for r in runs)


def main() -> None:
    """Print the median window and ready times of fresh processes, against the bare window."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="starts per case (median)")
    parser.add_argument("--keep", type=Path, help="folder for the generated databases")
    arguments = parser.parse_args()
    folder = arguments.keep or Path(tempfile.mkdtemp(prefix="kamdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = {"demo (48 accounts)": database(folder, 48),
             "10,000 accounts": database(folder, 10_000)}
    print(f"{'':<22} {'window':>14} {'ready':>14}   (fresh process per start, median of "
          f"{arguments.runs})")
    for name, path in cases.items():
        # The warm-up round (alternate's) opens the account and writes the day's backup.
        bare, smoke = alternate(max(arguments.runs, 1), baseline_script("bare_window.py"),
                                kamdesk("--db", str(path), "gui", "--smoke"),
                                env=environment(folder, path))
        base = median_ms(bare, "window")
        window, ready = median_ms(smoke, "window"), median_ms(smoke, "startup")
        print(f"{'  bare PySide6 window':<22} {base:8.0f} ms")
        print(f"{name:<22} {window:8.0f} ms {window / base:4.2f}× {ready:8.0f} ms "
              f"{ready / base:4.2f}×")


if __name__ == "__main__":
    main()
