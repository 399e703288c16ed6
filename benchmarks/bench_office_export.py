"""The slide deck and the Word document against the PDF of the same plan, whole process.

A user starts ``kamdesk export …`` as a process, so each export is timed as one: start,
imports, opening the database, assembling the plan, rendering, writing, recording the
snapshot. The PDF export of the same account is the baseline, run in the same loop (the
three exports take turns, so a busy machine slows all of them alike). The target is at most
twice the PDF's time for the deck and for the document.

Run: ``python benchmarks/bench_office_export.py [--account ID] [--runs N]``; the demo
portfolio is made in a temporary folder (its first account is a key account).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database

CASES = {
    "PDF (baseline)": ("plan", ".pdf", ()),
    "Word document": ("plan", ".docx", ()),
    "slide deck, internal": ("deck", ".pptx", ()),
    "slide deck, client": ("deck", ".pptx", ("--audience", "client")),
}
LIMIT = 2.0


def export_seconds(db: Path, account: str, kind: str, suffix: str, extra: tuple[str, ...],
                   folder: Path) -> float:
    """One ``kamdesk export`` as a process of its own, wall-clock seconds."""
    output = folder / f"out{suffix}"
    command = [sys.executable, "-m", "kamdesk", "--db", str(db), "--lang", "en", "export",
               kind, account, "-o", str(output), *extra]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    """Print the median of each case and its ratio to the PDF."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--account", default="1", help="the account to export (id or name)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each case")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_path = folder / "demo.sqlite3"
        db = open_database(db_path)
        create_demo_portfolio(db)
        db.close()
        # One untimed round: the first process pays for cold file caches.
        for kind, suffix, extra in CASES.values():
            export_seconds(db_path, arguments.account, kind, suffix, extra, folder)
        times: dict[str, list[float]] = {case: [] for case in CASES}
        for _ in range(arguments.runs):
            for case, (kind, suffix, extra) in CASES.items():
                times[case].append(
                    export_seconds(db_path, arguments.account, kind, suffix, extra, folder)
                )
    baseline = statistics.median(times["PDF (baseline)"])
    print(f"kamdesk export, account {arguments.account}, median of {arguments.runs} runs "
          "(whole process)")
    worst = 0.0
    for case, values in times.items():
        median = statistics.median(values)
        ratio = median / baseline
        if case != "PDF (baseline)":
            worst = max(worst, ratio)
        print(f"  {case:<22} {median:6.2f} s   ratio {ratio:4.2f}x")
    verdict = "ok" if worst <= LIMIT else "TOO SLOW"
    print(f"worst ratio {worst:.2f}x (target ≤ {LIMIT:.1f}x): {verdict}")


if __name__ == "__main__":
    main()
