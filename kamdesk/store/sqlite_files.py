"""The database file's place on disk: its folder and permissions, before SQLite is asked.

A file that must be refused is refused before anything writes to it (see
:mod:`kamdesk.store.file_inspection`); this module answers the plainer questions first:
does the folder exist, may kamdesk write there, and it creates files readable by their
owner only.
"""

from __future__ import annotations

import os
from pathlib import Path

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
            f"The folder {folder} cannot be created ({error.strerror}); choose a place with --db."
        ) from error
    # mkdir's mode passes through the umask; say 0700 outright (Windows ignores it).
    folder.chmod(0o700)


def check_location(path: Path) -> None:
    """Refuse a database path whose folder is missing or read-only."""
    folder = path.parent
    if not folder.is_dir():
        raise LocationError(
            f"The folder {folder} does not exist; create it or choose another --db."
        )
    if path.is_dir():
        raise LocationError(f"{path} is a folder, not a database file; choose a file with --db.")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise LocationError(f"The database {path} cannot be read (no permission).")
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise LocationError(
                f"The database {path} is read-only; kamdesk needs to write to it and its folder."
            )
    elif not os.access(folder, os.W_OK):
        raise LocationError(f"The folder {folder} is read-only; choose another place with --db.")


def check_readable(path: Path) -> None:
    """Refuse a path that is missing, a folder, or not readable (for read-only commands)."""
    if path.is_dir():
        raise LocationError(f"{path} is a folder, not a database file; choose a file with --db.")
    if not path.exists():
        raise LocationError(f"There is no database at {path}.")
    if not os.access(path, os.R_OK):
        raise LocationError(f"The database {path} cannot be read (no permission).")


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600); never replaces one."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
