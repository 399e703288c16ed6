"""Two kamdesks opening one empty database at the same moment: both succeed, schema once.

On PostgreSQL the migrations run under an advisory lock, so the second waits and then finds
the schema at head; before, one of them failed creating ``alembic_version``. A SQLite file
is built under a hidden name and linked into place, so the loser opens the winner's file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import psycopg
import pytest

from kamdesk.store.migration_runner import MIGRATION_LOCK_KEY
from kamdesk.store.schema_revisions import head_revision
from tests.helpers.cli_runs import CliRun
from tests.helpers.postgres_server import PostgresServer
from tests.helpers.processes import start_kamdesk, user_environment

pytestmark = pytest.mark.slow


@pytest.fixture
def empty_database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What ``--db`` names for a database that holds no schema at all yet."""
    if backend == "postgres":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = server.empty_database()
        request.addfinalizer(lambda: server.drop(name))
        return server.url(name)
    return str(tmp_path / "new.sqlite3")


def test_two_first_opens_at_once_both_succeed(
    empty_database: str, tmp_path: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    environment = user_environment(tmp_path)
    with ExitStack() as running:
        runs = [
            running.enter_context(
                start_kamdesk(environment, "--db", empty_database, "accounts", "--format", "json")
            )
            for _ in range(3)
        ]
        results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert (code, err) == (0, ""), err
        assert json.loads(out) == []
    # The processes racing are the point; reading the revision they left is not (the same
    # command in this process: a whole kamdesk process less, about 1 s of CPU).
    current = kamdesk_in_process("--db", empty_database, "db", "current")
    assert current.returncode == 0 and head_revision() in current.stdout


@pytest.mark.postgres_only  # the advisory lock is PostgreSQL's
def test_a_migration_waits_for_the_lock_another_holds(
    postgres_server: PostgresServer, empty_database: str, tmp_path: Path
) -> None:
    name = empty_database.rsplit("/", 1)[1]
    with psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres",
                         dbname=name, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
        with start_kamdesk(
            user_environment(tmp_path), "--db", empty_database, "accounts"
        ) as opening:
            time.sleep(4)  # far longer than the migrations take on their own
            assert opening.poll() is None
            tables = holder.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert tables.fetchone() == (0,)
            holder.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))
            assert opening.wait(timeout=120) == 0
            assert opening.communicate()[1] == ""
