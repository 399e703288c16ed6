"""Without PostgreSQL the server cases skip with one line; CI's variable makes them fail.

Both as one process and spread over workers (pytest-xdist, as the README's test command
runs the suite): there the workers collect and the controller prints the summary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.postgres_server import PROGRAMS_VARIABLE, REQUIRE_VARIABLE

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
#: A small file with cases on both backends.
SAMPLE = "tests/services/common/test_collision_messages.py"


#: One process, and a controller with a worker. One worker goes the whole way the README's
#: ``-n auto`` goes (the worker collects and leaves the cases out, the controller takes its
#: line and prints it) at the cost of one interpreter less than two workers (about 3.5 s
#: of CPU a run on the 2-core machine).
WORKERS = pytest.mark.parametrize("workers", ["0", "1"], ids=["serial", "xdist"])


def _pytest_without_postgres(
    tmp_path: Path, workers: str, *options: str, **variables: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KAMDESK_")}
    environment.update({PROGRAMS_VARIABLE: str(tmp_path)}, **variables)
    # Hypothesis's plugin imports all of Hypothesis for its summary (2-5 s on a busy 2-core
    # machine, -X importtime); the sample has no Hypothesis test, and the check is about
    # this project's conftest, not about that plugin.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-p", "no:hypothesispytest", "-n", workers, *options, SAMPLE],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False,
    )


@WORKERS
def test_without_postgres_the_cases_skip_with_one_line(tmp_path: Path, workers: str) -> None:
    run = _pytest_without_postgres(tmp_path, workers)
    assert run.returncode == 0, run.stdout
    skipped = [line for line in run.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, run.stdout
    assert "3 PostgreSQL cases not run: no initdb" in skipped[0]
    # Workers do not report what they deselected; the SKIPPED line says it instead.
    assert ("3 passed, 3 deselected" if workers == "0" else "3 passed in") in run.stdout


@WORKERS
def test_when_ci_requires_postgres_its_absence_fails_the_run(
    tmp_path: Path, workers: str
) -> None:
    # Only the server cases: the SQLite ones would run as in the test above, after a
    # migration of the template that this run does not need (about 1.1 s of CPU a run).
    run = _pytest_without_postgres(
        tmp_path, workers, "-m", "postgres", **{REQUIRE_VARIABLE: "1"}
    )
    assert run.returncode == 1, run.stdout
    assert f"{REQUIRE_VARIABLE}=1 requires them" in run.stdout
    assert "3 errors" in run.stdout  # each server case, none left out
    assert "SKIPPED" not in run.stdout
