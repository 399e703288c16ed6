"""Making, damaging and photographing database files for the storage tests.

Every helper works on plain files with the ``sqlite3`` module (or bytes), never through
kamdesk's own opening code, so that a test sees what kamdesk really did to a file.
"""

from __future__ import annotations

import atexit
import functools
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from kamdesk.domain.enums import Tier
from kamdesk.services.common.row_editing import create_row
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import Account, Offering, TeamMember
from kamdesk.store.orm.base import Versioned
from tests.helpers.demo_databases import copy_database_file

OFFERINGS = ("Wartung", "Schulung", "Ersatzteile")


def empty_database(path: Path) -> Path:
    """A new, migrated, empty kamdesk database at ``path``: a copy of this process's template.

    Running the migrations took about a second a file on a busy machine, and the storage
    tests make dozens of files; a copy of a file migrated once is the same file (the fixture
    ``db`` in tests/conftest.py relies on that too).
    """
    return copy_database_file(migrated_template_file(), path)


@functools.cache
def migrated_template_file() -> Path:
    """This process's empty database at the newest revision, made once; copy it, never open it."""
    path = Path(_TEMPLATE_FOLDER.name) / "migrated.sqlite3"
    open_database(path, daily_backup=False).close()  # closing checkpoints the WAL into the file
    return path


#: Removed when the process ends: explicitly, at exit (left to its finalizer, the folder's
#: removal printed a ResourceWarning at the end of every worker's run).
_TEMPLATE_FOLDER = tempfile.TemporaryDirectory(prefix="kamdesk-migrated-")
atexit.register(_TEMPLATE_FOLDER.cleanup)


def make_database(path: Path, accounts: tuple[str, ...] = ("Brühl AG", "Kessler Inc.")) -> Path:
    """A kamdesk database with a team member, offerings and the named accounts, folded."""
    db = open_database(empty_database(path), daily_backup=False)
    try:
        owner, _ = create_row(db, TeamMember, {"name": "Jörg Weiß"})
        for name in accounts:
            create_row(db, Account, {"name": name, "tier": Tier.KEY, "owner_id": owner})
        for name in OFFERINGS:
            create_row(db, Offering, {"name": name})
    finally:
        db.close()
    fold_wal(path)
    return path


def fold_wal(path: Path) -> None:
    """Checkpoint the WAL into the file, leaving no side files behind."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def account_names(path: Path) -> list[str]:
    """The account names in a database file, read with plain sqlite3, leaving no side files."""
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-journal")]
    query = "mode=ro" if any(side.exists() for side in sides) else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?{query}", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM account ORDER BY name")]
    finally:
        connection.close()


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every file below ``folder`` by relative name, with its bytes (None for a folder)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


def stale_index(
    path: Path, index: str = "ix_account_owner_id", change: str = "owner_id = NULL"
) -> None:
    """Damage ``path`` the way a torn write does: an index that no longer matches its table.

    SQLite's quick check passes such a file; only the full integrity check finds "row …
    missing from index". The index is hidden from SQLite while ``change`` is made to the
    table (it must touch the index's column).
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        row = connection.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?",
            (index,),
        ).fetchone()
        assert row is not None, f"no index {index}"
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("DELETE FROM sqlite_master WHERE name = ?", (index,))
    finally:
        connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"UPDATE account SET {change}")
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
    finally:
        connection.close()


def run_kamdesk(*argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real ``kamdesk`` program as a user starts it."""
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *argv],
        capture_output=True, text=True, timeout=timeout, check=False,
    )


def broken_schema_with_unreadable_name(path: Path) -> None:
    """Add a table whose schema entry is cut short and whose name is not valid UTF-8.

    SQLite's error message then quotes those bytes: the way a flipped bit in the schema page
    surfaces. Every statement on the file fails.
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute('CREATE TABLE "notizen_ä" (text TEXT)')
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE TABLE \"notizen_ä\" (text TEXT,' "
            "WHERE name = 'notizen_ä'"
        )
    finally:
        connection.close()
    data = path.read_bytes()
    path.write_bytes(data.replace("notizen_ä".encode(), b"notizen\xcc()"))


def broken_index_record(path: Path, index: str = "sqlite_autoindex_offering_1") -> None:
    """Damage the first entry of an index so that only the full integrity check reads it.

    SQLite's quick check passes; ``integrity_check`` then fails with "database disk image is
    malformed" instead of listing a problem.
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    page = (root - 1) * page_size
    assert data[page] == 0x0A, "the index must fit on one leaf page"
    first_cell = int.from_bytes(data[page + 8 : page + 10], "big")
    data[page + first_cell + 2] = 0xFF
    path.write_bytes(bytes(data))


def set_column_bytes(path: Path, table: str, column: str, value: bytes) -> None:
    """Store raw bytes as the TEXT of the first row's column (not valid UTF-8, if so chosen)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(
            f"UPDATE {table} SET {column} = CAST(? AS TEXT) "
            f"WHERE rowid = (SELECT min(rowid) FROM {table})",
            (value,),
        )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def version_of(db: Database, model: type[Versioned], row_id: int) -> int:
    """The row's current version (versions come from a clock: never assume 1)."""
    with db.session() as session:
        row = session.get(model, row_id)
        assert row is not None
        return row.version
