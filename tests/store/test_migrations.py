"""Migrations: upgrade from empty, agreement with the ORM, newer schemas refused, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kamdesk.store import database as database_module
from kamdesk.store import migration_runner
from kamdesk.store.database import open_database
from kamdesk.store.errors import NewerSchemaError
from kamdesk.store.orm import Base
from kamdesk.store.schema_revisions import head_revision


def test_upgrade_from_empty_creates_every_table(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        tables = set(inspect(db.engine).get_table_names())
    finally:
        db.close()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_and_models_agree(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_database_is_stamped_with_head(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision()


def _stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()
    _stamp(db_path, "9999_from_the_future")
    before = db_path.read_bytes()
    siblings = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(NewerSchemaError, match="newer kamdesk"):
        open_database(db_path)

    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings


def test_backup_is_written_before_an_upgrade(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path, daily_backup=False)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO team_member (name, role, email, capacity, active, "
                                   "version, created_at, updated_at) VALUES ('Jörg', '', '', 5, 1, "
                                   "1, '2026-01-01', '2026-01-01')")
    db.close()
    upgraded: list[str] = []
    # Pretend this kamdesk knows a newer revision than the file has.
    monkeypatch.setattr(database_module, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migration_runner, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migration_runner, "upgrade_to_head", lambda c: upgraded.append("done"))

    open_database(db_path).close()

    backups = list((db_path.parent / "backups").glob("*before-upgrade.sqlite3"))
    assert upgraded == ["done"]
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT name FROM team_member").fetchall() == [("Jörg",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_daily_backup_is_kept_once_a_day(db_path: Path) -> None:
    open_database(db_path).close()  # new, empty file: nothing worth a backup yet
    open_database(db_path).close()
    open_database(db_path).close()
    backups = list((db_path.parent / "backups").glob("*.daily.sqlite3"))
    assert len(backups) == 1
