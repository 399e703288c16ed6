"""Opening the database the global ``--db`` option (or ``KAMDESK_DB``) names."""

from __future__ import annotations

import argparse

from kamdesk.store.database import Database, open_database


def open_chosen_database(arguments: argparse.Namespace, *, migrate: bool = True) -> Database:
    """The database of ``--db``/``KAMDESK_DB``/the default, checked and migrated."""
    return open_database(arguments.db, migrate=migrate)
