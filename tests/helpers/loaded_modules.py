"""Which modules a kamdesk process loaded, and when.

The commands that must not load the ORM (``export plan``, ``portfolio``) are checked with
a probe: it runs the command as ``python -m kamdesk`` would, then prints the loaded modules
to stderr, so the test sees what the user's process imported. The app's start is checked
with Python's import report (``-X importtime``) and the app's own lines in one pipe:
:func:`imported_around` splits the report at such a line.
"""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import func, select

from kamdesk.store.database import Database
from kamdesk.store.orm import CompanySettings

# Runs the command in this interpreter, then names every module it loaded.
PROBE = (
    "import runpy, sys\n"
    "sys.argv = ['kamdesk', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('kamdesk', run_name='__main__')\n"
    "except SystemExit as done:\n"
    "    print('EXIT', done.code, file=sys.stderr)\n"
    "print('LOADED', ' '.join(sorted(sys.modules)), file=sys.stderr)\n"
)


def command_loading(*arguments: str) -> tuple[str, set[str]]:
    """Run ``kamdesk ARGUMENTS…`` (it must succeed); what it printed and the modules it loaded."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True, text=True, timeout=170, check=False,
    )
    lines = result.stderr.splitlines()
    assert "EXIT 0" in lines, result.stderr[-2000:]
    loaded = next(line for line in lines if line.startswith("LOADED "))
    return result.stdout, set(loaded.split()[1:])


def within(name: str, packages: tuple[str, ...]) -> bool:
    """Whether module ``name`` is one of ``packages`` or below one (not merely named alike)."""
    return name in packages or name.startswith(tuple(f"{package}." for package in packages))


def orm_modules(loaded: set[str] | list[str]) -> set[str]:
    """The ORM's modules among those loaded."""
    return {name for name in loaded if within(name, ("sqlalchemy.orm", "kamdesk.store.orm"))}


def imported_around(output: str, line: str) -> tuple[list[str], list[str]]:
    """The modules an import report names before and after the output line starting with
    ``line`` (e.g. ``"window: "``), each in the order they were imported."""
    before, marker, after = output.partition(f"\n{line}")
    assert marker, output[-3000:]
    return _imported(before), _imported(after)


def _imported(report: str) -> list[str]:
    """The modules of ``import time:`` lines, in the order they were imported."""
    return [
        row.rsplit("|", 1)[1].strip()
        for row in report.splitlines()
        if row.startswith("import time:") and "|" in row
    ]


def settings_rows(db: Database) -> int:
    """How many settings rows the database holds (none until something saves them)."""
    with db.read() as connection:
        return int(
            connection.execute(select(func.count()).select_from(CompanySettings)).scalar_one()
        )
