"""A copy of a file migrated once is what migrating a new file gives (the tests rely on it).

The storage tests and the ``db`` fixture start from copies of one migrated file instead of
running the migrations for every database; that is only sound if the copy and a file
migrated where it lies hold the same schema, revision, rows, header settings and file mode.
"""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path
from typing import Any

from kamdesk.store.database import open_database
from tests.helpers.storage_files import empty_database

HEADER_PRAGMAS = ("application_id", "user_version", "journal_mode", "page_size",
                  "auto_vacuum", "encoding")


def _clauses(sql: str | None) -> list[str]:
    """A table's definition as its sorted clauses: two migrations of the same revision may
    list a recreated table's constraints in another order (Alembic's batch mode)."""
    return sorted(re.split(r",\s*\n\t|\n\)$", sql or ""))


def _contents(path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        schema = [
            (kind, name, table, _clauses(sql)) for kind, name, table, sql in connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            )
        ]
        rows = {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            for (kind, table, _, _) in schema
            if kind == "table" and not table.startswith("sqlite_")
        }
        header = {name: connection.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in HEADER_PRAGMAS}
    finally:
        connection.close()
    return {"schema": schema, "rows": rows, "header": header,
            "mode": stat.S_IMODE(path.stat().st_mode)}


def test_a_copy_of_the_migrated_file_is_a_freshly_migrated_file(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated" / "kamdesk.sqlite3"
    migrated.parent.mkdir()
    open_database(migrated, daily_backup=False).close()
    copied = tmp_path / "copied" / "kamdesk.sqlite3"
    copied.parent.mkdir()

    empty_database(copied)

    assert sorted(p.name for p in copied.parent.iterdir()) == ["kamdesk.sqlite3"]
    assert _contents(copied) == _contents(migrated)
