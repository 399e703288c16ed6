"""``kamdesk export calendar``: the file, its events, and one-line errors."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from kamdesk.cli import main
from kamdesk.services.common.row_editing import create_row
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account
from tests.helpers.storage_files import empty_database

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def filled(db_path: Path) -> tuple[Path, int, int]:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    account, _ = create_row(db, Account, {"name": "Brühl Präzisionsteile AG"})
    action = create_action(
        db, account, "Angebot schicken", {"due_on": date.today() + timedelta(days=3)}
    )
    db.close()
    return db_path, account, action


def test_writes_an_ics_file(filled: tuple[Path, int, int], tmp_path: Path, capsys: Capture) -> None:
    db_path, account, action = filled
    out = tmp_path / "reviews.ics"
    code = main(["--db", str(db_path), "export", "calendar", "-o", str(out)])
    assert code == 0
    assert "2 events written" in capsys.readouterr().out
    uids = {str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert uids == {f"review-{account}@kamdesk", f"action-{action}@kamdesk"}


def test_german_summaries_with_lang(
    filled: tuple[Path, int, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, _account, _action = filled
    out = tmp_path / "termine.ics"
    assert main(["--db", str(db_path), "--lang", "de", "export", "calendar", "-o", str(out)]) == 0
    assert "Plan-Review fällig: Brühl Präzisionsteile AG" in out.read_bytes().decode()


def test_wrong_extension_is_one_line_error(
    filled: tuple[Path, int, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, _account, _action = filled
    code = main(["--db", str(db_path), "export", "calendar", "-o", str(tmp_path / "x.txt")])
    err = capsys.readouterr().err
    assert code == 1
    assert ".ics" in err and err.count("\n") == 1
    assert not (tmp_path / "x.txt").exists()


def test_output_is_required(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export", "calendar"])
    assert raised.value.code == 2
