"""Restoring a backup over a database: check a copy, lock, keep a safety copy, then swap.

1. The backup is copied (with a hot journal or WAL, if it has one) into a private folder
   next to the database; SQLite recovers the copy there, so the backup itself is only read
   and may lie on read-only media. The copy must pass the full integrity check and hold a
   kamdesk schema this kamdesk knows; it is brought up to the newest schema.
2. The database is locked exclusively (``locking_mode=EXCLUSIVE``). While another program
   or kamdesk window has it open, the lock is refused within seconds and nothing changes:
   no process can commit between the safety copy and the swap, so no commit is lost.
3. Through the lock, a verified safety backup of the current database is written (or, if
   it is damaged, its bytes are set aside), the restored copy's row-version clock is moved
   past the current one (so no window's version can match a restored row by accident),
   and the copy is written into the database with SQLite's backup API, in one transaction.

The backup being restored is never pruned by the safety backup's rotation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.backup_files import (
    DEFAULT_KEEP,
    STAMP_FORMAT,
    backup_folder,
    backup_prefix,
    place_without_replacing,
    write_backup,
)
from kamdesk.store.database import sqlite_engine
from kamdesk.store.errors import DamagedDatabaseError, LockedDatabaseError, StorageError
from kamdesk.store.file_inspection import inspect_database_file, require_sqlite_header
from kamdesk.store.read_only_access import copy_private, has_content, recovered_copy, side_file
from kamdesk.store.schema_identity import SchemaDamage, kamdesk_revision
from kamdesk.store.schema_revisions import head_revision
from kamdesk.store.sqlite_files import check_location
from kamdesk.store.sqlite_health import integrity_problems, is_lock_error
from kamdesk.store.sqlite_uri import connect_uri

# How long restore waits for other programs to let go of the database before refusing.
LOCK_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class RestoreResult:
    """What a restore kept of the database it replaced."""

    safety_backup: Path | None  # a verified backup of the replaced database
    set_aside: Path | None  # the bytes of a replaced database that was damaged


def restore_backup(path: Path, source: Path, keep: int = DEFAULT_KEEP) -> RestoreResult:
    """Replace the database at ``path`` with the backup ``source``; see the module text."""
    source = source.absolute()
    if not source.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is no backup file {source}.",
            ).format(source=source)
        )
    require_sqlite_header(source)
    check_location(path)
    with recovered_copy(source, folder=path.parent) as copy:
        _prepare(copy, source)
        if not path.exists():
            _install_new(copy, path)
            return RestoreResult(None, None)
        damaged = _is_damaged(path)
        with _exclusive_lock(path) as lock:
            safety = set_aside = None
            if damaged:
                set_aside = _set_aside(path)
            else:
                safety = write_backup(path, "before-restore", source=lock, keep=keep,
                                      protect=(source,))
            _move_clock_past(copy, _highest_version(lock))
            _write_into(copy, lock, path)
    return RestoreResult(safety, set_aside)


def _prepare(copy: Path, source: Path) -> None:
    """Recover, check and upgrade the private copy of the backup."""
    connection = connect_uri(copy)
    try:
        problems = integrity_problems(connection, source)
        if problems:
            raise DamagedDatabaseError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{source} is damaged ({problem}); choose another backup. Nothing was "
                    "restored.",
                ).format(source=source, problem=problems[0])
            )
        revision = kamdesk_revision(connection, source)
    except SchemaDamage as damage:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{source} {damage}; choose another backup. Nothing was restored.",
            ).format(source=source, damage=damage.what)
        ) from damage
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{source} cannot be read as a backup ({error}); nothing was restored.",
            ).format(source=source, error=error)
        ) from error
    finally:
        connection.close()
    if revision is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{source} is not a kamdesk backup (it holds no kamdesk data).",
            ).format(source=source)
        )
    if revision == head_revision():
        return
    # Alembic is loaded only for a backup from an older kamdesk (see schema_revisions).
    from kamdesk.store.migration_runner import apply_migrations

    engine = sqlite_engine(copy)
    try:
        apply_migrations(engine)
    finally:
        engine.dispose()


def _is_damaged(path: Path) -> bool:
    """True if the current database is damaged (it will be set aside, not backed up).

    Another program's file, a newer kamdesk's or an empty one is refused outright.
    """
    try:
        inspect_database_file(path)
    except DamagedDatabaseError:
        return True
    return False


@contextmanager
def _exclusive_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding the database exclusively until the block ends."""
    connection = connect_uri(path, timeout=LOCK_TIMEOUT_SECONDS)
    try:
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the lock stays: that is what EXCLUSIVE mode does
        except sqlite3.OperationalError as error:
            if is_lock_error(error):
                raise LockedDatabaseError(
                    QT_TRANSLATE_NOOP(
                        "ServiceMessage",
                        "{path} is in use by another program or kamdesk window, so "
                        "nothing was restored; close it there and try again.",
                    ).format(path=path)
                ) from error
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{path} cannot be locked ({error}); nothing was restored.",
                ).format(path=path, error=error)
            ) from error
        yield connection
    finally:
        connection.close()


def _highest_version(connection: sqlite3.Connection) -> int:
    """The highest row version the current database ever handed out (0 if unreadable)."""
    try:
        row = connection.execute("SELECT value FROM row_version_clock").fetchone()
        if row is not None:
            return int(row[0])
        return 0
    except sqlite3.Error:
        pass
    highest = 0
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )]
        for table in tables:
            columns = {r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')}
            if "version" in columns:
                value = connection.execute(f'SELECT max(version) FROM "{table}"').fetchone()[0]
                highest = max(highest, int(value or 0))
    except sqlite3.Error:
        return highest
    return highest


def _move_clock_past(copy: Path, highest: int) -> None:
    connection = connect_uri(copy)
    try:
        connection.execute(
            "UPDATE row_version_clock SET value = max(value, ?) + 1", (highest,)
        )
    finally:
        connection.close()


def _write_into(copy: Path, lock: sqlite3.Connection, path: Path) -> None:
    reader = connect_uri(copy)
    try:
        reader.backup(lock)
    except sqlite3.Error as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The restore into {path} failed ({error}); the database was not changed.",
            ).format(path=path, error=error)
        ) from error
    finally:
        reader.close()


def _install_new(copy: Path, path: Path) -> None:
    """Put the restored copy where no database was yet (never replacing a file)."""
    place_without_replacing(
        copy,
        path,
        QT_TRANSLATE_NOOP(
            "ServiceMessage", "{path} appeared meanwhile; nothing was restored."
        ).format(path=path),
    )


def _set_aside(path: Path) -> Path:
    """Copy a damaged database's bytes (and journal) next to its backups, outside rotation."""
    folder = backup_folder(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    target = folder / f"{backup_prefix(path.name)}.{stamp}.damaged"
    copy_private(path, target)
    for suffix in ("-wal", "-journal"):
        if has_content(side_file(path, suffix)):
            copy_private(side_file(path, suffix), side_file(target, suffix))
    return target
