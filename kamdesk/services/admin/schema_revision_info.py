"""Which schema revision a database is at (``kamdesk db current``), read without SQLAlchemy
where the database is a file.

The revision of a SQLite file is read with :mod:`sqlite3` by the file check every start
already makes; importing SQLAlchemy only to print it cost the command about 0.75 s of CPU,
three quarters of its whole process. A server database is asked through SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.store.file_inspection import inspect_database_file
from kamdesk.store.location import resolve_location
from kamdesk.store.schema_revisions import head_revision
from kamdesk.store.sqlite_files import check_readable


@dataclass(frozen=True)
class RevisionInfo:
    """Which schema revision a database is at, and the newest this kamdesk knows."""

    location: str
    current: str | None
    head: str


def revision_info(given: str | Path | None) -> RevisionInfo:
    """The database's schema revision, read without changing anything (read-only media too)."""
    location = resolve_location(given)
    if location.path is not None:
        check_readable(location.path)
        current = inspect_database_file(location.path).revision
    else:
        current = _server_revision(given)
    return RevisionInfo(location.display(), current, head_revision())


def _server_revision(given: str | Path | None) -> str | None:
    from kamdesk.store.database import open_database, stored_revision

    db = open_database(given, migrate=False)
    try:
        with db.engine.connect() as connection:
            return stored_revision(connection)
    finally:
        db.close()
