"""Opening the database for use, with the day's backup of a server database.

A SQLite file's daily backup is taken by :func:`kamdesk.store.database.open_database`
itself (a file copy, in the store). A server database's daily backup is the portable dump,
a service, so it is taken here, after the store has opened and migrated the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.store.database import Database, open_database

if TYPE_CHECKING:
    from kamdesk.store.early_inspection import EarlyInspection


def open_for_use(
    given: str | Path | None, *, migrate: bool = True, inspection: EarlyInspection | None = None
) -> Database:
    """Open the database as :func:`open_database` does, then take a server's daily dump.

    ``inspection``: the file's check, started before SQLAlchemy was imported.
    """
    db = open_database(given, migrate=migrate, inspection=inspection)
    if db.location.path is not None:
        return db
    # Loaded only for a server: the dump brings the export layer (and reportlab) with it,
    # which a command on a SQLite file should not pay for at start-up.
    from kamdesk.services.admin.server_backups import take_daily_server_backup

    try:
        take_daily_server_backup(db)
    except BaseException:
        db.close()
        raise
    return db
