"""Starting a command loads only what that command needs (whole process, as a user starts it).

`kamdesk --version` and `--help` must not pay for SQLAlchemy, Alembic, reportlab, icalendar,
Qt or the demo data; `accounts` on an up-to-date database loads SQLAlchemy's Core but not the
ORM, no Alembic and no document library. The speed itself is measured by benchmarks/, not here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import open_database
from kamdesk.store.schema_revisions import head_revision
from tests.helpers.demo_databases import copy_database_file

# Each case starts a fresh interpreter: seconds, not milliseconds.
pytestmark = pytest.mark.slow

HEAVY = ("sqlalchemy", "alembic", "reportlab", "icalendar", "PySide6", "babel")
PROBE = (
    "import runpy, sys\n"
    "sys.argv = ['kamdesk', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('kamdesk', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "loaded = {name.split('.')[0] for name in sys.modules}\n"
    "loaded |= {name for name in sys.modules if name.startswith('kamdesk.')}\n"
    "print('LOADED', ' '.join(sorted(loaded)), file=sys.stderr)\n"
)


def loaded_by(*argv: str, env: dict[str, str] | None = None) -> tuple[str, set[str]]:
    """Run ``kamdesk ARGV`` in a fresh interpreter; its stdout and the modules it loaded."""
    result = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                            text=True, timeout=120, env=env)
    line = next(line for line in result.stderr.splitlines() if line.startswith("LOADED "))
    return result.stdout, set(line.split()[1:])


@pytest.mark.parametrize(
    "argv",
    [("--version",), ("--help",), ("export", "--help"), ("export", "plan", "--help"),
     ("portfolio", "--help"), ("demo", "--help")],
)
def test_help_and_version_load_no_library(argv: tuple[str, ...]) -> None:
    out, loaded = loaded_by(*argv)
    assert out.strip()
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    assert "kamdesk.store.database" not in loaded
    assert "kamdesk.services.admin.demo_portfolio" not in loaded


def test_accounts_loads_the_database_but_no_orm_migration_or_document_library(
    db_path: Path,
) -> None:
    open_database(db_path, daily_backup=False).close()
    out, loaded = loaded_by("--db", str(db_path), "accounts", "--format", "csv")
    assert out.startswith("id,name,tier")
    assert "sqlalchemy" in loaded
    assert loaded.isdisjoint({"alembic", "reportlab", "icalendar", "PySide6"})
    assert "kamdesk.store.orm" not in loaded


def test_db_current_on_a_file_reads_the_revision_without_sqlalchemy(
    migrated_template: Path, db_path: Path
) -> None:
    copy_database_file(migrated_template, db_path)
    out, loaded = loaded_by("--db", str(db_path), "db", "current")
    assert out == f"current: {head_revision()}\nhead: {head_revision()} (up to date)\n"
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    assert "kamdesk.store.database" not in loaded


@pytest.mark.postgres
def test_accounts_on_a_server_loads_no_dump_or_document_code_once_the_day_is_dumped(
    postgres_url: str, tmp_path: Path
) -> None:
    """Every command on a server looks whether today's dump exists; only writing one may
    load the dump (and with it the export layer and reportlab)."""
    db = open_database(postgres_url)
    try:
        create_account(db, "Server AG")
    finally:
        db.close()
    env = {**os.environ, "HOME": str(tmp_path)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "KAMDESK_DB"):
        env.pop(name, None)
    _first, loaded = loaded_by("--db", postgres_url, "accounts", "--format", "csv", env=env)
    assert "kamdesk.services.exchange.portable_dump" in loaded  # the day's dump, written
    out, loaded = loaded_by("--db", postgres_url, "accounts", "--format", "csv", env=env)
    assert "Server AG" in out
    assert loaded.isdisjoint({"alembic", "reportlab", "icalendar", "PySide6"})
    assert "kamdesk.services.exchange.portable_dump" not in loaded
