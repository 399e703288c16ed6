"""Without PostgreSQL the server cases skip with one line; CI's variable makes them fail."""

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


def _pytest_without_postgres(tmp_path: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KAMDESK_")}
    environment.update({PROGRAMS_VARIABLE: str(tmp_path)}, **variables)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", SAMPLE],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False,
    )


def test_without_postgres_the_cases_skip_with_one_line(tmp_path: Path) -> None:
    run = _pytest_without_postgres(tmp_path)
    assert run.returncode == 0, run.stdout
    skipped = [line for line in run.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, run.stdout
    assert "3 PostgreSQL cases not run: no initdb" in skipped[0]
    assert "3 passed, 3 deselected" in run.stdout


def test_when_ci_requires_postgres_its_absence_fails_the_run(tmp_path: Path) -> None:
    run = _pytest_without_postgres(tmp_path, **{REQUIRE_VARIABLE: "1"})
    assert run.returncode == 1, run.stdout
    assert f"{REQUIRE_VARIABLE}=1 requires them" in run.stdout
    assert "SKIPPED" not in run.stdout
