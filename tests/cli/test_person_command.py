"""``kamdesk person export|erase`` as a user runs them: real processes, an empty home.

Each command's first run is the real program: ``erase`` without ``--yes`` (the one-line
error as the shell sees it), ``erase --purge-backups`` and ``export`` to JSON. What is about
the arguments and the data, not the process (a wrong account, person or file name, a shared
name, a second erase, the second export format, a missing action) runs ``main()`` in the
test's process: the same parser, handler and exit code, without a whole process each.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kamdesk.store.backup_files import backup_folder
from tests.helpers.cli_runs import CliRun
from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.processes import run_kamdesk, user_environment

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

ACCOUNT = "Brühl Präzisionsteile AG"


@pytest.fixture
def demo(tmp_path: Path, demo_templates: DemoTemplates) -> Path:
    path = tmp_path / "desk" / "kunden.sqlite3"
    path.parent.mkdir()
    return demo_templates.file_copy(DemoKey(accounts=12, seed=7, today=date.today()), path)


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    return user_environment(tmp_path / "user")


def person(path: Path, number: int = 0) -> tuple[int, str, str, str]:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT s.id, s.name, s.email, s.phone FROM stakeholder s JOIN account a "
            "ON a.id = s.account_id WHERE a.name = ? ORDER BY s.id LIMIT 1 OFFSET ?",
            (ACCOUNT, number),
        ).fetchone()
    finally:
        connection.close()
    return int(row[0]), row[1], row[2], row[3]


def one_line_error(run: subprocess.CompletedProcess[str] | CliRun, code: int = 1) -> str:
    assert run.returncode == code, run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    return run.stderr


def all_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_erase_without_yes_says_what_it_would_do_and_changes_nothing(
    demo: Path, environment: dict[str, str]
) -> None:
    _id, name, _email, _phone = person(demo)
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    run = run_kamdesk(environment, "--db", str(demo), "person", "erase", ACCOUNT, name)
    line = one_line_error(run)
    assert f"This would replace {name}'s name" in line and "cannot be undone" in line
    assert "--yes" in line
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before


def test_erase_with_purge_leaves_no_trace_in_the_folder_and_lists_the_mentions(
    demo: Path, environment: dict[str, str]
) -> None:
    key, name, email, phone = person(demo)
    connection = sqlite3.connect(demo)
    connection.execute(
        "INSERT INTO action_item (account_id, title, done, shared_with_client, notes, "
        "version, created_at, updated_at) SELECT account_id, ?, 0, 0, '', 1, "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM stakeholder WHERE id = ?",
        (f"Lunch with {name}", key),
    )
    connection.commit()
    connection.close()

    run = run_kamdesk(environment, "--db", str(demo), "person", "erase", ACCOUNT, name,
                      "--yes", "--purge-backups")

    assert run.returncode == 0, run.stderr
    assert f"Erased {name}: the record is now 'Former contact 1'." in run.stdout
    assert "Erased them from 1 of 1 backups holding them." in run.stdout  # the day's backup
    assert "1 texts still name them; edit them by hand:" in run.stdout
    assert "action_item" in run.stdout and f"Lunch with {name}" in run.stdout
    folder = all_bytes(demo.parent)
    assert list(backup_folder(demo).iterdir())  # the backup is still there, purged
    for term in (email, phone):
        assert term.encode() not in folder, term
    # The name is only where the KAM must edit it: the action's title.
    assert folder.count(name.encode()) == folder.count(f"Lunch with {name}".encode())


def test_erase_without_purge_names_the_backups_that_still_hold_them(
    demo: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    _id, name, _email, _phone = person(demo, 1)
    run = kamdesk_in_process("--db", str(demo), "person", "erase", "1", name, "--yes")
    assert run.returncode == 0, run.stderr
    assert "1 backups made before still hold them (" in run.stdout
    assert "--purge-backups" in run.stdout
    backup = next(backup_folder(demo).iterdir())
    assert name.encode() in backup.read_bytes()
    assert name.encode() not in demo.read_bytes()
    # What it says to run purges the backup: the erased person is found there by their row.
    assert "to erase them there too, run: kamdesk person erase 1 'Former contact 1' --yes " \
        "--purge-backups" in run.stdout
    again = kamdesk_in_process("--db", str(demo), "person", "erase", "1", "Former contact 1",
                               "--yes", "--purge-backups")
    assert again.returncode == 0, again.stderr
    assert "Erased them from 1 of 1 backups holding them." in again.stdout
    assert name.encode() not in backup.read_bytes()


def test_export_writes_json_and_pdf(
    demo: Path, environment: dict[str, str], tmp_path: Path,
    kamdesk_in_process: Callable[..., CliRun],
) -> None:
    _id, name, email, _phone = person(demo, 2)
    target = tmp_path / "auskunft.json"
    run = run_kamdesk(environment, "--db", str(demo), "person", "export", ACCOUNT, name,
                      "-o", str(target))
    assert run.returncode == 0, run.stderr
    assert f"Wrote what we hold about {name} (" in run.stdout
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["name"], data["email"]) == (name, email)
    pdf = tmp_path / "auskunft.pdf"
    as_pdf = kamdesk_in_process("--db", str(demo), "--lang", "de", "person", "export",
                                ACCOUNT, name, "-o", str(pdf))
    assert as_pdf.returncode == 0, as_pdf.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["export", "Nowhere AG", "X", "-o", "{out}/x.json"], "no account"),
        (["export", ACCOUNT, "Nobody", "-o", "{out}/x.json"], "has no stakeholder named"),
        (["export", ACCOUNT, "Nobody", "-o", "{out}/x.txt"], "Name the file"),
        (["export", ACCOUNT, "Nobody", "-o", "{out}/missing/x.json"], "does not exist"),
        (["erase", ACCOUNT, "Nobody", "--yes"], "has no stakeholder named"),
    ],
)
def test_errors_are_one_line(
    demo: Path, kamdesk_in_process: Callable[..., CliRun], tmp_path: Path, arguments: list[str],
    message: str,
) -> None:
    given = [argument.replace("{out}", str(tmp_path)) for argument in arguments]
    run = kamdesk_in_process("--db", str(demo), "person", *given)
    assert message in one_line_error(run)


def test_a_name_two_people_share_is_refused_with_their_ids(
    demo: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    key, name, _email, _phone = person(demo)
    connection = sqlite3.connect(demo)
    connection.execute(
        "INSERT INTO stakeholder (account_id, name, title, department, email, phone, influence,"
        " attitude, relationship_strength, notes, source, lawful_basis, version, created_at,"
        " updated_at) SELECT account_id, name, '', '', '', '', 3, 'neutral', 3, '', '', '', 1,"
        " created_at, updated_at FROM stakeholder WHERE id = ?", (key,))
    connection.commit()
    connection.close()
    run = kamdesk_in_process("--db", str(demo), "person", "erase", ACCOUNT, name, "--yes")
    assert f"has 2 stakeholders named {name!r}; name one by its id ({key}, " in one_line_error(run)


def test_a_missing_action_is_a_usage_error(
    demo: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    run = kamdesk_in_process("--db", str(demo), "person")
    assert run.returncode == 2 and "ACTION" in run.stderr
