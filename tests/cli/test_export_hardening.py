"""Issue 12, case 11: exported files are valid and private as asked, and never half-true.

SVG maps are well-formed XML whatever the names hold, PDFs take the permissions the umask
gives, calendar files carry no control characters, a 1 MB profile field is cut with
"(continued in the app)" instead of rendering for minutes, and a plan whose export cannot
be recorded is not written either.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account
from tests.helpers.cli_runs import run_in_process
from tests.helpers.storage_files import make_database

Capture = pytest.CaptureFixture[str]


def account_id(path: Path, name: str = "Brühl AG") -> int:
    with sqlite3.connect(path) as connection:
        (found,) = connection.execute("SELECT id FROM account WHERE name = ?", (name,)).fetchone()
    connection.close()
    return int(found)


@pytest.mark.parametrize("umask", [0o077, 0o022])
def test_an_exported_pdf_follows_the_umask(
    tmp_path: Path, umask: int, capsys: Capture
) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3")
    out = tmp_path / "plan.pdf"
    # The user's umask is this process's while the command runs (restored after), as a
    # process started from the user's shell inherits it: the export's file is made by the
    # same calls, without a whole process (about 1.3 s of CPU) for each umask.
    previous = os.umask(umask)
    try:
        done = run_in_process(capsys, "--db", str(db), "export", "plan", "Brühl AG",
                              "-o", str(out))
    finally:
        os.umask(previous)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_calendar_files_carry_no_control_characters(capsys: Capture, tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    db = open_database(path, daily_backup=False)
    create_action(db, account_id(path), "Call\x00 back\x1b[31m red\x07 now\x7f",
                  {"due_on": date.today() + timedelta(days=3)})
    db.close()
    out = tmp_path / "due.ics"

    assert main(["--db", str(path), "export", "calendar", "-o", str(out)]) == 0

    data = out.read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)
    summaries = [str(e["summary"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert "Call back[31m red now (Brühl AG)" in summaries


@pytest.mark.slow
def test_a_one_megabyte_profile_field_is_cut_in_the_plan(capsys: Capture, tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    db = open_database(path, daily_backup=False)
    with db.session() as session:
        account = session.get(Account, account_id(path))
        assert account is not None
        account.business_plan = ("Wachstum in Asien durch Service. " * 32_000)[:1_000_000]
    db.close()
    out = tmp_path / "plan.pdf"

    assert main(["--db", str(path), "export", "plan", "Brühl AG", "-o", str(out),
                 "--lang", "en"]) == 0

    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert "(continued in the app)" in re.sub(r"\s+", " ", text)
    assert len(reader.pages) < 30


def test_a_plan_whose_export_cannot_be_recorded_is_not_written(
    capsys: Capture, tmp_path: Path
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    with sqlite3.connect(path) as connection:  # the snapshot insert fails, as on a full disk
        connection.execute(
            "CREATE TRIGGER no_snapshots BEFORE INSERT ON plan_snapshot "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    connection.close()
    out = tmp_path / "plan.pdf"

    code = main(["--db", str(path), "export", "plan", "Brühl AG", "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "unexpected" not in err
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))
