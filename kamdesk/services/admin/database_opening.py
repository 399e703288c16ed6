"""Opening the database for use, with the day's backup of a server database.

A SQLite file's daily backup is taken by :func:`kamdesk.store.database.open_database`
itself (a file copy, in the store). A server database's daily backup is the portable dump,
a service, so it is taken here, after the store has opened and migrated the database.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.services.settings.editor_name import use_saved_editor_name
from kamdesk.store.database import Database, open_database


def open_for_use(
    given: str | Path | None, *, migrate: bool = True, daily_server_backup: bool = True
) -> Database:
    """Open the database as :func:`open_database` does, signed with the user's name (see
    :mod:`kamdesk.services.settings.editor_name`), then take a server's daily dump."""
    db = open_database(given, migrate=migrate)
    use_saved_editor_name(db)
    if db.location.path is not None or not daily_server_backup:
        return db  # the app takes a server's daily dump in the background, once it shows
    # Loaded only for a server: the dump brings the export layer (and reportlab) with it,
    # which a command on a SQLite file should not pay for at start-up.
    from kamdesk.services.admin.server_backups import take_daily_server_backup

    try:
        take_daily_server_backup(db)
    except BaseException:
        db.close()
        raise
    return db
