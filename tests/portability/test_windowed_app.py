"""The Windows bundle's kamdesk.exe is a windowed program: it starts with no stdout and
no stderr (``sys.stdout is None``). Whatever it would print must go nowhere, not crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.demo_databases import copy_database_file
from tests.helpers.processes import user_environment

# Every test starts kamdesk as a separate process (2-5 s each here).
pytestmark = pytest.mark.slow

WINDOWED = """
import sys
sys.stdout = sys.stderr = None  # as pythonw.exe and PyInstaller's windowed bootloader
from kamdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_windowed(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WINDOWED, *arguments], env=user_environment(tmp_path),
        capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        (("--version",), 0),
        (("--help",), 0),
        (("no-such-command",), 2),  # argparse's usage error
        (("accounts", "--format", "json"), 0),  # writes with sys.stdout.write
        (("plan", "nobody"), 1),  # the one-line error, on a stream that is not there
        (("gui", "--smoke"), 0),
    ],
)
def test_a_windowed_start_prints_nothing_and_keeps_its_exit_codes(
    tmp_path: Path, migrated_template: Path, arguments: tuple[str, ...], code: int
) -> None:
    database = tmp_path / "k.sqlite3"
    if arguments[0] in ("accounts", "plan"):
        # A database at the newest schema (a migration costs its process about 0.9 s of
        # CPU); the windowed first start that makes a new one is the `gui --smoke` case.
        copy_database_file(migrated_template, database)
    result = run_windowed(tmp_path, "--db", str(database), *arguments)
    assert (result.returncode, result.stdout, result.stderr) == (code, "", "")
