"""Backup copies of a database: written whole and verified, or not at all; pruned with care.

A backup is made with SQLite's backup API into a hidden ``.partial`` file, switched to a
rollback journal (so it opens on read-only media without side files), checked with the full
``integrity_check`` and for kamdesk's schema, flushed to disk and only then given its name.
A kill at any moment leaves either no new backup or a complete one; the hidden leftovers of
a killed backup are removed the next time.

Names carry the database's full file name, the UTC time and the reason::

    kunden.db.20261128-101500-123456.daily.sqlite3

so ``kunden.db`` and ``kunden-archiv.db`` in one folder never mistake each other's backups.
A database name that would not make a file name every system accepts (a ``?`` Windows
refuses, a name too long once the time is added) is made safe and given a short hash of
the full name, so it stays distinct and its backups are still found and pruned.
Pruning keeps the newest ``keep`` of the database's own backups and never deletes a file it
was told to protect (the backup being restored). A database that fails the integrity check
is never backed up, so a damaged copy can never push a good one out of the rotation.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kamdesk.domain.file_names import MAX_NAME_CHARS, MIN_LIMIT, is_safe_file_name, safe_file_name
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import BackupError, StorageError, UnsoundSourceError
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, seconds
from kamdesk.store.read_only_access import side_file
from kamdesk.store.schema_identity import SchemaDamage, kamdesk_revision
from kamdesk.store.sqlite_health import integrity_problems, is_lock_error, locked_error
from kamdesk.store.sqlite_uri import connect_uri

BACKUP_FOLDER = "backups"
REASONS = ("daily", "manual", "before-upgrade", "before-restore")
DEFAULT_KEEP = 10
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_EXAMPLE_STAMP = "20261128-101500-123456"
# Hidden files a backup is written to before it gets its name: ``.kamdesk-partial-<pid>-…``
PARTIAL_PREFIX = ".kamdesk-partial-"
_STAMP_PATTERN = r"(\d{8}-\d{6}-\d{6})"
_REASON_PATTERN = "(" + "|".join(re.escape(reason) for reason in REASONS) + ")"


@dataclass(frozen=True)
class BackupFile:
    """One automatic backup of a database."""

    path: Path
    taken_at: datetime  # UTC
    reason: str


def backup_folder(db_path: Path) -> Path:
    """The folder next to the database where its automatic backups are kept."""
    return db_path.parent / BACKUP_FOLDER


def backup_name(db_name: str, taken_at: datetime, reason: str) -> str:
    """The file name of an automatic backup."""
    return f"{backup_prefix(db_name)}.{taken_at.strftime(STAMP_FORMAT)}.{reason}.sqlite3"


def backup_prefix(db_name: str) -> str:
    """What every backup name of this database starts with: its name, if that is portable."""
    longest = f"{db_name}.{_EXAMPLE_STAMP}.before-restore.sqlite3"
    if is_safe_file_name(longest):
        return db_name
    digest = hashlib.sha256(db_name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    room = MAX_NAME_CHARS - len(longest) + len(db_name) - len(digest) - 1
    for limit in range(max(room, MIN_LIMIT), MIN_LIMIT - 1, -8):
        prefix = f"{safe_file_name(db_name, limit=limit, fallback='kamdesk')}~{digest}"
        if is_safe_file_name(f"{prefix}.{_EXAMPLE_STAMP}.before-restore.sqlite3"):
            return prefix
    return f"kamdesk~{digest}"


def own_backups(db_path: Path) -> list[BackupFile]:
    """The database's automatic backups, oldest first (other databases' are not included)."""
    folder = backup_folder(db_path)
    pattern = re.compile(
        rf"{re.escape(backup_prefix(db_path.name))}\.{_STAMP_PATTERN}\.{_REASON_PATTERN}\.sqlite3"
    )
    found: list[BackupFile] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = pattern.fullmatch(name)
        if match:
            found.append(BackupFile(folder / name, stamp_time(match.group(1)), match.group(2)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name))


def stamp_time(stamp: str) -> datetime:
    """The UTC time a backup name's stamp (:data:`STAMP_FORMAT`, as matched) stands for.

    Read field by field rather than with ``datetime.strptime``: a process's first
    ``strptime`` imports ``_strptime`` and builds its locale tables (5-7 ms of CPU, 17-35 ms
    wall here), and the app asks for its backups while opening the file, on the way to
    its first screen. A field out of range raises ``ValueError`` as ``strptime`` does.
    """
    return datetime(
        int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
        int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]), int(stamp[16:22]),
        tzinfo=UTC,
    )


def backup_taken_on(db_path: Path, day: date) -> bool:
    """True if the database has an automatic backup from ``day`` (local time)."""
    return any(b.taken_at.astimezone().date() == day for b in own_backups(db_path))


def write_backup(
    db_path: Path,
    reason: str,
    *,
    destination: Path | None = None,
    source: sqlite3.Connection | None = None,
    keep: int = DEFAULT_KEEP,
    protect: Collection[Path] = (),
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Path:
    """Write a verified copy of the database; returns its path.

    Automatic backups (no ``destination``) go to the backup folder and are pruned to
    ``keep``, sparing ``protect``. ``source`` is an open connection to copy from (restore
    holds the database locked through it); otherwise the file is opened here, waiting
    ``busy_timeout_ms`` for another program's lock.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    taken_at = datetime.now(UTC)
    if destination is None:
        folder = backup_folder(db_path)
        folder.mkdir(mode=0o700, exist_ok=True)
        final = folder / backup_name(db_path.name, taken_at, reason)
    else:
        folder = destination.parent
        final = destination
    if final.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{final} already exists; choose another file name.",
            ).format(final=final)
        )
    partial = folder / f"{PARTIAL_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.sqlite3"
    try:
        _copy(db_path, source, partial, seconds(busy_timeout_ms))
        _verify(db_path, partial)
        _install(partial, final)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            side_file(partial, suffix).unlink(missing_ok=True)
    if destination is None:
        prune_backups(db_path, keep, protect)
    return final


