"""``export plan`` and ``portfolio`` run without garbage collections and end without the final one.

The command switches automatic collection off while it runs and freezes the heap at exit
(:mod:`kamdesk.cli.command_collector`); a caller that runs ``main()`` in its own process
gets its collector back when the command returns. The process is a fresh interpreter here,
as a user's is; the time it saves is measured by ``benchmarks/run_all.py`` (the ``export``
figure), not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.store.database import open_database
from tests.helpers.storage_files import empty_database
from tests.services.export.test_plan_export import ACCOUNT_NAME, build_marked_account

pytestmark = pytest.mark.slow

# Runs the command as the `kamdesk` program does, counting the collections it ran, then
# the exit functions the interpreter would run next: how many objects the collector then
# no longer looks at.
PROBE = (
    "import atexit, gc, sys\n"
    "from kamdesk.cli import main\n"
    "runs = []\n"
    "gc.callbacks.append(lambda phase, info: runs.append(info) if phase == 'stop' else None)\n"
    "code = main(sys.argv[1:])\n"
    "print('RETURNED', code, len(runs), int(gc.isenabled()), gc.get_freeze_count(),\n"
    "      file=sys.stderr)\n"
    "atexit._run_exitfuncs()\n"
    "print('EXITING', gc.get_freeze_count(), file=sys.stderr)\n"
)


def _run(*arguments: str) -> tuple[int, int, bool, int, int]:
    """Exit code, collections while it ran, collector on afterwards, frozen objects after
    the command returned and at exit."""
    result = subprocess.run([sys.executable, "-c", PROBE, *arguments], capture_output=True,
                            text=True, timeout=170, check=False)
    lines = dict(line.split(" ", 1) for line in result.stderr.splitlines() if " " in line)
    assert "RETURNED" in lines, result.stderr[-2000:]
    code, collections, enabled, frozen = (int(part) for part in lines["RETURNED"].split())
    return code, collections, bool(enabled), frozen, int(lines["EXITING"])


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)
    build_marked_account(db)
    db.close()
    return db_path


def test_export_plan_collects_nothing_and_freezes_the_heap_at_exit(
    filled: Path, tmp_path: Path
) -> None:
    output = tmp_path / "plan.pdf"
    code, collections, enabled, frozen, at_exit = _run(
        "--db", str(filled), "export", "plan", ACCOUNT_NAME, "-o", str(output))
    assert code == 0
    assert output.read_bytes().startswith(b"%PDF-")
    assert collections == 0
    # main() came back with the collector as it was: on, nothing frozen yet.
    assert enabled
    assert frozen == 0
    assert at_exit > 10_000  # then the modules, SQLAlchemy's and reportlab's objects


def test_a_failed_export_gives_the_collector_back_too(filled: Path, tmp_path: Path) -> None:
    code, collections, enabled, frozen, at_exit = _run(
        "--db", str(filled), "export", "plan", "No such account", "-o", str(tmp_path / "p.pdf"))
    assert code == 1
    assert collections == 0
    assert enabled
    assert frozen == 0
    assert at_exit > 10_000


def test_portfolio_collects_nothing_and_freezes_the_heap_at_exit(filled: Path) -> None:
    code, collections, enabled, frozen, at_exit = _run("--db", str(filled), "portfolio",
                                                       "--format", "json")
    assert code == 0
    assert collections == 0
    assert enabled
    assert frozen == 0
    assert at_exit > 10_000


def test_another_command_still_collects_as_main_sets_it(filled: Path) -> None:
    # The probe sees collections where there are some: `accounts` has main()'s thresholds.
    code, collections, _, _, _ = _run("--db", str(filled), "accounts")
    assert code == 0
    assert collections > 0


def test_an_export_from_a_server_keeps_collecting(tmp_path: Path) -> None:
    # A server's first command of the day writes its dump through the ORM: the collector
    # stays on there. (No server listens at this address: the command fails in one line.)
    code, collections, enabled, frozen, at_exit = _run(
        "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none", "export", "plan", "Acme",
        "-o", str(tmp_path / "p.pdf"))
    assert code == 1
    assert collections > 0
    assert enabled
    assert frozen == 0
    assert at_exit > 10_000
