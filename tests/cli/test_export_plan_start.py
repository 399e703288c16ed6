"""``kamdesk export plan`` reads and records the plan without loading the ORM.

Importing ``sqlalchemy.orm`` and the 25 mapped classes took about half a second of the
command's three; the plan is read through Core and its snapshot written through Core.
Each case starts a fresh interpreter, as a user does. The speed itself is measured by
``benchmarks/`` (the ``export`` figure of ``run_all.py``), not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.cli.main import main
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import PlanSnapshot
from tests.helpers.loaded_modules import command_loading, orm_modules, settings_rows
from tests.helpers.storage_files import empty_database

pytestmark = pytest.mark.slow

def export_loading(database: str, *arguments: str) -> tuple[str, set[str]]:
    """Run ``kamdesk --db DATABASE export plan …``; what it printed and the modules it loaded."""
    return command_loading("--db", database, "export", "plan", *arguments)


def exports_of(db: Database) -> int:
    with db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(PlanSnapshot)).scalar_one())


@pytest.mark.parametrize("audience", ["internal", "client"])
def test_export_plan_loads_no_orm_and_still_records_the_export(
    db: Database, database_url: str, tmp_path: Path, audience: str
) -> None:
    create_account(db, "Acme")
    with db.session() as session:
        settings_row(session)  # saved once, as by the Settings page (see the case below)
    output = tmp_path / "plan.pdf"
    server = database_url.startswith("postgresql")
    if server:
        # The first command of the day on a server writes the day's dump (with the ORM): run
        # in this process (into the same data folder: the child inherits the environment),
        # a whole process (about 1.5 s of CPU) less than a probe run of its own.
        assert main(["--db", database_url, "export", "plan", "Acme", "-o", str(output)]) == 0
    out, loaded = export_loading(database_url, "Acme", "-o", str(output), "--audience", audience)
    assert out.startswith(f"Wrote {output} (")
    assert output.read_bytes().startswith(b"%PDF-")
    assert exports_of(db) == (2 if server else 1)
    assert "sqlalchemy" in loaded and "reportlab.platypus" in loaded  # the probe sees imports
    assert not orm_modules(loaded)
    assert loaded.isdisjoint({"alembic", "PySide6", "docx", "pptx", "openpyxl"})
    if server:
        return
    assert not {name for name in loaded if name.startswith("sqlalchemy.dialects.postgresql")}


def test_export_plan_of_a_database_without_settings_makes_them_as_before(db_path: Path) -> None:
    # Nobody has saved settings in this file yet: they are made with their defaults (through
    # the ORM, this once), and the plan uses them.
    db = open_database(empty_database(db_path), daily_backup=False)
    try:
        create_account(db, "Acme")
        assert settings_rows(db) == 0
    finally:
        db.close()
    output = db_path.with_name("plan.pdf")
    _, loaded = export_loading(str(db_path), "Acme", "-o", str(output))
    assert output.read_bytes().startswith(b"%PDF-")
    assert "kamdesk.store.orm" in loaded
    db = open_database(db_path, daily_backup=False)
    try:
        assert settings_rows(db) == 1
        assert exports_of(db) == 1
    finally:
        db.close()
