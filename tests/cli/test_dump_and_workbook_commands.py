"""``kamdesk dump``/``load`` between two databases and ``kamdesk export workbook``.

The workbook's first, successful run is the real program in its own process. ``dump`` and
``load`` run ``main()`` in the test's process (the same command, without a second of imports
each, and ``load`` without a migration of the new file in a process of its own): as real
processes they are run by tests/cli/test_team_server_commands.py (a desk's dump loaded into
a server) and tests/cli/test_server_check_and_backup.py (``load`` of a server's backup).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.store.schema_revisions import head_revision
from tests.helpers.cli_runs import CliRun
from tests.helpers.demo_databases import DemoKey, DemoTemplates

pytestmark = pytest.mark.slow
InProcess = Callable[..., CliRun]


def kamdesk(*argv: str) -> subprocess.CompletedProcess[str]:
    """The real program, in its own process."""
    return subprocess.run([sys.executable, "-m", "kamdesk", *argv], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def demo(db_path: Path, demo_templates: DemoTemplates) -> Path:
    # Seed 7, today: the demo the other command tests (and `kamdesk demo --accounts 12`) use,
    # built once per worker; a demo of its own cost this file a build (about 1.5 s of CPU).
    return demo_templates.file_copy(DemoKey(accounts=12, seed=7, today=date.today()), db_path)


def test_dump_and_load_move_the_portfolio(
    demo: Path, tmp_path: Path, kamdesk_in_process: InProcess
) -> None:
    dump = tmp_path / "umzug.json"
    written = kamdesk_in_process("--db", str(demo), "dump", "-o", str(dump))
    assert written.returncode == 0, written.stderr
    assert f"(schema {head_revision()})" in written.stdout
    laptop = tmp_path / "neu.sqlite3"
    loaded = kamdesk_in_process("--db", str(laptop), "load", str(dump))
    assert loaded.returncode == 0, loaded.stderr
    again = tmp_path / "again.json"
    assert kamdesk_in_process("--db", str(laptop), "dump", "-o", str(again)).returncode == 0
    import json

    assert json.loads(again.read_text())["tables"] == json.loads(dump.read_text())["tables"]
    before = hashlib.sha256(laptop.read_bytes()).hexdigest()
    twice = kamdesk_in_process("--db", str(laptop), "load", str(dump))
    assert twice.returncode == 1 and "already holds data" in twice.stderr
    assert twice.stderr.count("\n") == 1
    assert hashlib.sha256(laptop.read_bytes()).hexdigest() == before


def test_export_workbook(demo: Path, tmp_path: Path, kamdesk_in_process: InProcess) -> None:
    target = tmp_path / "Portfolio.xlsx"
    run = kamdesk("--db", str(demo), "--lang", "de", "export", "workbook", "-o", str(target))
    assert run.returncode == 0, run.stderr
    assert "12 accounts" in run.stdout
    assert load_workbook(target).sheetnames[0] == "Kunden"
    wrong = kamdesk_in_process("--db", str(demo), "export", "workbook",
                               "-o", str(tmp_path / "p.xls"))
    assert wrong.returncode == 1 and ".xlsx" in wrong.stderr
    one = kamdesk_in_process("--db", str(demo), "export", "workbook", "-o", str(target),
                             "--account", "Kessler Packaging Inc.")
    assert one.returncode == 0 and "1 accounts" in one.stdout
