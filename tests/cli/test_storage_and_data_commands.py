"""The command line's contract: outputs, one-line errors, exit codes, files left untouched."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk import __version__
from kamdesk.cli import main
from kamdesk.domain.enums import Tier
from kamdesk.services.common.row_editing import create_row
from kamdesk.services.portfolio.account_directory import last_complete_quarters
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account, Competitor, RevenueEntry, TeamMember
from kamdesk.store.schema_revisions import head_revision
from tests.helpers.cli_runs import run_in_process
from tests.helpers.storage_files import empty_database

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    kam, _ = create_row(db, TeamMember, {"name": "Jörg Weiß"})
    account, _ = create_row(db, Account, {
        "name": "Brühl Präzisionsteile AG", "tier": Tier.KEY, "industry": "Maschinenbau",
        "country": "DE", "owner_id": kam, "city": "Brühl", "usp": "=SUM(A1)"})
    create_row(db, Account, {"name": "Dvořák Strojírny s.r.o.", "country": "CZ"})
    create_row(db, Competitor, {"account_id": account, "name": "Konkurrenz & Co <b>",
                                "kind": "ours"})
    from datetime import date
    for year, quarter in last_complete_quarters(date.today(), 1):
        create_row(db, RevenueEntry, {"account_id": account, "year": year, "quarter": quarter,
                                      "actual": Decimal("12500.25")})
    db.close()
    return db_path


def test_help_and_version(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "accounts" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"kamdesk {__version__}"


def test_a_usage_error_exits_2(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as done:
        main(["frobnicate"])
    assert done.value.code == 2


def test_accounts_as_json(capsys: Capture, filled: Path) -> None:
    code, out, err = run_in_process(capsys, "--db", str(filled), "accounts", "--format", "json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["Brühl Präzisionsteile AG", "Dvořák Strojírny s.r.o."]
    first = rows[0]
    assert set(first) >= {"id", "name", "tier", "industry", "country", "owner", "revenue_last_4q"}
    assert first["tier"] == "key" and first["owner"] == "Jörg Weiß"
    assert first["revenue_last_4q"] == 50001.0  # 4 × 12,500.25


def test_accounts_as_table_and_csv(capsys: Capture, filled: Path) -> None:
    code, out, _ = run_in_process(capsys, "--db", str(filled), "accounts")
    assert code == 0 and "Brühl Präzisionsteile AG" in out and "50001" in out
    code, out, _ = run_in_process(capsys, "--db", str(filled), "accounts", "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "id,name,tier,industry,country,owner,revenue_last_4q"


def test_plan_as_json_has_the_profile_and_sections(capsys: Capture, filled: Path) -> None:
    code, out, err = run_in_process(capsys, "--db", str(filled), "plan", "Brühl Präzisionsteile AG",
                         "--format", "json")
    assert (code, err) == (0, "")
    plan = json.loads(out)
    assert plan["account"]["name"] == "Brühl Präzisionsteile AG"
    assert plan["account"]["usp"] == "=SUM(A1)"
    assert plan["account"]["owner"] == "Jörg Weiß"
    assert plan["competitors"][0]["name"] == "Konkurrenz & Co <b>"
    assert plan["meta"]["kam"] == "Jörg Weiß"


def test_plan_by_id_as_text(capsys: Capture, filled: Path) -> None:
    code, out, _ = run_in_process(capsys, "--db", str(filled), "plan", "1")
    assert code == 0
    assert "Profile" in out and "Brühl Präzisionsteile AG" in out


@pytest.mark.parametrize("reference", ["Nobody GmbH", "999"])
def test_an_unknown_account_is_one_line_and_exit_1(
    capsys: Capture, filled: Path, reference: str
) -> None:
    code, out, err = run_in_process(capsys, "--db", str(filled), "plan", reference)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "no account" in err and "Traceback" not in err


def test_a_foreign_file_is_refused_untouched(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database" * 50)
    before = path.read_bytes()
    code, _, err = run_in_process(capsys, "--db", str(path), "accounts")
    assert code == 1 and err.count("\n") == 1 and "not a kamdesk database" in err
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused_untouched(capsys: Capture, filled: Path) -> None:
    with sqlite3.connect(filled) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = filled.read_bytes()
    code, _, err = run_in_process(capsys, "--db", str(filled), "accounts")
    assert code == 1 and "newer kamdesk" in err and err.count("\n") == 1
    assert filled.read_bytes() == before


def test_a_missing_folder_is_one_line(capsys: Capture, tmp_path: Path) -> None:
    code, _, err = run_in_process(capsys, "--db", str(tmp_path / "nope" / "k.sqlite3"), "accounts")
    assert code == 1 and "does not exist" in err and err.count("\n") == 1


def test_db_current_and_upgrade(capsys: Capture, filled: Path) -> None:
    head = head_revision()  # a database this kamdesk opened is at its newest revision
    code, out, _ = run_in_process(capsys, "--db", str(filled), "db", "current")
    assert code == 0 and f"current: {head}" in out and "up to date" in out
    code, out, _ = run_in_process(capsys, "--db", str(filled), "db", "upgrade")
    assert code == 0 and head in out


def test_db_current_of_a_missing_file_does_not_create_it(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    code, _, err = run_in_process(capsys, "--db", str(path), "db", "current")
    assert code == 1 and "no database" in err
    assert not path.exists()


def test_check_backup_and_restore(capsys: Capture, filled: Path, tmp_path: Path) -> None:
    code, out, _ = run_in_process(capsys, "--db", str(filled), "check")
    assert code == 0 and "ok" in out
    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run_in_process(capsys, "--db", str(filled), "backup", "-o", str(copy))
    assert code == 0 and copy.exists()
    # Change the database, then restore the copy: the change is gone, a safety copy is kept.
    db = open_database(filled)
    create_row(db, Account, {"name": "Added after the backup"})
    db.close()
    code, out, _ = run_in_process(capsys, "--db", str(filled), "restore", str(copy))
    assert code == 0 and "previous database was saved" in out
    code, out, _ = run_in_process(capsys, "--db", str(filled), "accounts", "--format", "json")
    assert "Added after the backup" not in out
    assert list((filled.parent / "backups").glob("*before-restore.sqlite3"))


def test_restore_refuses_a_foreign_file_and_changes_nothing(
    capsys: Capture, filled: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    before = filled.read_bytes()
    code, _, err = run_in_process(capsys, "--db", str(filled), "restore", str(junk))
    assert code == 1 and "not a kamdesk database" in err
    assert filled.read_bytes() == before


def test_backup_does_not_overwrite_an_existing_file(
    capsys: Capture, filled: Path, tmp_path: Path
) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_text("precious")
    code, _, err = run_in_process(capsys, "--db", str(filled), "backup", "-o", str(target))
    assert code == 1 and "already exists" in err
    assert target.read_text() == "precious"


def test_python_m_kamdesk_runs_the_same_program(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kamdesk", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"kamdesk {__version__}"
