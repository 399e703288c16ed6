"""``kamdesk demo``: a rich portfolio on an empty database, refused on a non-empty one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamdesk.cli import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database shared by the tests of this module (building it takes seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--seed", "7"]) == 0
    return path


def test_demo_then_plan_shows_a_rich_key_account(demo_db: Path, capsys: Capture) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "accounts", "--format", "json"]) == 0
    accounts = json.loads(capsys.readouterr().out)
    assert len(accounts) >= 40
    key = [a for a in accounts if a["tier"] == "key"]
    assert len(key) >= 5
    biggest = max(key, key=lambda a: a["revenue_last_4q"])

    assert main(["--db", str(demo_db), "plan", biggest["name"], "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    profile = plan["account"]
    for field in ("legal_name", "industry", "employees", "annual_revenue", "city", "country",
                  "time_zone", "website", "owner", "customer_since", "business_plan",
                  "target_audience", "usp"):
        assert profile[field], field
    assert len(plan["stakeholders"]) >= 8
    assert plan["competitors"] and plan["needs"] and plan["swot"] and plan["team"]
    assert plan["interactions"]


def test_demo_refuses_a_non_empty_database_and_changes_nothing(
    demo_db: Path, capsys: Capture
) -> None:
    before = demo_db.read_bytes()
    capsys.readouterr()
    code = main(["--db", str(demo_db), "demo"])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.count("\n") == 1 and "--force" in err
    assert demo_db.read_bytes() == before


def test_demo_rejects_a_bad_account_count(capsys: Capture, db_path: Path) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db_path), "demo", "--accounts", "zero"])
    assert done.value.code == 2
