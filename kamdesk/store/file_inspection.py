"""Looking at a database file before anything may write to it.

Every way of opening a file (the app, each command, restore) first asks
:func:`inspect_database_file`, which reads without writing a byte or creating a side file
(see :mod:`kamdesk.store.read_only_access`). It refuses, with one sentence and the file left
as it was: a folder, an empty file, a file that is not SQLite, another program's database,
a newer kamdesk's schema, and a damaged file, naming the newest good backup. A damaged file
is found with SQLite's full ``integrity_check`` whenever the file changed since its last
clean full check, and with the quicker ``quick_check`` otherwise.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.backup_files import newest_good_backup
from kamdesk.store.clean_check_records import (
    checked_clean_unchanged,
    constraints_checked_unchanged,
    remember_clean_check,
)
from kamdesk.store.errors import (
    DamagedDatabaseError,
    LocationError,
    NotADatabaseError,
    StorageError,
)
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, check_wait_ms, seconds
from kamdesk.store.read_only_access import has_side_files, read_only_connection
from kamdesk.store.schema_identity import SchemaDamage, kamdesk_revision
from kamdesk.store.sqlite_health import integrity_problems, is_lock_error, locked_error
from kamdesk.store.sqlite_uri import connect_uri

SQLITE_HEADER = b"SQLite format 3\x00"


#: What is wrong with a damaged file, as the verb phrase after its name ("… is damaged").
CANNOT_BE_READ = QT_TRANSLATE_NOOP("ServiceMessage", "cannot be read ({reason})")
IS_DAMAGED = QT_TRANSLATE_NOOP("ServiceMessage", "is damaged ({reason})")
NO_TABLE_LIST = QT_TRANSLATE_NOOP("ServiceMessage", "is damaged (its table list cannot be read)")
FAILS_INTEGRITY_CHECK = QT_TRANSLATE_NOOP("ServiceMessage", "fails SQLite's integrity check")
UNREADABLE_TEXT = QT_TRANSLATE_NOOP("ServiceMessage", "holds text that cannot be read")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("ServiceMessage", "holds a value kamdesk does not know ({value})")
#: What to do about it.
NO_GOOD_BACKUP = QT_TRANSLATE_NOOP("ServiceMessage", "no good backup of it was found next to it")
RESTORE_NEWEST = QT_TRANSLATE_NOOP(
    "ServiceMessage", "restore the newest good backup, {path} ({taken})"
)


@dataclass(frozen=True)
class FileInspection:
    """What a database file holds, as far as opening it is concerned."""

    revision: str | None  # None: a SQLite file with nothing in it yet
    thorough: bool  # the full integrity check ran (not only the quick one)


def inspect_database_file(
    path: Path, thorough: bool | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> FileInspection:
    """Check an existing file read-only; raise a :class:`StorageError` if kamdesk must not use it.

    ``thorough`` forces the full check (True) or the quick one (False); by default the full
    check runs when the file changed since its last clean full check. A lock another program
    holds is waited for as long as the caller's sessions wait (``busy_timeout_ms``), at most
    :data:`~kamdesk.store.lock_waits.FILE_CHECK_WAIT_MS`, then the file is refused as locked.
    """
    timeout = seconds(check_wait_ms(busy_timeout_ms))
    require_sqlite_header(path)
    if thorough is None:
        thorough = not checked_clean_unchanged(path)
    # The quick check of a file unchanged since a clean full check that verified its
    # constraints reads it read-only: the unchanged rows can hold no new violation, and
    # verifying them again tripled the check (on 10,000 accounts 358-399 ms of CPU
    # against 92-115 ms read-only, beside the start's imports on a two-core machine).
    in_place = _checks_constraints_in_place(path) and (
        thorough or not constraints_checked_unchanged(path)
    )
    try:
        with read_only_connection(path, timeout) as connection:
            revision = kamdesk_revision(connection, path)
            if not in_place:
                problems = integrity_problems(connection, path, thorough)
        if in_place:
            problems = _check_in_place(path, thorough, timeout)
    except SchemaDamage as damage:
        raise damaged_error(path, damage.what) from damage
    except sqlite3.OperationalError as error:
        if is_lock_error(error):
            raise locked_error(path) from error
        raise damaged_error(path, CANNOT_BE_READ.format(reason=error)) from error
    except sqlite3.DatabaseError as error:
        raise damaged_error(path, IS_DAMAGED.format(reason=error)) from error
    except UnicodeDecodeError as error:
        raise damaged_error(path, NO_TABLE_LIST) from error
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} cannot be read ({reason}).",
            ).format(path=path, reason=os_reason(error))
        ) from error
    if problems:
        raise damaged_error(path, IS_DAMAGED.format(reason=problems[0]))
    if thorough:
        remember_clean_check(path, constraints_checked=in_place)
    elif in_place and checked_clean_unchanged(path):
        # The full check passed before its constraints were recorded (an older record):
        # this quick check has just verified them on the same, unchanged file.
        remember_clean_check(path, constraints_checked=True)
    return FileInspection(revision, thorough)


def _checks_constraints_in_place(path: Path) -> bool:
    """True if the check may open the file read-write (it still writes nothing).

    SQLite verifies CHECK constraints (an account tier "platinum") only on a connection
    that could write. That is safe for a kamdesk file nobody else has open: reading writes
    nothing, and the WAL files such a connection makes go away when it closes. With side
    files present (kamdesk running elsewhere, or a crash) or on read-only media the check
    stays read-only.
    """
    folder = path.parent
    return (
        not has_side_files(path)
        and os.access(path, os.W_OK)
        and os.access(folder, os.W_OK)
    )


def _check_in_place(path: Path, thorough: bool, timeout: float) -> list[str]:
    connection = connect_uri(path, timeout)
    try:
        connection.execute("PRAGMA query_only = ON")  # a check, whatever happens
        return integrity_problems(connection, path, thorough)
    finally:
        connection.close()


def require_sqlite_header(path: Path) -> None:
    """Refuse a folder, an empty file, or a file that does not start like a SQLite database."""
    if path.is_dir():
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is a folder, not a database file; choose a file with --db.",
            ).format(path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as error:
        raise LocationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The database {path} cannot be read (no permission).",
            ).format(path=path)
        ) from error
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} cannot be read ({reason}).",
            ).format(path=path, reason=os_reason(error))
        ) from error
    if not header:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is an empty file, not a kamdesk database; it was left untouched.",
            ).format(path=path)
        )
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is not a kamdesk database (not a SQLite file); it was left "
                "untouched.",
            ).format(path=path)
        )


def damaged_error(path: Path, what: UserMessage) -> DamagedDatabaseError:
    """One sentence for a damaged file, naming the newest backup that is still good."""
    backup = newest_good_backup(path)
    if backup is None:
        advice = NO_GOOD_BACKUP
    else:
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        advice = RESTORE_NEWEST.format(path=backup.path, taken=taken)
    return DamagedDatabaseError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} {what} and was left untouched; {advice}.",
        ).format(path=path, what=what, advice=advice)
    )
