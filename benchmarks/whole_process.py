"""Timing whole processes, as a user starts them, against a baseline measured in the same run.

A user does not call a function: they start a program and wait. So these figures are wall
times of complete processes (interpreter start, imports, work, output and exit), measured
from outside with ``time.perf_counter`` around ``subprocess.run``. Subject and baseline are
run alternately, so that a machine getting busier or quieter affects both alike, and the
median of the runs counts.

Where the moment that matters comes before the process ends (the first window painted),
the program prints how long after its start that moment came (see
``kamdesk.ui.shell.startup_clock``), and :func:`reported_ms` reads it.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINES = Path(__file__).resolve().parent / "baselines"
PYTHON = sys.executable


@dataclass(frozen=True)
class Run:
    """One finished process: its wall time and what it printed."""

    seconds: float
    stdout: str
    stderr: str


def run(argv: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 600) -> Run:
    """Run a process to its end; its wall time from start to exit. Fails loudly on errors."""
    environment = {**os.environ, **(env or {})}
    started = time.perf_counter()
    result = subprocess.run(list(argv), capture_output=True, text=True, env=environment,
                            timeout=timeout, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {result.returncode}: "
                           f"{result.stderr.strip()[-800:]}")
    return Run(seconds, result.stdout, result.stderr)


def kamdesk(*arguments: str) -> list[str]:
    """The argv of the ``kamdesk`` program of this environment."""
    script = Path(PYTHON).with_name("kamdesk")
    return [str(script), *arguments] if script.exists() else [PYTHON, "-m", "kamdesk", *arguments]


def baseline_script(name: str, *arguments: str) -> list[str]:
    """The argv of a baseline program in benchmarks/baselines."""
    return [PYTHON, str(BASELINES / name), *arguments]


def alternate(
    runs: int, *commands: Sequence[str], env: Mapping[str, str] | None = None, warm: bool = True
) -> list[list[Run]]:
    """Run each command ``runs`` times, taking turns; one warm-up round first (file cache)."""
    if warm:
        for argv in commands:
            run(argv, env)
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for index, argv in enumerate(commands):
            results[index].append(run(argv, env))
    return results


def median_seconds(runs: Sequence[Run]) -> float:
    """The median wall time of some runs."""
    return statistics.median(r.seconds for r in runs)


def reported_ms(text: str, label: str) -> float:
    """A figure a program printed as ``<label>: <N> ms``."""
    match = re.search(rf"{re.escape(label)}:\s*([0-9.]+)\s*ms", text)
    if match is None:
        raise ValueError(f"no '{label}: N ms' in the output: {text.strip()[-400:]!r}")
    return float(match.group(1))
