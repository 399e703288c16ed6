"""Backups of a database on a PostgreSQL server: the portable dump, in the user's backup folder.

A server's files are not kamdesk's to copy, so a server database is backed up as the
portable JSON dump (:mod:`kamdesk.services.exchange.portable_dump`), which ``kamdesk load``
reads back into an empty database on either backend. The dumps go to the ``backups``
folder in the user's data folder, named for the server, the database, the UTC time and the
reason, with nothing a file system refuses (a host ``::1`` has no ``:`` left)::

    dbhost-5432-kamdesk.20261128-101500-123456.daily.json

One ``daily`` dump is taken on the first open of a day of each server database (an empty
database holds nothing to keep), a ``before-upgrade`` dump before this kamdesk upgrades an
older schema (read at that schema; ``kamdesk load`` fills in the columns added since), and
each server database keeps its ten newest dumps.
The daily dump is taken rather than only pointing at the server's own backups because it is
cheap where kamdesk is used: ``benchmarks/bench_server_backup.py`` measured 0.15 s more for
the day's first command on the demo portfolio and 1.6 s on 2,000 accounts, once a day, and
every member then holds a copy that ``kamdesk load`` restores without a database admin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import make_url

from kamdesk.domain.file_names import safe_file_name
from kamdesk.store.backup_files import (
    BACKUP_FOLDER,
    DEFAULT_KEEP,
    STAMP_FORMAT,
    BackupFile,
    stamp_time,
)
from kamdesk.store.database import Database
from kamdesk.store.location import DatabaseLocation, default_database_path

if TYPE_CHECKING:
    from kamdesk.services.exchange.portable_dump import DumpSummary

SERVER_REASONS = ("daily", "manual", "before-upgrade")
_STAMP_PATTERN = r"(\d{8}-\d{6}-\d{6})"


@dataclass(frozen=True)
class ServerBackup:
    """A dump of a server database written as a backup."""

    path: Path
    summary: DumpSummary


def server_backup_folder() -> Path:
    """The backups folder in the user's data folder (the default database's folder)."""
    return default_database_path().parent / BACKUP_FOLDER


def server_backup_prefix(location: DatabaseLocation) -> str:
    """What every dump of this server database is named by: host, port and database."""
    url = make_url(location.url)
    parts = [url.host or "localhost", str(url.port or 5432), url.database or "postgres"]
    # Made safe as a whole, then spaces (what forbidden characters became) turn into "-".
    return safe_file_name("-".join(parts), limit=100, fallback="server").replace(" ", "-")


def server_backup_name(location: DatabaseLocation, taken_at: datetime, reason: str) -> str:
    """The file name of one dump of this server database."""
    return f"{server_backup_prefix(location)}.{taken_at.strftime(STAMP_FORMAT)}.{reason}.json"


def own_server_backups(location: DatabaseLocation) -> list[tuple[Path, datetime]]:
    """This server database's dumps in the backup folder, oldest first."""
    return [(dump.path, dump.taken_at) for dump in server_dump_files(location)]


def server_dump_files(location: DatabaseLocation) -> list[BackupFile]:
    """This server database's dumps in the backup folder with time and reason, oldest first."""
    folder = server_backup_folder()
    pattern = re.compile(
        rf"{re.escape(server_backup_prefix(location))}\.{_STAMP_PATTERN}\."
        rf"({'|'.join(SERVER_REASONS)})\.json"
    )
    try:
        names = sorted(path.name for path in folder.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        try:
            taken_at = stamp_time(match.group(1))
        except ValueError:
            continue  # a time no dump of kamdesk's carries (a 13th month): not one of ours
        found.append(BackupFile(folder / name, taken_at, match.group(2)))
    return sorted(found, key=lambda dump: dump.taken_at)


def write_server_backup(
    db: Database, reason: str, destination: Path | None = None, keep: int = DEFAULT_KEEP
) -> ServerBackup:
    """Dump the server database to ``destination`` or, named, into the backup folder."""
    if reason not in SERVER_REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if destination is None:
        folder = server_backup_folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        destination = folder / server_backup_name(db.location, datetime.now(UTC), reason)
    # The dump brings the export layer (and reportlab) with it: loaded only to write one,
    # not for the daily look at whether today's is there (every command on a server does
    # that look; with the import at the top it cost `accounts` 1.3 s).
    from kamdesk.services.exchange.portable_dump import write_dump

    summary = write_dump(db, destination)
    if destination.parent == server_backup_folder():
        for old, _taken_at in own_server_backups(db.location)[: -max(keep, 1)]:
            old.unlink(missing_ok=True)
    return ServerBackup(destination, summary)


def take_daily_server_backup(db: Database, today: date | None = None) -> ServerBackup | None:
    """The day's first open of a server database dumps it; None when done already or empty."""
    day = today or date.today()
    if any(taken.astimezone().date() == day for _path, taken in own_server_backups(db.location)):
        return None
    if _holds_no_data(db):
        return None  # a new team database: nothing to keep yet, and `load` wants it empty
    return write_server_backup(db, "daily")


def _holds_no_data(db: Database) -> bool:
    from kamdesk.store.orm import CompanySettings
    from kamdesk.store.orm.base import data_tables

    with db.session() as session:
        for table in data_tables():
            if table.name == CompanySettings.__tablename__:
                continue  # a fresh database may hold the default settings row
            if session.execute(select(table).limit(1)).first() is not None:
                return False
    return True


def write_before_upgrade_dump(db: Database) -> ServerBackup:
    """Dump a server database at its older schema, before it is upgraded."""
    return write_server_backup(db, "before-upgrade")
