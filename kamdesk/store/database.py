"""Opening a kamdesk database: checks, backup, migration, engine and sessions.

Opening is careful in this order, so that a file that must be refused is never written:
the folder and file are checked, the file is inspected read-only (header, integrity, whose
schema, which revision; see :mod:`kamdesk.store.file_inspection`), and only then is the
engine (with WAL and foreign keys) created, a backup taken and the schema upgraded in one
transaction. A new database is built under a hidden name and linked into place when
complete, so a database kamdesk made is never seen half-made, and an empty file at the
chosen path is never kamdesk's. Alembic is loaded only when a migration is due: the
revisions are compared with :mod:`kamdesk.store.schema_revisions`, which reads them without it.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.backup_files import (
    backup_taken_on,
    fsync_folder,
    process_alive,
    remove_leftovers,
    write_backup,
)
from kamdesk.store.errors import (
    DamagedDatabaseError,
    LockedDatabaseError,
    StorageError,
    UnsoundSourceError,
    edit_conflict,
)
from kamdesk.store.file_inspection import (
    FAILS_INTEGRITY_CHECK,
    IS_DAMAGED,
    UNKNOWN_VALUE,
    UNREADABLE_TEXT,
    damaged_error,
    inspect_database_file,
)
from kamdesk.store.location import DatabaseLocation, resolve_location
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, seconds
from kamdesk.store.own_writes import count_own_writes
from kamdesk.store.read_only_access import WORKSPACE_PREFIX
from kamdesk.store.schema_identity import refuse_unknown_revision
from kamdesk.store.schema_revisions import head_revision
from kamdesk.store.server_engine import server_engine
from kamdesk.store.sqlite_files import check_location, create_default_folder, create_private_file
from kamdesk.store.sqlite_uri import sqlalchemy_url

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from kamdesk.store.early_inspection import EarlyInspection

# A new database is built under ``.kamdesk-new-<pid>-<random>.sqlite3`` next to its place.
CREATION_PREFIX = ".kamdesk-new-"


class Database:
    """An open kamdesk database: its location, engine and a session factory.

    The ORM (``sqlalchemy.orm``, loaded by the first :meth:`session`) costs as much to
    import as SQLAlchemy's Core; the reads that must be quick (``kamdesk accounts``, the
    app's account list) use :meth:`read` and never load it.
    """

    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._sessions: sessionmaker[Session] | None = None
        count_own_writes(engine)  # so that polling can tell this app's writes from others'

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an error.

        Failures of the file itself become a :class:`StorageError` with one sentence; a row
        changed by someone else between reading and writing, a :class:`ConflictError`.
        """
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.orm.exc import StaleDataError

        if self._sessions is None:
            # With the ORM (loaded here, not for Core reads): deletes move the change clock.
            from kamdesk.store.change_clock import watch_writes

            watch_writes(self.engine)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session:
            try:
                with self._errors_in_one_sentence(), session.begin():
                    yield session
            except StaleDataError as error:
                # The ORM's UPDATE … WHERE version = seen matched no row: someone else's
                # change committed first.
                raise edit_conflict() from error

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for reading, in one transaction; errors as :meth:`session`."""
        with self._errors_in_one_sentence(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _errors_in_one_sentence(self) -> Iterator[None]:
        try:
            yield
        except (IntegrityError, sqlite3.IntegrityError):
            raise  # the services turn refused values into ValidationError
        except DBAPIError as error:
            if lost_a_race(error):
                raise edit_conflict() from error
            raise storage_error(error, self.location) from error
        except sqlite3.Error as error:  # from a raw DBAPI cursor (bulk reads)
            raise storage_error(error, self.location) from error
        except UnicodeDecodeError as error:
            raise self._damaged(UNREADABLE_TEXT) from error
        except LookupError as error:
            # SQLAlchemy's Enum type reading a value outside its enumeration.
            if "is not among the defined enum values" not in str(error):
                raise
            value = str(error).split(" is not among", 1)[0]
            raise self._damaged(UNKNOWN_VALUE.format(value=value)) from error

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def _damaged(self, what: UserMessage) -> StorageError:
        if self.location.path is not None:
            return damaged_error(self.location.path, what)
        return DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{where} {what}.",
            ).format(where=self.location.display(), what=what)
        )


def open_database(
    given: str | Path | None = None,
    *,
    migrate: bool = True,
    daily_backup: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    inspection: EarlyInspection | None = None,
    before_server_upgrade: Callable[[Database], None] | None = None,
) -> Database:
    """Open (creating if need be) the database at ``given``, ``KAMDESK_DB`` or the default.

    Raises a :class:`StorageError` subclass with a one-sentence message when the database
    cannot be used; the file is then left exactly as it was. ``inspection``: the check of
    this file, started before SQLAlchemy was imported (:mod:`kamdesk.store.early_inspection`).
    A SQLite file is copied before its schema is upgraded; a server database is handed to
    ``before_server_upgrade`` (the services write the portable dump there), and is not
    upgraded when that fails.
    """
    location = resolve_location(given)
    if location.path is None:
        return _open_server(location, migrate, before_server_upgrade)
    path = location.path
    create_default_folder(location)
    check_location(path)
    created = not path.exists()
    if created:
        _create_database_file(path, busy_timeout_ms)
    if (
        inspection is not None
        and inspection.path == path
        and inspection.busy_timeout_ms == busy_timeout_ms
        and not created
    ):
        revision = inspection.result().revision
    else:
        revision = inspect_database_file(path, busy_timeout_ms=busy_timeout_ms).revision
    remove_leftovers(path)
    _remove_leftovers_of_killed_runs(path)
    engine = _create_engine(location, busy_timeout_ms)
    try:
        # An upgrade's backup is taken under the migration's write lock (a reader still
        # copies the file: WAL), so two kamdesks upgrading at once copy it once, and nobody
        # writes in between.
        outdated = revision is not None and revision != head_revision()
        if outdated and not migrate:
            _backup_or_refuse(path, "before-upgrade", busy_timeout_ms)
        elif (
            not outdated
            and revision is not None
            and daily_backup
            and not created  # a database made just now holds nothing worth a copy yet
            and not backup_taken_on(path, date.today())
        ):
            _backup_or_refuse(path, "daily", busy_timeout_ms)
        if migrate and revision != head_revision():
            _migrate(
                engine,
                lambda _connection: _backup_or_refuse(path, "before-upgrade", busy_timeout_ms),
            )
    except DBAPIError as error:
        engine.dispose()
        raise storage_error(error, location) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine)


def stored_revision(connection: Connection) -> str | None:
    """The revision a database's schema is at (None: no kamdesk schema yet), without Alembic."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def _migrate(engine: Engine, before_upgrade: Callable[[Connection], None] | None = None) -> None:
    # Only now is Alembic loaded: a database at the newest revision never needs it.
    from kamdesk.store.migration_runner import apply_migrations

    apply_migrations(engine, before_upgrade)


