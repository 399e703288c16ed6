"""Every CSV kamdesk writes neutralises cells a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.enums import Tier
from kamdesk.services.common.row_editing import create_row
from kamdesk.services.portfolio.account_directory import last_complete_quarters
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account, RevenueEntry, TeamMember
from tests.helpers.storage_files import empty_database

Capture = pytest.CaptureFixture[str]
EVIL = '=HYPERLINK("http://evil.example";"Klick")'


@pytest.fixture
def poisoned(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    owner, _ = create_row(db, TeamMember, {"name": "@Jo"})
    account, _ = create_row(db, Account, {"name": EVIL, "tier": Tier.KEY, "owner_id": owner,
                                          "industry": "+Chemie", "country": "DE"})
    create_row(db, Account, {"name": "\tTabbed", "industry": "-Minus"})
    for year, quarter in last_complete_quarters(date.today(), 1):
        create_row(db, RevenueEntry, {"account_id": account, "year": year, "quarter": quarter,
                                      "actual": Decimal("10.00")})
    db.close()
    return db_path


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_accounts_csv(poisoned: Path, capsys: Capture) -> None:
    assert main(["--db", str(poisoned), "accounts", "--format", "csv"]) == 0
    rows = _cells(capsys.readouterr().out)
    assert rows[0][:2] == ["id", "name"]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"'" + EVIL, "'\tTabbed"}
    evil = by_name["'" + EVIL]
    assert evil[3] == "'+Chemie" and evil[5] == "'@Jo"
    assert evil[6] == "40"  # numbers stay numbers
    assert by_name["'\tTabbed"][3] == "'-Minus"


def test_portfolio_csv(poisoned: Path, capsys: Capture) -> None:
    assert main(["--db", str(poisoned), "portfolio", "--format", "csv"]) == 0
    rows = _cells(capsys.readouterr().out)
    names = [row[2] for row in rows[1:]]
    assert "'" + EVIL in names and "'\tTabbed" in names
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for row in rows for cell in row)
