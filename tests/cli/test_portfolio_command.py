"""``kamdesk portfolio``: formats, the window option and its usage errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kamdesk.cli.main import main
from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Interaction, RevenueEntry


@pytest.fixture
def portfolio(db: Database, database_url: str) -> str:
    """Two accounts with revenue in the last complete quarter; one key, never contacted."""
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    with db.session() as s:
        big = Account(name="=HYPERLINK(evil)", tier=Tier.KEY)
        small = Account(name="Small GmbH")
        s.add_all([big, small])
        s.flush()
        s.add(RevenueEntry(account_id=big.id, year=year, quarter=quarter, actual=Decimal(900)))
        s.add(RevenueEntry(account_id=small.id, year=year, quarter=quarter, actual=Decimal(100)))
        s.add(RevenueEntry(account_id=small.id, year=2019, quarter=2, actual=Decimal(55)))
        s.add(Interaction(account_id=small.id, occurred_on=date.today() - timedelta(days=3),
                          kind="call"))
    return database_url


def test_json_has_accounts_window_and_portfolio_warnings(
    portfolio: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(portfolio), "portfolio", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["window"]["choice"] == "ttm"
    assert result["window"]["total_revenue"] == 1000
    first, second = result["accounts"]
    assert {k: first[k] for k in ("account", "revenue", "share", "cumulative_share", "abc_class",
                                  "score", "recommended_tier", "tier", "last_contact")} == {
        "account": "=HYPERLINK(evil)", "revenue": 900, "share": 0.9, "cumulative_share": 0.9,
        "abc_class": "A", "score": None, "recommended_tier": "standard", "tier": "key",
        "last_contact": None,
    }
    assert "=HYPERLINK(evil): key account without goals." in first["warnings"]
    assert first["reasons"] == ["Class A by revenue.", "No scorecard yet."]
    assert second["abc_class"] == "B"
    assert second["last_contact"] == (date.today() - timedelta(days=3)).isoformat()
    assert second["warnings"] == []
    assert result["warnings"] == [
        "1 of 2 active accounts are key (50.0 %); the limit is 20.0 %."
    ]


def test_csv_is_safe_for_spreadsheets(portfolio: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(portfolio), "portfolio", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["account"] == "'=HYPERLINK(evil)"
    assert rows[0]["warnings"].startswith(
        "'=HYPERLINK(evil) earns 90.0 % of total revenue; the limit is 20.0 %.; "
    )
    assert (rows[1]["account"], rows[1]["share"], rows[1]["abc_class"]) == ("Small GmbH", "0.1",
                                                                             "B")


def test_fiscal_year_window(portfolio: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(portfolio), "portfolio", "--window", "fy2019", "--format",
                 "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["window"]["label"] == "FY2019"
    assert [(a["account"], a["revenue"]) for a in result["accounts"]] == [
        ("Small GmbH", 55), ("=HYPERLINK(evil)", 0)
    ]


def test_table_lists_the_warnings_below(
    portfolio: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(portfolio), "portfolio"]) == 0
    out = capsys.readouterr().out
    assert "900.00" in out and "90.0 %" in out
    assert "- 1 of 2 active accounts are key (50.0 %); the limit is 20.0 %." in out


@pytest.mark.parametrize("window", ["ytd", "fy24", "2024"])
def test_a_bad_window_is_a_usage_error(
    portfolio: str, capsys: pytest.CaptureFixture[str], window: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(portfolio), "portfolio", "--window", window])
    assert exit_info.value.code == 2
    assert "is not a window: use ttm" in capsys.readouterr().err
