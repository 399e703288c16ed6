"""Looking after the database file: revision, integrity check, backup and restore."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from kamdesk.store.database import Database, open_database, sqlite_revision, stored_revision
from kamdesk.store.errors import NewerSchemaError, StorageError
from kamdesk.store.location import DatabaseLocation, resolve_location
from kamdesk.store.schema_revisions import head_revision, known_revisions
from kamdesk.store.sqlite_files import (
    check_location,
    check_sqlite_file,
    create_default_folder,
    write_backup,
)


@dataclass(frozen=True)
class RevisionInfo:
    """Which schema revision a database is at, and the newest this kamdesk knows."""

    location: str
    current: str | None
    head: str


def revision_info(given: str | Path | None) -> RevisionInfo:
    """The database's schema revision, read without changing anything."""
    location = resolve_location(given)
    if location.path is not None:
        _require_file(location)
        check_sqlite_file(location.path)
        current = sqlite_revision(location.path)
    else:
        db = open_database(given, migrate=False)
        try:
            with db.engine.connect() as connection:
                current = stored_revision(connection)
        finally:
            db.close()
    return RevisionInfo(location.display(), current, head_revision())


def check_database(db: Database) -> list[str]:
    """Problems SQLite's integrity and foreign-key checks find (empty: all is well)."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            return problems
        for (row,) in connection.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                problems.append(f"integrity: {row}")
        for table, rowid, parent, _index in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"row {rowid} of {table} refers to a missing {parent}")
    return problems


def backup_database(given: str | Path | None, destination: Path | None) -> Path:
    """A consistent copy of the database file; in the backup folder unless told where."""
    location = resolve_location(given)
    if location.path is None:
        raise StorageError("Backups of a database server are made with the server's own tools.")
    _require_file(location)
    check_sqlite_file(location.path)
    if destination is not None:
        destination = destination.expanduser().absolute()
        check_location(destination)
    return write_backup(location.path, "manual", destination)


def restore_database(given: str | Path | None, source: Path) -> Path | None:
    """Replace the database with a backup file; the current one is backed up first.

    The backup file is checked completely (a SQLite file, intact, a schema this kamdesk
    knows) before anything is written; returns the safety backup of the replaced database.
    """
    location = resolve_location(given)
    if location.path is None:
        raise StorageError("Restoring a database server is done with the server's own tools.")
    source = source.expanduser().absolute()
    if not source.is_file():
        raise StorageError(f"There is no backup file {source}.")
    check_sqlite_file(source)
    revision = sqlite_revision(source)
    if revision is None:
        raise StorageError(f"{source} is not a kamdesk backup (it holds no kamdesk data).")
    if revision not in known_revisions():
        raise NewerSchemaError(
            f"{source} was written by a newer kamdesk (schema {revision}); update kamdesk first."
        )
    path = location.path
    create_default_folder(location)  # restoring onto a new computer is a first run too
    check_location(path)
    safety = None
    if path.exists() and path.stat().st_size > 0:
        check_sqlite_file(path)
        safety = write_backup(path, "before-restore")
    else:
        path.touch(mode=0o600)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(path, timeout=5)
    try:
        reader.backup(writer)
    except sqlite3.Error as error:
        raise StorageError(
            f"The restore failed ({error}); the database was not changed."
        ) from error
    finally:
        reader.close()
        writer.close()
    open_database(path, daily_backup=False).close()  # bring an older backup up to date
    return safety


def _require_file(location: DatabaseLocation) -> None:
    assert location.path is not None
    if not location.path.exists():
        raise StorageError(f"There is no database at {location.path}.")
