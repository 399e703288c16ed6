"""Opening the database the global ``--db`` option (or ``KAMDESK_DB``) names."""

from __future__ import annotations

import argparse
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

    return open_for_use(arguments.db, migrate=migrate, inspection=inspection)
