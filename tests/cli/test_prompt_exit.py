"""``kamdesk export plan`` ends its process without the interpreter's whole-heap collection.

The export freezes the heap at exit (:mod:`kamdesk.cli.prompt_exit`), not when the command
returns: a caller that runs ``main()`` in its own process keeps its collector until it
exits. The process is a fresh interpreter here, as a user's is; the time it saves is
measured by ``benchmarks/run_all.py`` (the ``export`` figure), not here.
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

# Runs the command as the `kamdesk` program does, then the exit functions the interpreter
# would run next, reporting how many objects the collector no longer looks at.
PROBE = (
    "import atexit, gc, sys\n"
    "from kamdesk.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('RETURNED', code, gc.get_freeze_count(), file=sys.stderr)\n"
    "atexit._run_exitfuncs()\n"
    "print('EXITING', gc.get_freeze_count(), file=sys.stderr)\n"
)


def _freeze_counts(*arguments: str) -> tuple[int, int, int]:
    result = subprocess.run([sys.executable, "-c", PROBE, *arguments], capture_output=True,
                            text=True, timeout=170, check=False)
    lines = dict(line.split(" ", 1) for line in result.stderr.splitlines() if " " in line)
    code, returned = (int(part) for part in lines["RETURNED"].split())
    return code, returned, int(lines["EXITING"])


def test_export_plan_freezes_the_heap_at_exit_not_before(db_path: Path, tmp_path: Path) -> None:
    db = open_database(empty_database(db_path), daily_backup=False)
    build_marked_account(db)
    db.close()
    output = tmp_path / "plan.pdf"
    code, returned, exiting = _freeze_counts("--db", str(db_path), "export", "plan",
                                             ACCOUNT_NAME, "-o", str(output))
    assert code == 0
    assert output.read_bytes().startswith(b"%PDF-")
    assert returned == 0  # main() came back with the collector as it was
    assert exiting > 10_000  # then the modules, SQLAlchemy's and reportlab's objects


def test_a_failed_export_also_ends_promptly(db_path: Path, tmp_path: Path) -> None:
    open_database(empty_database(db_path), daily_backup=False).close()
    code, returned, exiting = _freeze_counts("--db", str(db_path), "export", "plan",
                                             "No such account", "-o", str(tmp_path / "p.pdf"))
    assert code == 1
    assert returned == 0
    assert exiting > 10_000

