"""``kamdesk person erase|export`` on a team's PostgreSQL server: the user's own dumps of it.

The dumps this kamdesk wrote into the user's backup folder (the day's first command's
``daily`` and a ``manual`` one) still hold the person after an erasure. The command names
them as server dumps, with their times, and ``--purge-backups`` purges them; a damaged dump
is named in one line and left byte-for-byte. ``person export`` (an access request) lists the
same dumps in its PDF and JSON, a damaged one as unreadable. The purge and the PDF export are
the user's experience, so they run as real processes; the rest runs ``main()`` in-process.
"""

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
from tests.reports.pdf_helpers import squeezed

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]

ACCOUNT = "Brühl Präzisionsteile AG"


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    return shared_user_environment(tmp_path, monkeypatch)


@pytest.fixture
def demo_url(
    backend: str, postgres_server: PostgresServer, demo_templates: DemoTemplates
) -> Iterator[str]:
    """A server copy of the session's demo of today (``backend`` keeps it a server case)."""
    yield from server_demo(postgres_server, demo_templates)


def person(url: str, number: int = 0) -> tuple[str, str, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            row = connection.execute(text(
                "SELECT s.name, s.email, s.phone FROM stakeholder s JOIN account a "
                "ON a.id = s.account_id WHERE a.name = :account AND s.email <> '' "
                "AND s.phone <> '' ORDER BY s.id LIMIT 1 OFFSET :number"
            ), {"account": ACCOUNT, "number": number}).one()
    finally:
        engine.dispose()
    return row[0], row[1], row[2]


def test_erase_with_purge_purges_the_users_dumps_and_names_a_damaged_one(
    demo_url: str, environment: dict[str, str], postgres_server: PostgresServer,
    kamdesk_in_process: Callable[..., CliRun],
) -> None:
    name, email, phone = person(demo_url)
    # The day's first command takes the daily dump.
    accounts_before = kamdesk_in_process("--db", demo_url, "accounts", "--format", "json")
    made = kamdesk_in_process("--db", demo_url, "backup")
    assert made.returncode == 0, made.stderr
    reasons = [path.name.rsplit(".", 2)[1] for path in backup_files(environment)]
    assert reasons == ["daily", "manual"]
    damaged = kamdesk_in_process("--db", demo_url, "backup")
    assert damaged.returncode == 0, damaged.stderr
    broken = backup_files(environment)[-1]
    broken.write_bytes(broken.read_bytes()[:-100])
    kept = broken.read_bytes()

    run = run_kamdesk(environment, "--db", demo_url, "person", "erase", ACCOUNT, name,
                      "--yes", "--purge-backups")

    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert f"Erased {name}: the record is now 'Former contact 1'." in run.stdout
    assert "Erased them from 2 of 2 server dumps holding them." in run.stdout
    assert (f"  The server dump {broken.name} is damaged or not a kamdesk dump; it was left "
            "as it was.") in run.stdout.splitlines()
    assert broken.read_bytes() == kept
    purged = [path for path in backup_files(environment) if path != broken]
    assert len(purged) == 2
    for path in purged:
        content = path.read_bytes()
        assert email.encode() not in content and phone.encode() not in content

    # A purged dump restores the portfolio into an empty database.
    empty = postgres_server.url(postgres_server.empty_database())
    loaded = kamdesk_in_process("--db", empty, "load", str(purged[-1]))
    assert loaded.returncode == 0, loaded.stderr
    accounts_after = kamdesk_in_process("--db", empty, "accounts", "--format", "json")
    assert accounts_after.stdout == accounts_before.stdout


def test_erase_without_purge_names_the_server_dumps_that_still_hold_them(
    demo_url: str, environment: dict[str, str], kamdesk_in_process: Callable[..., CliRun],
) -> None:
    name, _email, _phone = person(demo_url, 1)
    assert kamdesk_in_process("--db", demo_url, "accounts").returncode == 0  # the daily dump
    assert kamdesk_in_process("--db", demo_url, "backup").returncode == 0

    asked = kamdesk_in_process("--db", demo_url, "person", "erase", ACCOUNT, name,
                               "--purge-backups")
    assert asked.returncode == 1
    assert "in the database and its plan snapshots and from 2 server dumps;" in asked.stderr

    run = kamdesk_in_process("--db", demo_url, "person", "erase", ACCOUNT, name, "--yes")

    assert run.returncode == 0, run.stderr
    assert "2 server dumps made before still hold them (" in run.stdout
    assert all(name.encode() in path.read_bytes() for path in backup_files(environment))

    # What it says to run purges them: the erased person is found there by their row.
    command = run.stdout.split("to erase them there too, run: kamdesk ", 1)[1].splitlines()[0]
    assert command == f"person erase {ACCOUNT} 'Former contact 1' --yes --purge-backups"
    again = kamdesk_in_process("--db", demo_url, "person", "erase", ACCOUNT,
                               "Former contact 1", "--yes", "--purge-backups")
    assert again.returncode == 0, again.stderr
    assert "Erased them from 2 of 2 server dumps holding them." in again.stdout
    assert not any(name.encode() in path.read_bytes() for path in backup_files(environment))


def test_export_lists_the_users_dumps_holding_the_person_and_names_a_damaged_one(
    demo_url: str, environment: dict[str, str], tmp_path: Path,
    kamdesk_in_process: Callable[..., CliRun],
) -> None:
    name, _email, _phone = person(demo_url, 2)
    assert kamdesk_in_process("--db", demo_url, "accounts").returncode == 0  # the daily dump
    assert kamdesk_in_process("--db", demo_url, "backup").returncode == 0
    assert kamdesk_in_process("--db", demo_url, "backup").returncode == 0
    daily, manual, broken = backup_files(environment)
    broken.write_bytes(broken.read_bytes()[:-100])
    kept = broken.read_bytes()
    pdf = tmp_path / "auskunft.pdf"

    run = run_kamdesk(environment, "--db", demo_url, "--lang", "de", "person", "export",
                      ACCOUNT, name, "-o", str(pdf))

    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"Wrote what we hold about {name} (")
    assert lines[0].endswith(f"copies holding them) to {pdf}.")
    assert lines[1:] == [f"  The server dump {broken.name} could not be read, so it may hold "
                         "them too; the file lists it as unreadable."]
    printed = squeezed(pdf.read_bytes())
    for expected in ("Server-Dump(täglich)", daily.name, "Server-Dump(vonHand)", manual.name,
                     f"{broken.name}Nichtlesbar,kannalsoDatendieserPersonenthalten."):
        assert expected in printed, expected
    assert broken.read_bytes() == kept

    # The JSON names the same dumps, each with its kind, ISO time and reason.
    target = tmp_path / "auskunft.json"
    again = kamdesk_in_process("--db", demo_url, "person", "export", ACCOUNT, name,
                               "-o", str(target))
    assert again.returncode == 0, again.stderr
    copies = json.loads(target.read_text(encoding="utf-8"))["copies"]
    listed = [(c["kind"], c["reason"], c["where"]) for c in copies if c["kind"] != "plan_snapshot"]
    assert listed == [("server_dump", "daily", daily.name), ("server_dump", "manual", manual.name),
                      ("unreadable_server_dump", "manual", broken.name)]
    copies_holding = len(copies) - 1
    assert f"{copies_holding} copies holding them) to {target}." in again.stdout
