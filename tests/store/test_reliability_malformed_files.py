"""Reliability: over 200 malformed files, each refused with one sentence and left untouched.

Every case (truncated, bit-flipped, foreign, newer, empty, a folder, unreadable, kamdesk's
own bookkeeping damaged) lies alone in its folder and meets one of kamdesk's commands, the
way a user would point ``--db`` at it or ``restore`` from it. The command must exit 1 with
one line on stderr that is not an "unexpected" error, and the folder must afterwards hold
exactly the same bytes: no side file, no backups folder, no copy. A flipped bit that SQLite
cannot see (inside a name) may be accepted, but must not crash anything either.
"""

from __future__ import annotations

import itertools
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.store import sqlite_files
from tests.helpers.malformed_files import MalformedCase, cases, malformed_by_sqlite
from tests.helpers.storage_files import folder_state, make_database

pytestmark = pytest.mark.slow

Capture = pytest.CaptureFixture[str]
MINIMUM_REFUSED = 200
UNREADABLE = 10


def commands(db: Path, good_target: Path, elsewhere: Path) -> list[list[str]]:
    """The commands the cases take turns with; the last reads the case as a backup."""
    return [
        ["--db", str(db), "accounts"],
        ["--db", str(db), "check"],
        ["--db", str(db), "db", "current"],
        ["--db", str(db), "backup"],
        ["--db", str(db), "portfolio"],
        ["--db", str(db), "export", "calendar", "-o", str(elsewhere / "due.ics")],
        ["--db", str(good_target), "restore", str(db)],
    ]


def refused_untouched(capsys: Capture, argv: list[str], folders: list[Path]) -> bool:
    """Run one command; True if it refused as promised, False if it accepted the file."""
    before = [folder_state(folder) for folder in folders]
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if code == 0:
        assert err == ""
        return False
    assert code == 1, (argv, err)
    assert err.count("\n") == 1 and err.startswith("kamdesk: error: "), err
    assert "unexpected" not in err, err
    assert [folder_state(folder) for folder in folders] == before, (argv, err)
    return True


def test_malformed_files_are_refused_with_one_sentence_and_left_untouched(
    capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good").mkdir()
    good = make_database(tmp_path / "good" / "kamdesk.sqlite3")
    target_folder = tmp_path / "target"
    target_folder.mkdir()
    target = make_database(target_folder / "kamdesk.sqlite3")
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    refused: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    turn = itertools.count()
    for index, case in enumerate(cases(good)):
        folder = tmp_path / f"case-{index}"
        folder.mkdir()
        path = folder / "kamdesk.sqlite3"
        case.build(path)
        must_refuse = case.category != "bit-flipped" or malformed_by_sqlite(path)
        argv = commands(path, target, elsewhere)[next(turn) % 7]
        if refused_untouched(capsys, argv, [folder, target_folder]):
            refused[case.category] += 1
        else:
            assert not must_refuse, f"{case.name} was accepted by {argv[2:]}"
            accepted[case.category] += 1

    for index, case in enumerate(unreadable_cases(good)):
        folder = tmp_path / f"unreadable-{index}"
        folder.mkdir()
        path = folder / "kamdesk.sqlite3"
        case.build(path)
        path.chmod(0)
        with monkeypatch.context() as patch:
            if os.geteuid() == 0:  # root reads anything: answer as an ordinary user would be
                patch.setattr(sqlite_files.os, "access",
                              lambda p, mode, _path=path: Path(p) != _path)
            argv = commands(path, target, elsewhere)[index % 6]
            assert refused_untouched(capsys, argv, [folder]), case.name
        assert stat.S_IMODE(path.stat().st_mode) == 0
        refused[case.category] += 1

    print(f"refused {sum(refused.values())} {dict(refused)}; accepted {dict(accepted)}")
    assert sum(refused.values()) >= MINIMUM_REFUSED, refused
    assert set(refused) == {"truncated", "bit-flipped", "foreign", "newer", "empty", "folder",
                            "unreadable", "kamdesk-damage"}


def unreadable_cases(good: Path) -> list[MalformedCase]:
    """Good and foreign files the user may not read."""
    made = list(cases(good))
    foreign = [c for c in made if c.category == "foreign"][:UNREADABLE // 2]
    copies = [MalformedCase("unreadable", f"good-{i}", lambda p: p.write_bytes(good.read_bytes()))
              for i in range(UNREADABLE - len(foreign))]
    return copies + [MalformedCase("unreadable", c.name, c.build) for c in foreign]
