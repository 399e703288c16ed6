"""The commands a team runs against a shared server, as real processes, on both backends.

The command a test is about runs as the real program; reading the accounts back afterwards
runs the same ``kamdesk accounts`` in the test's process (a whole process less each time,
about 1 s of CPU), and a desk's demo file is a copy of the session's demo.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.profile.account_history_editing import add_interaction
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import open_database
from tests.helpers.cli_runs import CliRun
from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.processes import run_kamdesk, user_environment

pytestmark = pytest.mark.slow
InProcess = Callable[..., CliRun]


def _accounts(kamdesk_in_process: InProcess, database: str) -> list[dict[str, object]]:
    listed = kamdesk_in_process("--db", database, "accounts", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    return list(json.loads(listed.stdout))


def test_demo_then_new_records_work(
    database_url: str, tmp_path: Path, kamdesk_in_process: InProcess
) -> None:
    environment = user_environment(tmp_path)
    made = run_kamdesk(environment, "--db", database_url, "demo", "--accounts", "12")
    assert made.returncode == 0, made.stderr
    db = open_database(database_url, daily_backup=False)
    try:
        account = create_account(db, "Neukunde nach der Demo GmbH")
        create_stakeholder(db, account, {"name": "Erste Person"})
        add_interaction(db, account, {"occurred_on": date(2026, 3, 2),
                                      "kind": InteractionKind.MEETING})
    finally:
        db.close()
    assert len(_accounts(kamdesk_in_process, database_url)) == 13


@pytest.mark.postgres_only  # moving a desk's file onto the team's server
def test_a_desk_dump_loads_into_the_server_and_reads_the_same(
    database_url: str, tmp_path: Path, demo_templates: DemoTemplates,
    kamdesk_in_process: InProcess,
) -> None:
    environment = user_environment(tmp_path)
    # What `kamdesk demo --accounts 12` makes today (its seed is 7), copied.
    desk = str(demo_templates.file_copy(DemoKey(12, 7, date.today()), tmp_path / "desk.sqlite3"))
    dump = tmp_path / "desk.json"
    assert run_kamdesk(environment, "--db", desk, "dump", "-o", str(dump)).returncode == 0
    loaded = run_kamdesk(environment, "--db", database_url, "load", str(dump))
    assert loaded.returncode == 0, loaded.stderr
    assert _accounts(kamdesk_in_process, database_url) == _accounts(kamdesk_in_process, desk)
    db = open_database(database_url, daily_backup=False)
    try:
        create_account(db, "Erster Kunde im Team GmbH")
    finally:
        db.close()


def test_a_missing_driver_is_one_line_naming_what_to_install(tmp_path: Path) -> None:
    assert importlib.util.find_spec("psycopg2") is None, "this test needs psycopg2 absent"
    run = run_kamdesk(user_environment(tmp_path), "--db",
                      "postgresql+psycopg2://team@127.0.0.1:5432/kamdesk", "accounts")
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.count("\n") == 1
    assert 'pip install "kamdesk[postgres]"' in run.stderr and "psycopg2" in run.stderr
    assert "Traceback" not in run.stderr and "unexpected" not in run.stderr
