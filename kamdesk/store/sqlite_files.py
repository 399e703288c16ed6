"""The database file's place on disk: its folder and permissions, before SQLite is asked.

A file that must be refused is refused before anything writes to it (see
:mod:`kamdesk.store.file_inspection`); this module answers the plainer questions first:
does the folder exist, may kamdesk write there, and it creates files readable by their
owner only.
"""

from __future__ import annotations

import os
from pathlib import Path

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.errors import LocationError
from kamdesk.store.location import DatabaseLocation


def create_default_folder(location: DatabaseLocation) -> None:
    """On first use, create the default database's folder, readable by its owner only (0700).

    Only the default location (the user data folder) is created: a folder the user names
    with ``--db`` or ``KAMDESK_DB`` must exist, so a typo is refused instead of followed.
    Missing parents (``~/.local/share`` on a fresh account) get the usual permissions.
    """
    if not location.is_default or location.path is None:
        return
    folder = location.path.parent
    if folder.is_dir():
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
    except OSError as error:
        if folder.is_dir():
            return  # another kamdesk started at the same moment and made it
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The folder {folder} cannot be created ({reason}); choose a place with "
                "--db.",
            ).format(folder=folder, reason=os_reason(error))
        ) from error
    # mkdir's mode passes through the umask; say 0700 outright (Windows ignores it).
    folder.chmod(0o700)


def check_location(path: Path) -> None:
    """Refuse a database path whose folder is missing or read-only."""
    folder = path.parent
    if not folder.is_dir():
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The folder {folder} does not exist; create it or choose another --db.",
            ).format(folder=folder)
        )
    if path.is_dir():
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is a folder, not a database file; choose a file with --db.",
            ).format(path=path)
        )
    if path.exists():
        if not os.access(path, os.R_OK):
            raise LocationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The database {path} cannot be read (no permission).",
                ).format(path=path)
            )
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise LocationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The database {path} is read-only; kamdesk needs to write to it and "
                    "its folder.",
                ).format(path=path)
            )
    elif not os.access(folder, os.W_OK):
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The folder {folder} is read-only; choose another place with --db.",
            ).format(folder=folder)
        )


def check_readable(path: Path) -> None:
    """Refuse a path that is missing, a folder, or not readable (for read-only commands)."""
    if path.is_dir():
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is a folder, not a database file; choose a file with --db.",
            ).format(path=path)
        )
    if not path.exists():
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is no database at {path}.",
            ).format(path=path)
        )
    if not os.access(path, os.R_OK):
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The database {path} cannot be read (no permission).",
            ).format(path=path)
        )


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600); never replaces one."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
