"""Two kamdesks opening a database at an older schema at the same moment.

Both succeed; the schema is upgraded once and backed up once before it: the backup is
taken under the migration's lock (SQLite's write lock, PostgreSQL's advisory lock), so the
second kamdesk waits, finds the upgrade done, and copies nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy.engine import make_url

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.backup_files import own_backups
from kamdesk.store.database import open_database
from kamdesk.store.migration_runner import MIGRATION_LOCK_KEY, alembic_config
from kamdesk.store.schema_revisions import head_revision
from tests.helpers.cli_runs import CliRun
from tests.helpers.processes import start_kamdesk, user_environment

pytestmark = pytest.mark.slow

PREVIOUS = "0003"
UPGRADE_LINE = "Before its schema was upgraded, the database was backed up to "


def _at_previous_revision(url: str) -> None:
    db = open_database(url, daily_backup=False)
    create_account(db, "Alt und Neu GmbH")
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS)
    db.close()


@contextmanager
def _migration_lock_held(url: str, backend: str) -> Iterator[Callable[[], None]]:
    """Hold the lock a migration takes; the yielded call waits a moment, then releases it."""
    if backend == "sqlite":
        holder = sqlite3.connect(url, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")

        def release() -> None:
            time.sleep(2.5)  # well inside the 5 s the others wait for a busy file
            holder.rollback()

        try:
            yield release
        finally:
            holder.close()
        return
    server_url = make_url(url)
    with psycopg.connect(host=server_url.host, port=server_url.port,
                         user=server_url.username, dbname=server_url.database,
                         autocommit=True) as server:
        server.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))

        def unlock() -> None:
            time.sleep(5)  # a server's lock is waited for without a limit
            server.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))

        yield unlock


def test_two_kamdesks_upgrading_at_once_both_succeed_with_one_backup(
    database_url: str, backend: str, tmp_path: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    _at_previous_revision(database_url)
    environment = user_environment(tmp_path)
    with ExitStack() as running:
        # The lock is held while both start, so both read the old revision before waiting
        # for it: a backup taken before the lock would be taken twice.
        release = running.enter_context(_migration_lock_held(database_url, backend))
        runs = [
            running.enter_context(
                start_kamdesk(environment, "--db", database_url, "accounts", "--format", "json")
            )
            for _ in range(2)
        ]
        release()
        results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0, err
        assert [row["name"] for row in json.loads(out)] == ["Alt und Neu GmbH"]
    # The two processes upgrading are the point; reading the revision they left is not (the
    # same command in this process: a whole kamdesk process less, about 1 s of CPU).
    current = kamdesk_in_process("--db", database_url, "db", "current")
    assert current.returncode == 0 and f"head: {head_revision()} (up to date)" in current.stdout
    assert f"current: {head_revision()}" in current.stdout

    if backend == "sqlite":
        before = [b for b in own_backups(Path(database_url)) if b.reason == "before-upgrade"]
        assert len(before) == 1
        assert [err for _code, _out, err in results] == ["", ""]
    else:
        folder = Path(environment["XDG_DATA_HOME"]) / "kamdesk" / "backups"
        dumps = [name for name in os.listdir(folder) if name.endswith(".before-upgrade.json")]
        assert len(dumps) == 1
        said = sorted(err for _code, _out, err in results)
        assert said == ["", f"{UPGRADE_LINE}{folder / dumps[0]}.\n"]
