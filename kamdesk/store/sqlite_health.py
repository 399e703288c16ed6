"""SQLite's own integrity checks, run on a connection and turned into plain problem lines."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.errors import LockedDatabaseError
from kamdesk.store.sqlite_uri import connect_uri

# How many problems SQLite lists before it stops looking (the first one is what we show).
PROBLEM_LIMIT = 20


def integrity_problems(
    connection: sqlite3.Connection, path: Path, thorough: bool = True
) -> list[str]:
    """What ``integrity_check`` (``thorough``) or ``quick_check`` finds; empty: all is well.

    The quick check skips comparing index entries with their rows, so a damaged index
    passes it; the full check reads every page. A file SQLite cannot even read is reported
    as a problem, not raised: the caller decides what it means.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({PROBLEM_LIMIT})").fetchall()
    except sqlite3.OperationalError as error:
        if is_lock_error(error):
            raise locked_error(path) from error
        return [str(error)]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    """Rows that refer to a row that does not exist."""
    return [
        f"row {rowid} of {table} refers to a missing {parent}"
        for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check")
    ]


def is_lock_error(error: BaseException) -> bool:
    """True for SQLite's "database is locked" and "busy" errors."""
    text = str(error)
    return "locked" in text or "busy" in text


def locked_error(path: Path) -> LockedDatabaseError:
    """The sentence for a file another program holds locked."""
    return LockedDatabaseError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} is locked by another program; close it and try again.",
        ).format(path=path)
    )


def file_problems(path: Path) -> list[str]:
    """Everything the full integrity check and the foreign-key check find in a file."""
    connection = connect_uri(path)
    try:
        problems = [f"integrity: {problem}" for problem in integrity_problems(connection, path)]
        if not problems:
            problems = foreign_key_problems(connection)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        problems = [f"integrity: {error}"]
    finally:
        connection.close()
    return problems
