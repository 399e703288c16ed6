"""Demo portfolios built once per test session and copied for every test that uses one.

Building a demo portfolio of a dozen accounts takes one to three seconds (most of it the
demo's own inserts); on PostgreSQL the test's fresh database comes on top. Many tests of
erasure, access, backups and the commands start from the same small demo, and each only
needs a database of its own to change. So each distinct demo (accounts, seed, day) is built
once per session: into a file that tests copy (SQLite), or into a database that tests
clone with ``CREATE DATABASE … TEMPLATE`` (PostgreSQL). A copy is what a fresh build gives,
row for row, because the demo is deterministic for a seed and a day.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database
from tests.helpers.postgres_server import PostgresServer


@dataclass(frozen=True)
class DemoKey:
    """What makes one demo portfolio differ from another."""

    accounts: int
    seed: int
    today: date

    @property
    def label(self) -> str:
        """A name for the demo's file or database (letters, digits and underscores)."""
        return f"demo_{self.accounts}_{self.seed}_{self.today:%Y%m%d}"


def copy_database_file(source: Path, destination: Path) -> Path:
    """Copy a closed database file, readable by its owner only as kamdesk makes them."""
    shutil.copyfile(source, destination)
    destination.chmod(0o600)
    return destination


class DemoTemplates:
    """The session's demo portfolios, built on first use, per backend."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._files: dict[DemoKey, Path] = {}
        self._server_templates: dict[DemoKey, str] = {}

    def file_copy(self, key: DemoKey, destination: Path) -> Path:
        """A SQLite file at ``destination`` holding the demo ``key`` describes."""
        source = self._files.get(key)
        if source is None:
            source = self._folder / f"{key.label}.sqlite3"
            database = open_database(source, daily_backup=False)
            try:
                create_demo_portfolio(
                    database, accounts=key.accounts, seed=key.seed, today=key.today
                )
            finally:
                database.close()  # closing checkpoints the WAL into the file
            self._files[key] = source
        return copy_database_file(source, destination)

    def server_copy(self, key: DemoKey, server: PostgresServer) -> str:
        """The name of a new database on ``server`` holding the demo ``key`` describes."""
        template = self._server_templates.get(key)
        if template is None:
            template = key.label
            server.execute(f"CREATE DATABASE {template}")
            database = open_database(server.url(template), daily_backup=False)
            try:
                create_demo_portfolio(
                    database, accounts=key.accounts, seed=key.seed, today=key.today
                )
            finally:
                # A template must have no open connection while it is copied.
                database.close()
            self._server_templates[key] = template
        return server.copy_of(template)