def sqlite_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine on a SQLite file with kamdesk's pragmas on every connection."""
    engine = create_engine(sqlalchemy_url(path), connect_args={"timeout": seconds(busy_timeout_ms)})

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Every connection, the migration's included: referential integrity is only
        # enforced when each connection asks for it.
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def _create_engine(location: DatabaseLocation, busy_timeout_ms: int) -> Engine:
    if location.path is None:
        return server_engine(location)
    return sqlite_engine(location.path, busy_timeout_ms)


def _open_server(
    location: DatabaseLocation,
    migrate: bool,
    before_upgrade: Callable[[Database], None] | None,
) -> Database:
    engine = _create_engine(location, BUSY_TIMEOUT_MS)
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection)
        refuse_unknown_revision(revision, location.display())
        if migrate and revision != head_revision():
            # An older schema is backed up first, under the migration's lock (a second
            # kamdesk waits, then finds the upgrade done and takes no second backup).
            def backup(_connection: Connection) -> None:
                if before_upgrade is not None:
                    before_upgrade(Database(location, engine))

            _migrate(engine, backup)
    except DBAPIError as error:
        engine.dispose()
        raise storage_error(error, location) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine)


def _create_database_file(path: Path, busy_timeout_ms: int) -> None:
    """Build a new, migrated database under a hidden name and link it into place."""
    building = _creation_name(path, os.getpid())
    create_private_file(building)
    engine = sqlite_engine(building, busy_timeout_ms)
    try:
        _migrate(engine)
    finally:
        engine.dispose()
    try:
        os.link(building, path)
    except FileExistsError:
        pass  # another kamdesk created it meanwhile: that one is inspected like any file
    except OSError:  # no hard links on this file system (FAT): rename after a last look
        if not path.exists():
            os.rename(building, path)
    finally:
        building.unlink(missing_ok=True)
    fsync_folder(path.parent)


