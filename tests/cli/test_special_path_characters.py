"""Issue 12, case 1: ``#``, ``?``, ``%``, spaces, umlauts and emoji in folder and file names.

Each command must use exactly the file the user named, back up its real content, and leave
no stray file elsewhere (a "Kunden " next to "Kunden #2", a ``db`` for ``db?x.sqlite3``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers.cli_runs import run_in_process
from tests.helpers.storage_files import account_names, make_database, run_kamdesk

Capture = pytest.CaptureFixture[str]

NAMES = [
    pytest.param("Kunden #2", "kamdesk.sqlite3", id="hash-in-folder"),
    pytest.param("plain", "db?x.sqlite3", id="question-mark-in-file"),
    pytest.param("plain", "a%41b.sqlite3", id="percent-in-file"),
    pytest.param("Größe 😀 100%", "Kundenplan #1 ü?.sqlite3", id="everything"),
]


@pytest.mark.parametrize(("folder_name", "file_name"), NAMES)
def test_every_storage_command_uses_the_named_file(
    capsys: Capture, tmp_path: Path, folder_name: str, file_name: str
) -> None:
    folder = tmp_path / folder_name
    folder.mkdir()
    path = make_database(folder / file_name)
    db = str(path)

    for argv in (["accounts"], ["db", "current"], ["db", "upgrade"], ["check"]):
        code, out, err = run_in_process(capsys, "--db", db, *argv)
        assert (code, err) == (0, ""), argv
    code, out, _ = run_in_process(capsys, "--db", db, "accounts", "--format", "csv")
    assert "Brühl AG" in out and "Kessler Inc." in out

    code, out, err = run_in_process(capsys, "--db", db, "backup")
    assert (code, err) == (0, "")
    automatic = Path(out.strip().removeprefix("Backup written to "))
    assert automatic.parent == folder / "backups"
    assert account_names(automatic) == ["Brühl AG", "Kessler Inc."]

    copy = folder / f"copy of {file_name}"
    code, _, err = run_in_process(capsys, "--db", db, "backup", "-o", str(copy))
    assert (code, err) == (0, "")
    assert account_names(copy) == ["Brühl AG", "Kessler Inc."]

    with sqlite3.connect(f"{path.as_uri()}", uri=True) as connection:
        connection.execute("DELETE FROM account WHERE name = 'Kessler Inc.'")
    connection.close()
    code, _, err = run_in_process(capsys, "--db", db, "restore", str(copy))
    assert (code, err) == (0, "")
    assert account_names(path) == ["Brühl AG", "Kessler Inc."]

    # The daily backup taken on open holds the real data too.
    daily = sorted((folder / "backups").glob("*daily*"))
    assert daily and all(account_names(p) == ["Brühl AG", "Kessler Inc."] for p in daily)
    # Nothing appeared outside the folder, and inside only what the commands made.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({folder_name})
    assert sorted(p.name for p in folder.iterdir()) == sorted(["backups", file_name, copy.name])


@pytest.mark.slow  # every export and exchange format, four times: about 15 s
@pytest.mark.parametrize(("folder_name", "file_name"), NAMES)
def test_exports_read_the_named_file(
    capsys: Capture, tmp_path: Path, folder_name: str, file_name: str
) -> None:
    folder = tmp_path / folder_name
    folder.mkdir()
    db = str(make_database(folder / file_name))
    for argv in (
        ["plan", "Brühl AG"],
        ["portfolio"],
        ["export", "plan", "Brühl AG", "-o", str(folder / "plan #1.pdf")],
        ["export", "brief", "Brühl AG", "-o", str(folder / "brief ?.pdf")],
        ["export", "portfolio", "-o", str(folder / "portfolio %41.pdf")],
        ["export", "map", "Brühl AG", "-o", str(folder / "map 😀.svg")],
        ["export", "calendar", "-o", str(folder / "kalender ü.ics")],
        ["export", "plan", "Brühl AG", "-o", str(folder / "plan #2?.docx")],
        ["export", "deck", "Brühl AG", "-o", str(folder / "deck %41.pptx")],
        ["export", "workbook", "-o", str(folder / "mappe #1.xlsx")],
        ["dump", "-o", str(folder / "dump ?#.json")],
    ):
        code, _, err = run_in_process(capsys, "--db", db, *argv)
        assert (code, err) == (0, ""), argv
    assert {"plan #1.pdf", "brief ?.pdf", "portfolio %41.pdf", "map 😀.svg", "kalender ü.ics",
            "plan #2?.docx", "deck %41.pptx", "mappe #1.xlsx", "dump ?#.json"} <= {
        p.name for p in folder.iterdir()}

    # Reading files in: a dry-run import, and a load into a new database in such a folder.
    table = folder / "neue Kunden #3 ?.csv"
    table.write_text("name,industry\nZeller KG,Maschinenbau\n", encoding="utf-8")
    code, _, err = run_in_process(capsys, "--db", db, "import", "accounts", str(table), "--dry-run")
    assert (code, err) == (0, "")
    fresh = folder / "geladen %41 #.sqlite3"
    code, _, err = run_in_process(capsys, "--db", str(fresh), "load", str(folder / "dump ?#.json"))
    assert (code, err) == (0, "")
    assert account_names(fresh) == ["Brühl AG", "Kessler Inc."]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder_name]


@pytest.mark.slow
def test_demo_and_restore_as_a_user_runs_them(tmp_path: Path) -> None:
    folder = tmp_path / "Kunden #2 ?x %41 Größe 😀"
    folder.mkdir()
    db = folder / "kamdesk #1?.sqlite3"

    done = run_kamdesk("--db", str(db), "demo")
    assert done.returncode == 0, done.stderr
    assert len(account_names(db)) == 48
    done = run_kamdesk("--db", str(db), "backup")
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.strip().removeprefix("Backup written to "))
    assert len(account_names(backup)) == 48
    done = run_kamdesk("--db", str(db), "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert len(account_names(db)) == 48
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
    assert not (folder / "kamdesk #1").exists() and not (tmp_path / "Kunden ").exists()
