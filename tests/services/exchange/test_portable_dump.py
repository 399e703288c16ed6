"""dump → load gives an identical database; an older kamdesk's dump loads with the defaults
its migrations gave; damaged, newer and foreign dumps load nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kamdesk.services.exchange.portable_dump import load_dump, tables_checksum, write_dump
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.team_and_settings import update_settings
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import NewerSchemaError, ValidationError
from kamdesk.store.orm import Account, CompanySettings, Interaction, Stakeholder
from kamdesk.store.orm.base import data_tables
from tests.helpers.storage_files import empty_database

pytestmark = pytest.mark.slow


def _tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.session() as session:
        return {
            table.name: [tuple(row) for row in session.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in data_tables()  # the row-version clock is bookkeeping, not data
        }


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    database = demo_database(accounts=20, seed=3)
    update_settings(database, None, {"logo_png": b"\x89PNG\r\n\x1a\n-logo-"})
    return database


@pytest.fixture
def demo_dump(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.json"
    write_dump(demo_db, path)
    return path


def test_dump_then_load_gives_an_identical_database(
    demo_db: Database, demo_dump: Path, tmp_path: Path
) -> None:
    original = _tables(demo_db)
    assert all(original[name] for name in ("account", "stakeholder", "interaction_stakeholder",
                                            "plan_snapshot", "revenue_entry", "goal_update"))
    copy = open_database(empty_database(tmp_path / "copy.sqlite3"), daily_backup=False)
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
    target = open_database(empty_database(tmp_path / "target.sqlite3"), daily_backup=False)
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
    target = open_database(empty_database(tmp_path / "target.sqlite3"), daily_backup=False)
    try:
        create_account(target, "Already here")
        with pytest.raises(ValidationError, match="already holds data"):
            load_dump(target, demo_dump)
        with target.session() as session:
            assert session.execute(select(Account.name)).scalars().all() == ["Already here"]
    finally:
        target.close()


def _as_older_dump(path: Path, tmp_path: Path, revision: str, dropped: dict[str, list[str]],
                   ) -> Path:
    """The dump an older kamdesk wrote: the columns added since then are not in it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for table, columns in dropped.items():
        content = data["tables"][table]
        keep = [i for i, name in enumerate(content["columns"]) if name not in columns]
        content["columns"] = [content["columns"][i] for i in keep]
        content["rows"] = [[row[i] for i in keep] for row in content["rows"]]
    data["schema_revision"] = revision
    data["sha256"] = tables_checksum(data["tables"])
    target = tmp_path / f"at-{revision}.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_a_dump_of_an_older_kamdesk_loads_with_the_defaults_its_migrations_gave(
    demo_db: Database, demo_dump: Path, tmp_path: Path
) -> None:
    editable = [t.name for t in data_tables() if "changed_by" in t.c]
    older = _as_older_dump(demo_dump, tmp_path, "0002", {
        **{name: ["changed_by"] for name in editable},
        "stakeholder": ["changed_by", "source", "lawful_basis"],
        "company_settings": ["changed_by", "retention_months"],
        "interaction": ["changed_by", "shared_with_client"],
        "review": ["changed_by", "shared_with_client"],
    })
    copy = open_database(empty_database(tmp_path / "copy.sqlite3"), daily_backup=False)
    try:
        load_dump(copy, older)
        with copy.session() as session:
            people = session.execute(select(Stakeholder.name, Stakeholder.source,
                                            Stakeholder.changed_by)).all()
            shared = session.execute(select(Interaction.shared_with_client)).scalars().all()
            months = session.execute(select(CompanySettings.retention_months)).scalar_one()
            accounts = session.execute(select(Account.name).order_by(Account.id)).scalars().all()
    finally:
        copy.close()
    with demo_db.session() as session:
        assert accounts == session.execute(
            select(Account.name).order_by(Account.id)).scalars().all()
        assert len(people) == session.execute(select(func.count(Stakeholder.id))).scalar_one()
    assert all(source == "" and author is None for _, source, author in people)
    assert shared and not any(shared)  # what an older kamdesk wrote stays internal
    assert months == 24


def test_an_older_dump_lacking_a_column_without_a_default_is_refused_by_name(
    demo_dump: Path, tmp_path: Path
) -> None:
    older = _as_older_dump(demo_dump, tmp_path, "0003", {"account": ["name"]})
    target = open_database(empty_database(tmp_path / "target.sqlite3"), daily_backup=False)
    try:
        with pytest.raises(ValidationError, match=r"lacks account\.name"):
            load_dump(target, older)
        assert all(not rows for rows in _tables(target).values())
    finally:
        target.close()
