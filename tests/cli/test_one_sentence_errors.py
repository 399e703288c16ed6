"""Issue 12, case 10: every storage failure reaches the user as one sentence, not a traceback.

"unexpected" (with a log path) is kept for real bugs; a flipped byte, a doubled revision,
a value kamdesk does not know or a damaged index are none of those.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.cli_runs import CliRun
from tests.helpers.storage_files import (
    broken_index_record,
    broken_schema_with_unreadable_name,
    make_database,
    set_column_bytes,
    stale_index,
)

InProcess = Callable[..., CliRun]


def two_revisions(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("INSERT INTO alembic_version SELECT version_num || 'b' FROM alembic_version")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def platinum_tier(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("UPDATE account SET tier = 'platinum'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def unreadable_text(path: Path) -> None:
    set_column_bytes(path, "account", "name", b"Br\xfchl AG")


DAMAGE: list[object] = [
    pytest.param(broken_schema_with_unreadable_name, id="schema-name-not-utf8"),
    pytest.param(two_revisions, id="two-alembic-revisions"),
    pytest.param(platinum_tier, id="unknown-enum-value"),
    pytest.param(broken_index_record, id="index-record-malformed"),
    pytest.param(stale_index, id="row-missing-from-index"),
    pytest.param(unreadable_text, id="text-not-utf8"),
]


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize(
    "command", [["accounts"], ["portfolio"], ["check"], ["db", "current"], ["backup"]]
)
def test_a_damaged_file_is_one_sentence_on_every_command(
    kamdesk_in_process: InProcess, tmp_path: Path, damage: Callable[[Path], None],
    command: list[str],
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    damage(path)

    code, out, err = kamdesk_in_process("--db", str(path), *command)

    if code == 0:  # text damage SQLite cannot see may be read; it must not crash either
        assert err == ""
        return
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith("kamdesk: error: ") and "unexpected" not in err
    assert "Traceback" not in err + out


@pytest.mark.parametrize("damage", [broken_schema_with_unreadable_name, two_revisions,
                                    platinum_tier, broken_index_record, stale_index])
def test_damage_is_refused_before_anything_is_written(
    kamdesk_in_process: InProcess, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    damage(path)
    before = path.read_bytes()
    code, _, err = kamdesk_in_process("--db", str(path), "accounts")
    assert code == 1 and "left untouched" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kamdesk.sqlite3"]
