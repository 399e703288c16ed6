"""The revisions read from the migration scripts' text agree with Alembic's own reading,
and a database at the newest revision opens without loading Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from kamdesk.store.database import open_database
from kamdesk.store.migration_runner import alembic_config
from kamdesk.store.schema_revisions import (
    RevisionScriptError,
    head_revision,
    known_revisions,
    read_script,
)


def test_revisions_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_a_script_is_read_as_alembic_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "0002_add_things.py"
    path.write_text(
        '"""Add things.\n\nRevision ID: 0002\nRevises: 0001\n"""\n'
        'revision: str = "0002"\n'
        "down_revision: str | None = '0001'\n"
        "branch_labels: str | None = None\n",
        encoding="utf-8",
    )
    script = read_script(path)
    assert (script.revision, script.down_revision) == ("0002", "0001")


def test_a_merge_revision_is_refused_rather_than_guessed(tmp_path: Path) -> None:
    path = tmp_path / "0003_merge.py"
    path.write_text('revision = "0003"\ndown_revision = ("0002a", "0002b")\n', encoding="utf-8")
    with pytest.raises(RevisionScriptError, match="one parent"):
        read_script(path)


def _modules_after_opening(path: Path) -> set[str]:
    program = (
        "import sys\n"
        "from kamdesk.store.database import open_database\n"
        f"open_database({str(path)!r}, daily_backup=False).close()\n"
        "print(' '.join(sorted(name.split('.')[0] for name in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True, timeout=60)
    return set(result.stdout.split())


@pytest.mark.slow
def test_an_up_to_date_database_opens_without_alembic(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()  # created and migrated

    assert "alembic" not in _modules_after_opening(db_path)


@pytest.mark.slow
def test_a_new_database_is_migrated_with_alembic(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"

    assert "alembic" in _modules_after_opening(path)
    db = open_database(path, daily_backup=False)
    try:
        with db.engine.connect() as connection:
            tables = {row[0] for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        db.close()
    assert {"account", "alembic_version"} <= tables
