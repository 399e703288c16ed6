"""Opening the database the global ``--db`` option (or ``KAMDESK_DB``) names."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kamdesk.store.database import Database


def open_chosen_database(arguments: argparse.Namespace, *, migrate: bool = True) -> Database:
    """The database of ``--db``/``KAMDESK_DB``/the default, checked and migrated."""
    # The file's check runs (in SQLite's C code) while SQLAlchemy is imported; SQLAlchemy
    # is loaded here, by the commands that open a database, not by `--help`.
    from kamdesk.store.early_inspection import start_inspection

    inspection = start_inspection(arguments.db)
    from kamdesk.services.admin.database_opening import open_for_use

    return open_for_use(
        arguments.db, migrate=migrate, inspection=inspection, upgrade_backup_written=_say_where
    )


def _say_where(path: Path) -> None:
    # On stderr: a command's own output (CSV, JSON) stays clean on stdout.
    print(f"Before its schema was upgraded, the database was backed up to {path}.",
          file=sys.stderr)
