"""dump → load gives an identical database; damaged, newer and foreign dumps load nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.exchange.portable_dump import load_dump, write_dump
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.team_and_settings import update_settings
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import NewerSchemaError, ValidationError
from kamdesk.store.orm import Account
from kamdesk.store.orm.base import data_tables

pytestmark = pytest.mark.slow


def _tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.session() as session:
        return {
            table.name: [tuple(row) for row in session.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in data_tables()  # the row-version clock is bookkeeping, not data
        }


@pytest.fixture
def demo_dump(db: Database, tmp_path: Path) -> Path:
    create_demo_portfolio(db, accounts=20, seed=3)
    update_settings(db, None, {"logo_png": b"\x89PNG\r\n\x1a\n-logo-"})
    path = tmp_path / "portfolio.json"
    write_dump(db, path)
    return path


def test_dump_then_load_gives_an_identical_database(
    db: Database, demo_dump: Path, tmp_path: Path
) -> None:
    original = _tables(db)
    assert all(original[name] for name in ("account", "stakeholder", "interaction_stakeholder",
                                            "plan_snapshot", "revenue_entry", "goal_update"))
    copy = open_database(tmp_path / "copy.sqlite3")
    try:
        summary = load_dump(copy, demo_dump)
        assert summary.rows == sum(len(rows) for rows in original.values())
        loaded = _tables(copy)
    finally:
        copy.close()
    for name, rows in original.items():
        assert loaded[name] == rows, name  # every row, every column, ids included


def _broken(path: Path, tmp_path: Path, change: Any) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    target = tmp_path / "changed.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_damaged_newer_and_foreign_dumps_load_nothing(demo_dump: Path, tmp_path: Path) -> None:
    target = open_database(tmp_path / "target.sqlite3")
    try:
        truncated = tmp_path / "truncated.json"
        truncated.write_bytes(demo_dump.read_bytes()[:5000])
        with pytest.raises(ValidationError, match="damaged"):
            load_dump(target, truncated)
        name = json.loads(demo_dump.read_text())["tables"]["account"]["columns"].index("name")
        edited = _broken(demo_dump, tmp_path, lambda d: d["tables"]["account"]["rows"][0]
                         .__setitem__(name, "Someone else"))
        with pytest.raises(ValidationError, match="does not match its checksum"):
            load_dump(target, edited)
        newer = _broken(demo_dump, tmp_path, lambda d: d.__setitem__("schema_revision", "9999"))
        with pytest.raises(NewerSchemaError, match="newer kamdesk"):
            load_dump(target, newer)
        foreign = tmp_path / "foreign.json"
        foreign.write_text('{"accounts": []}', encoding="utf-8")
        with pytest.raises(ValidationError, match="not a kamdesk dump"):
            load_dump(target, foreign)
        assert all(not rows for rows in _tables(target).values())
    finally:
        target.close()


def test_load_fills_an_empty_database_only(demo_dump: Path, tmp_path: Path) -> None:
    target = open_database(tmp_path / "target.sqlite3")
    try:
        create_account(target, "Already here")
        with pytest.raises(ValidationError, match="already holds data"):
            load_dump(target, demo_dump)
        with target.session() as session:
            assert session.execute(select(Account.name)).scalars().all() == ["Already here"]
    finally:
        target.close()
