"""Looking after the database file: revision, integrity check, backup and restore."""

from __future__ import annotations

from pathlib import Path

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.backup_files import write_backup
from kamdesk.store.database import Database, open_database
from kamdesk.store.database_restore import RestoreResult, restore_backup
from kamdesk.store.errors import StorageError
from kamdesk.store.file_inspection import inspect_database_file
from kamdesk.store.location import resolve_location
from kamdesk.store.sqlite_files import check_location, check_readable, create_default_folder
from kamdesk.store.sqlite_health import file_problems


def check_database(db: Database) -> list[str]:
    """Problems SQLite's full integrity and foreign-key checks find (empty: all is well)."""
    path = db.location.path
    if path is None:
        return []  # a server checks itself; these checks are SQLite's
    return file_problems(path)


def backup_database(given: str | Path | None, destination: Path | None) -> Path:
    """A verified copy of the database; in the backup folder unless told where.

    A server database is written as the portable dump (see
    :mod:`kamdesk.services.admin.server_backups`), which ``kamdesk load`` restores.
    """
    location = resolve_location(given)
    if location.path is None:
        return _backup_server(given, destination)
    check_readable(location.path)
    inspect_database_file(location.path)
    if destination is not None:
        destination = destination.expanduser().absolute()
        check_location(destination)
    return write_backup(location.path, "manual", destination=destination)


def _backup_server(given: str | Path | None, destination: Path | None) -> Path:
    # Loaded only here: the dump brings the export layer (and reportlab) with it.
    from kamdesk.services.admin.server_backups import write_server_backup

    db = open_database(given, daily_backup=False)
    try:
        if destination is not None:
            destination = destination.expanduser().absolute()
        return write_server_backup(db, "manual", destination).path
    finally:
        db.close()


def restore_database(given: str | Path | None, source: Path) -> RestoreResult:
    """Replace the database with a backup file; the current one is backed up first.

    The backup is checked completely (a SQLite file, intact, a schema this kamdesk knows)
    before anything is written, and the database is locked while it is replaced.
    """
    location = resolve_location(given)
    if location.path is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "Restoring a database server is done with the server's own tools.",
            )
        )
    create_default_folder(location)  # restoring onto a new computer is a first run too
    return restore_backup(location.path, source.expanduser())
