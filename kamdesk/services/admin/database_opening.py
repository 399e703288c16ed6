"""Opening the database for use, with the day's backup of a server database.

A SQLite file's daily backup is taken by :func:`kamdesk.store.database.open_database`
itself (a file copy, in the store). A server database's backups are the portable dump, a
service, so they are taken here: before the store upgrades an older schema (handed to it as
a callback) and, once a day, after the store has opened the database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.settings.editor_name import use_saved_editor_name
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import StorageError

if TYPE_CHECKING:
    from kamdesk.store.early_inspection import EarlyInspection

def open_for_use(
    given: str | Path | None,
    *,
    migrate: bool = True,
    inspection: EarlyInspection | None = None,
    daily_server_backup: bool = True,
    upgrade_backup_written: Callable[[Path], None] | None = None,
) -> Database:
    """Open the database as :func:`open_database` does, signed with the user's name (see
    :mod:`kamdesk.services.settings.editor_name`), then take a server's daily dump.

    ``inspection``: the file's check, started before SQLAlchemy was imported. A server
    database at an older schema is dumped before it is upgraded; where the dump went is
    handed to ``upgrade_backup_written``.
    """

    def dump_before_upgrade(old: Database) -> None:
        from kamdesk.services.admin.server_backups import write_before_upgrade_dump

        try:
            written = write_before_upgrade_dump(old)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{database} was not upgraded to this kamdesk: its backup could not be "
                    "written ({reason}); free the backup folder and start again.",
                ).format(database=old.location.display(), reason=os_reason(error))
            ) from error
        if upgrade_backup_written is not None:
            upgrade_backup_written(written.path)

    db = open_database(
        given, migrate=migrate, inspection=inspection, before_server_upgrade=dump_before_upgrade
    )
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