def prune_backups(db_path: Path, keep: int, protect: Collection[Path] = ()) -> list[Path]:
    """Delete the database's automatic backups beyond the newest ``keep``; returns them."""
    spared = {os.path.realpath(path) for path in protect}
    backups = own_backups(db_path)
    removed: list[Path] = []
    for old in backups[: -max(keep, 1)]:
        if os.path.realpath(old.path) in spared:
            continue
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest automatic backup that still passes the full integrity check."""
    for backup in reversed(own_backups(db_path)):
        try:
            connection = connect_uri(backup.path, mode="ro", immutable="1")
        except sqlite3.Error:
            continue
        try:
            if not integrity_problems(connection, backup.path) and kamdesk_revision(
                connection, backup.path
            ):
                return backup
        except (sqlite3.Error, StorageError, SchemaDamage):
            continue
        finally:
            connection.close()
    return None


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete the hidden partial backups next to this database whose writer is gone."""
    pattern = re.compile(
        rf"{re.escape(PARTIAL_PREFIX)}(\d+)-[0-9a-f]+\.sqlite3(-journal|-wal|-shm)?"
    )
    removed: list[Path] = []
    for folder in (backup_folder(db_path), db_path.parent):
        removed += remove_partials_of_gone_writers(folder, pattern)
    return removed


def remove_partials_of_gone_writers(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """Delete the files in ``folder`` whose whole name ``pattern`` matches, its first group
    the id of the process that was writing it, when that process is gone (a killed write)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for name in names:
        match = pattern.fullmatch(name)
        if match and not process_alive(int(match.group(1))):
            (folder / name).unlink(missing_ok=True)
            removed.append(folder / name)
    return removed


def process_alive(pid: int) -> bool:
    """True if a process with this id runs (another user's counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _copy(
    db_path: Path, source: sqlite3.Connection | None, partial: Path, timeout: float
) -> None:
    """Copy the database into ``partial`` with the backup API, as a rollback-journal file."""
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    reader = source if source is not None else connect_uri(db_path, timeout)
    target = connect_uri(partial)
    try:
        # The copy is verified and flushed as a whole afterwards: no journal needed now.
        target.execute("PRAGMA journal_mode = OFF")
        target.execute("PRAGMA synchronous = OFF")
        reader.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        if is_lock_error(error):
            raise locked_error(db_path) from error
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The backup of {db_path} failed ({error}); the backups already there were"
                " kept.",
            ).format(db_path=db_path, error=error)
        ) from error
    finally:
        target.close()
        if source is None:
            reader.close()


def verify_copy(db_path: Path, copy: Path) -> None:
    """Refuse (raise) a copy of ``db_path`` that fails the checks every backup must pass."""
    _verify(db_path, copy)


def replace_backup(copy: Path, backup: Path) -> None:
    """Put a verified ``copy`` in the place of an existing ``backup`` in one atomic step.

    For a backup rewritten on purpose (a person erased from it): the old file is never
    seen half-replaced, and a kill before the rename leaves it as it was.
    """
    with copy.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(copy, backup)
    fsync_folder(backup.parent)


def _verify(db_path: Path, partial: Path) -> None:
    """Refuse a copy that fails the full integrity check or holds no kamdesk schema."""
    # Read-write (the copy is ours, in rollback-journal mode): SQLite verifies CHECK
    # constraints only on a connection that could write.
    connection = connect_uri(partial)
    try:
        connection.execute("PRAGMA query_only = ON")
        problems = integrity_problems(connection, partial)
        revision = None
        if not problems:
            try:
                revision = kamdesk_revision(connection, db_path)
            except SchemaDamage as damage:
                problems = [str(damage)]
    finally:
        connection.close()
    if problems:
        raise UnsoundSourceError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{db_path} fails SQLite's integrity check ({problem}), so no backup was "
                "written and the backups already there were kept.",
            ).format(db_path=db_path, problem=problems[0])
        )
    if revision is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{db_path} holds no kamdesk data yet; there is nothing to back up.",
            ).format(db_path=db_path)
        )


def _install(partial: Path, final: Path) -> None:
    """Flush the verified copy to disk and give it its name, never replacing a file."""
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    place_without_replacing(
        partial,
        final,
        QT_TRANSLATE_NOOP(
            "ServiceMessage", "{path} already exists; choose another file name."
        ).format(path=final),
    )


def place_without_replacing(source: Path, target: Path, taken: UserMessage) -> None:
    """Give ``source`` the name ``target`` durably; if a file has that name, StorageError
    ``taken`` and nothing replaced (a hard link fails where a rename would overwrite)."""
    try:
        os.link(source, target)
    except FileExistsError as error:
        raise StorageError(taken) from error
    except OSError:
        # File systems without hard links (FAT on a USB stick): rename, after a last look.
        if target.exists():
            raise StorageError(taken) from None
        os.rename(source, target)
    fsync_folder(target.parent)
