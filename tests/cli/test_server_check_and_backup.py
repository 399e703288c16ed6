"""``kamdesk check`` and ``kamdesk backup`` on a team's PostgreSQL server, as real processes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.helpers.cli_runs import CliRun
from tests.helpers.demo_databases import DemoTemplates
from tests.helpers.postgres_server import PostgresServer
from tests.helpers.processes import run_kamdesk
from tests.helpers.server_users import backup_files, server_demo, shared_user_environment

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    return shared_user_environment(tmp_path, monkeypatch)


@pytest.fixture
def demo_url(
    backend: str, postgres_server: PostgresServer, demo_templates: DemoTemplates
) -> Iterator[str]:
    """A server copy of the session's demo of today (``backend`` keeps it a server case)."""
    yield from server_demo(postgres_server, demo_templates)


@pytest.fixture
def dumped_today(
    demo_url: str, environment: dict[str, str], kamdesk_in_process: Callable[..., CliRun]
) -> str:
    """``demo_url`` after the day's first command, which wrote the day's dump.

    The checks are about ``check``, not the dump (the last test here is): run in this
    process, the first command spares the ``check`` process the dump and its imports.
    """
    first = kamdesk_in_process("--db", demo_url, "accounts")
    assert first.returncode == 0, first.stderr
    assert [path.name for path in backup_files(environment) if path.name.endswith(".daily.json")]
    return demo_url


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_check_says_what_it_checked_and_passes_a_sound_database(
    dumped_today: str, environment: dict[str, str]
) -> None:
    checked = run_kamdesk(environment, "--db", dumped_today, "check")
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert [line.strip().split(":")[0] for line in lines[1:5]] == [
        "schema", "constraints", "foreign keys", "id sequences",
    ]
    assert lines[-1] == "All checks passed."
    assert "integrity and foreign keys ok" not in checked.stdout
    assert checked.stderr == ""


def test_check_reports_an_orphan_row_and_a_sequence_behind_and_exits_1(
    dumped_today: str, environment: dict[str, str]
) -> None:
    demo_url = dumped_today
    _execute(
        demo_url,
        "SET LOCAL session_replication_role = replica",
        "UPDATE interaction SET account_id = 999999 WHERE id = (SELECT MIN(id) FROM interaction)",
        "SELECT setval(pg_get_serial_sequence('stakeholder', 'id'), 1)",
    )
    checked = run_kamdesk(environment, "--db", demo_url, "check")
    assert checked.returncode == 1
    assert "1 row(s) of interaction point with account_id at no row of account." in (
        checked.stdout.splitlines()
    )
    assert ("The id sequence of stakeholder is behind its largest id: the next new record "
            "there would be refused as a duplicate.") in checked.stdout.splitlines()
    assert checked.stderr.strip() == "kamdesk: error: the database has 2 problem(s)."
    assert "Traceback" not in checked.stderr


def test_backup_writes_the_dump_into_the_backup_folder_and_load_restores_it(
    demo_url: str, environment: dict[str, str], postgres_server: PostgresServer,
    kamdesk_in_process: Callable[..., CliRun],
) -> None:
    before = set(backup_files(environment))
    made = run_kamdesk(environment, "--db", demo_url, "backup")
    assert made.returncode == 0, made.stderr
    [written] = set(backup_files(environment)) - before
    assert f"Backup written to {written}" in made.stdout
    assert written.name.endswith(".manual.json") and ":" not in written.name
    empty = postgres_server.url(postgres_server.empty_database())
    loaded = run_kamdesk(environment, "--db", empty, "load", str(written))
    assert loaded.returncode == 0, loaded.stderr
    # Backup and load are the point, as real processes; the two listings that compare what
    # they moved run the same command in this process (two whole processes less, ~2 s CPU).
    listed = [kamdesk_in_process("--db", url, "accounts", "--format", "json")
              for url in (demo_url, empty)]
    assert json.loads(listed[0].stdout) == json.loads(listed[1].stdout)
    assert len(json.loads(listed[0].stdout)) == 12


def test_the_first_command_of_the_day_dumps_the_server_database_once(
    demo_url: str, environment: dict[str, str]
) -> None:
    for _ in range(2):
        assert run_kamdesk(environment, "--db", demo_url, "accounts").returncode == 0
    daily = [path for path in backup_files(environment) if path.name.endswith(".daily.json")]
    assert len(daily) == 1
    assert ":" not in daily[0].name
    assert json.loads(daily[0].read_text(encoding="utf-8"))["format"] == "kamdesk-dump"
