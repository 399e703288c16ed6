"""Opening a kamdesk database: checks, backup, migration, engine and sessions.

Opening is careful in this order, so that a file that must be refused is never written:
the folder and file are checked, a SQLite file's header and integrity are read through a
read-only connection, its schema revision is compared with the revisions this kamdesk
knows, and only then is the engine (with WAL and foreign keys) created, a backup taken and
the schema upgraded. Alembic is loaded only when a migration is due: the revisions are read
with sqlite3 and compared with :mod:`kamdesk.store.schema_revisions`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.store.errors import LockedDatabaseError, NewerSchemaError, StorageError
from kamdesk.store.location import DatabaseLocation, resolve_location
from kamdesk.store.schema_revisions import head_revision, known_revisions
from kamdesk.store.sqlite_files import (
    check_location,
    check_sqlite_file,
    create_default_folder,
    create_private_file,
    newest_backup_day,
    write_backup,
)

BUSY_TIMEOUT_MS = 5000


class Database:
    """An open kamdesk database: its location, engine and a session factory."""

    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an error."""
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as error:
                raise _storage_error(error, self.location) from error

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_database(
    given: str | Path | None = None,
    *,
    migrate: bool = True,
    daily_backup: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """Open (creating if need be) the database at ``given``, ``KAMDESK_DB`` or the default.

    Raises a :class:`StorageError` subclass with a one-sentence message when the database
    cannot be used; the file is then left exactly as it was.
    """
    location = resolve_location(given)
    revision: str | None = None
    if location.path is not None:
        path = location.path
        create_default_folder(location)
        check_location(path)
        if path.exists():
            check_sqlite_file(path)
            revision = sqlite_revision(path)
            _refuse_unknown(revision, location)
        else:
            create_private_file(path)
    engine = _create_engine(location, busy_timeout_ms)
    try:
        if location.path is None:
            with engine.connect() as connection:
                revision = stored_revision(connection)
            _refuse_unknown(revision, location)
        if location.path is not None:
            if revision is not None and revision != head_revision():
                write_backup(location.path, "before-upgrade")
            elif daily_backup and location.path.stat().st_size > 0:
                _daily_backup(location.path)
        if migrate and revision != head_revision():
            # Only now is Alembic loaded: a database at the newest revision never needs it.
            from kamdesk.store.migration_runner import upgrade_to_head

            with engine.begin() as connection:
                upgrade_to_head(connection)
    except OperationalError as error:
        engine.dispose()
        raise _storage_error(error, location) from error
    except Exception:
        engine.dispose()
        raise
    return Database(location, engine)


def _create_engine(location: DatabaseLocation, busy_timeout_ms: int) -> Engine:
    if location.path is None:
        return create_engine(location.url, pool_pre_ping=True)
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Every connection, the migration's included: referential integrity is only
        # enforced when each connection asks for it.
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def stored_revision(connection: Connection) -> str | None:
    """The revision a database server's schema is at (None: no kamdesk schema yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def sqlite_revision(path: Path) -> str | None:
    """The schema revision read through a read-only connection (None: no kamdesk schema)."""
    if path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()
            if tables and tables[0] > 0:
                raise StorageError(
                    f"{path} is a SQLite database of another program, not kamdesk's; "
                    "it was left untouched."
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise LockedDatabaseError(
                f"{path} is locked by another program; close it and try again."
            ) from error
        raise
    finally:
        connection.close()
    return str(row[0]) if row else None


def _refuse_unknown(revision: str | None, location: DatabaseLocation) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{location.display()} was written by a newer kamdesk (schema {revision}); "
            "update kamdesk to open it. The database was left untouched."
        )


def _daily_backup(path: Path) -> None:
    today = datetime.now(UTC).strftime("%Y%m%d")
    if newest_backup_day(path) != today:
        write_backup(path, "daily")


def _storage_error(error: OperationalError, location: DatabaseLocation) -> StorageError:
    text = str(error.orig) if error.orig is not None else str(error)
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(
            f"{location.display()} is locked by another program; close it and try again."
        )
    if "readonly" in text.replace(" ", "") or "read-only" in text:
        return StorageError(f"{location.display()} is read-only; kamdesk cannot save there.")
    return StorageError(f"{location.display()} cannot be used: {text}.")
