"""Private, in-memory kamdesk databases at the newest schema, for work on a copy of data.

Purging a person from a portable dump
(:mod:`kamdesk.services.admin.personal_data_in_server_dumps`) loads the dump
into a database of its own, erases the person there exactly as in the real database, and
dumps it again; the result is checked by loading it into a second one. Such a database lives
in memory only: nothing of it reaches the disk, and nothing is left behind when the process
is killed. Migrating a database costs about 0.6 s here, so the schema is migrated once per
:class:`ScratchDatabases` and each database after that is a copy of it made with SQLite's
backup API (milliseconds).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from kamdesk.store.database import Database
from kamdesk.store.location import DatabaseLocation

# The URL an in-memory database reports; its location has no path, so erasure does not try
# to rebuild a file (there is none) and nothing is written anywhere.
MEMORY_URL = "sqlite://"


class ScratchDatabases:
    """Hands out empty, migrated in-memory databases; the schema is built on first use."""

    def __init__(self) -> None:
        self._template: sqlite3.Connection | None = None

    @contextmanager
    def empty_database(self) -> Iterator[Database]:
        """An empty database at the newest schema, gone when the block ends."""
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            self._migrated_template().backup(connection)
            engine = create_engine(
                MEMORY_URL, creator=lambda: connection, poolclass=StaticPool
            )
            event.listen(engine, "connect", _enforce_foreign_keys)
            try:
                yield Database(DatabaseLocation(MEMORY_URL, None), engine)
            finally:
                engine.dispose()
        finally:
            connection.close()

    def close(self) -> None:
        """Drop the migrated template."""
        if self._template is not None:
            self._template.close()
            self._template = None

    def _migrated_template(self) -> sqlite3.Connection:
        if self._template is None:
            # Alembic only when a purge actually runs (it costs 0.25 s to import).
            from kamdesk.store.migration_runner import apply_migrations

            migrated = sqlite3.connect(":memory:", check_same_thread=False)
            engine = create_engine(MEMORY_URL, creator=lambda: migrated, poolclass=StaticPool)
            event.listen(engine, "connect", _enforce_foreign_keys)
            template = sqlite3.connect(":memory:", check_same_thread=False)
            try:
                apply_migrations(engine)
                # Kept in a connection of its own: disposing the engine closes ``migrated``.
                migrated.backup(template)
            except BaseException:
                template.close()
                raise
            finally:
                engine.dispose()
            self._template = template
        return self._template


def _enforce_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    # As on every kamdesk connection: a load that broke a reference must fail here too.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
