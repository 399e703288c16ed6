"""``kamdesk portfolio`` analyses the portfolio without loading the ORM.

Importing ``sqlalchemy.orm`` and the mapped classes cost about a second of the command's
time on 10,000 accounts; the facts, the settings and the capacities are read through Core.
Each case starts a fresh interpreter, as a user does. The speed itself is measured by
``benchmarks/`` (the ``portfolio`` figure of ``run_all.py``), not here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database, open_database
from tests.helpers.loaded_modules import command_loading, orm_modules, settings_rows
from tests.helpers.storage_files import empty_database

pytestmark = pytest.mark.slow

def portfolio_loading(database: str, *arguments: str) -> tuple[str, set[str]]:
    """Run ``kamdesk --db DATABASE portfolio …``; what it printed and the modules it loaded."""
    return command_loading("--db", database, "portfolio", *arguments)


@pytest.mark.parametrize("output", ["table", "csv", "json"])
def test_portfolio_loads_no_orm_and_prints_what_the_command_prints_in_process(
    demo_database: Callable[..., Database],
    output: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = demo_database(accounts=12, seed=7, today=date.today())
    with db.session() as session:
        settings_row(session)  # the demo has them; saved as by the Settings page otherwise
    server = db.location.path is None
    url = db.location.url if server else str(db.location.path)
    command = ["--db", url, "portfolio", "--format", output]
    if server:
        # The first command of the day on a server writes the day's dump (with the ORM). The
        # run in this process writes it (into the same data folder: the child inherits the
        # environment), so the probe sees a command of a day already dumped, as before with
        # a probe run of its own, one whole process (about 1.5 s of CPU) less.
        assert main(command) == 0
        in_process = capsys.readouterr().out
    out, loaded = portfolio_loading(url, "--format", output)
    if not server:  # here the probe's run is the day's first, backup and all
        assert main(command) == 0
        in_process = capsys.readouterr().out
    assert out == in_process
    assert len(out.splitlines()) > 12  # every demo account has a line
    assert "sqlalchemy" in loaded  # the probe sees the command's imports
    assert not orm_modules(loaded)
    assert loaded.isdisjoint({"alembic", "PySide6", "reportlab", "docx", "pptx", "openpyxl"})
    if not server:
        assert not {name for name in loaded if name.startswith("sqlalchemy.dialects.postgresql")}


def test_portfolio_of_a_database_without_settings_makes_them_as_before(db_path: Path) -> None:
    # Nobody has saved settings in this file yet: they are made with their defaults (through
    # the ORM, this once), and the analysis applies them.
    db = open_database(empty_database(db_path), daily_backup=False)
    try:
        create_account(db, "Acme")
        assert settings_rows(db) == 0
    finally:
        db.close()
    out, loaded = portfolio_loading(str(db_path), "--format", "csv")
    assert out.splitlines()[1].split(",")[:3] == ["1", "1", "Acme"]
    assert "kamdesk.store.orm" in loaded
    db = open_database(db_path, daily_backup=False)
    try:
        assert settings_rows(db) == 1
    finally:
        db.close()
    # With the row now there, the next run reads it through Core and prints the same.
    again, loaded = portfolio_loading(str(db_path), "--format", "csv")
    assert again == out
    assert not orm_modules(loaded)