def _creation_name(path: Path, pid: int) -> Path:
    # Short and fixed, whatever the database's name: a long name plus a suffix could pass
    # the file system's 255-byte limit.
    return path.with_name(f"{CREATION_PREFIX}{pid}-{secrets.token_hex(4)}.sqlite3")


def _remove_leftovers_of_killed_runs(path: Path) -> None:
    """Delete what a kamdesk killed while creating or restoring this database left behind."""
    creation = re.compile(
        rf"{re.escape(CREATION_PREFIX)}(\d+)-[0-9a-f]+\.sqlite3(-wal|-shm|-journal)?"
    )
    workspace = re.compile(rf"{re.escape(WORKSPACE_PREFIX)}(\d+)-\w+")
    for name in os.listdir(path.parent):
        match = creation.fullmatch(name)
        if match and not process_alive(int(match.group(1))):
            (path.parent / name).unlink(missing_ok=True)
        match = workspace.fullmatch(name)
        if match and not process_alive(int(match.group(1))):
            shutil.rmtree(path.parent / name, ignore_errors=True)


def _backup_or_refuse(path: Path, reason: str, busy_timeout_ms: int) -> None:
    """Take an automatic backup; a copy failing its check means the file itself is damaged."""
    try:
        write_backup(path, reason, busy_timeout_ms=busy_timeout_ms)
    except UnsoundSourceError as error:
        raise damaged_error(path, FAILS_INTEGRITY_CHECK) from error


# SQLSTATEs of a server refusing one of two concurrent transactions (serialization failure,
# deadlock): the other one won, exactly as when the ORM's version check fails.
LOST_RACE_STATES = frozenset({"40001", "40P01"})


def lost_a_race(error: DBAPIError) -> bool:
    """True when the server aborted this transaction in favour of a concurrent one."""
    return getattr(error.orig, "sqlstate", None) in LOST_RACE_STATES


def storage_error(error: DBAPIError | sqlite3.Error, location: DatabaseLocation) -> StorageError:
    """One sentence for a failure the database driver reported."""
    original = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    text = " ".join(str(original).split())
    where = location.display()
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{where} is locked by another program; close it and try again.",
            ).format(where=where)
        )
    if "readonly" in text.replace(" ", "") or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{where} is read-only; kamdesk cannot save there.",
            ).format(where=where)
        )
    if "decode" in text or "malformed" in text or "not a database" in text:
        what = UNREADABLE_TEXT if "decode" in text else IS_DAMAGED.format(reason=text)
        if location.path is not None:
            return damaged_error(location.path, what)
        return DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{where} {what}.",
            ).format(where=where, what=what)
        )
    if "disk" in text and "full" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The disk holding {where} is full; free some space and try again.",
            ).format(where=where)
        )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{where} cannot be used: {reason}.",
        ).format(where=where, reason=_driver_reason(text))
    )


def _driver_reason(text: str) -> UserMessage | str:
    """The driver's reason in our words where SQLite's is a common one, else its own."""
    lowered = text.lower()
    if "unable to open" in lowered:
        return QT_TRANSLATE_NOOP("ServiceMessage", "the file cannot be opened")
    if "disk i/o error" in lowered:
        return os_reason(OSError(errno.EIO, text))
    return text
