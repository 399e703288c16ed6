"""A person in the database's backups: which copies still hold them, and erasing them there.

Erasing a person from the database leaves them in every backup made before. A KAM answering
an erasure request must know which copies those are (with their dates) and may purge the
person from them too. Each backup is only read to find out (read-only, no side files); a
purge works on a private copy next to it: the person is erased there exactly as in the
database (:mod:`personal_data_erasure`), the copy is switched back to a rollback journal,
checked as every backup is (:func:`kamdesk.store.backup_files.verify_copy`) and only then
put in the backup's place in one atomic rename. A backup that cannot be read, or that an
older kamdesk wrote (whose tables this one cannot rewrite), is reported and left untouched.

Backups of a server database are the portable dumps (JSON) this kamdesk writes into the
user's backup folder; :mod:`kamdesk.services.admin.personal_data_in_server_dumps` finds and
purges the person there (it needs the dump's loader and writer, which sit in a layer above
this one) and reports with the same classes as here.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kamdesk.domain.former_contacts import identifying_terms, placeholder_number
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage, message_of
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.store.backup_files import (
    PARTIAL_PREFIX,
    BackupFile,
    own_backups,
    replace_backup,
    verify_copy,
)
from kamdesk.store.database import Database, sqlite_engine
from kamdesk.store.errors import StorageError
from kamdesk.store.location import DatabaseLocation
from kamdesk.store.orm import Stakeholder
from kamdesk.store.read_only_access import copy_private, read_only_connection, side_file
from kamdesk.store.schema_identity import SchemaDamage, kamdesk_revision
from kamdesk.store.schema_revisions import head_revision


@dataclass(frozen=True)
class PersonTerms:
    """What identifies a person in another copy of the database: their row and their words."""

    stakeholder_id: int
    account_id: int
    name: str
    email: str
    phone: str

    @property
    def terms(self) -> tuple[str, ...]:
        """Name, e-mail and phone, blank ones left out."""
        return identifying_terms(self.name, self.email, self.phone)

    def is_row(self, row_id: int, account_id: int, name: str, email: str, phone: str) -> bool:
        """Whether a stakeholder row of another copy still holds this person.

        It does at their account when it is their row (by id: also under a name they had
        before) or names them (name, e-mail or phone), unless it is already erased there (a
        placeholder). So a person erased without purging the backups (now "Former contact
        N" themselves) is still found in the copies that hold their old row, and erasing
        them again can purge those.
        """
        if account_id != self.account_id or placeholder_number(name) is not None:
            return False
        return (
            row_id == self.stakeholder_id
            or name == self.name
            or (self.email != "" and email == self.email)
            or (self.phone != "" and phone == self.phone)
        )


@dataclass(frozen=True)
class HeldBackup:
    """A backup that still holds the person, and their row ids in it."""

    path: Path
    taken_at: datetime  # UTC
    reason: str
    stakeholder_ids: tuple[int, ...]


@dataclass(frozen=True)
class RefusedBackup:
    """A backup that could not be searched or purged, and why (one sentence)."""

    path: Path
    message: UserMessage
    # When it was taken and why, where its name tells (kamdesk's own backups' and dumps'
    # always do): an access request lists an unreadable copy as one that may hold them.
    taken_at: datetime | None = None  # UTC
    made_for: str = ""  # "daily", "manual", … (the HeldBackup's reason)

    @property
    def reason(self) -> str:
        """The sentence in English (the command line's); the app translates ``message``."""
        return str(self.message)


@dataclass(frozen=True)
class BackupsHolding:
    """The person, the backups that hold them and those that could not be read."""

    person: PersonTerms
    backups: tuple[HeldBackup, ...]
    unreadable: tuple[RefusedBackup, ...]
    # True when the backups are a server database's portable dumps (named so to the user).
    server_dumps: bool = False


@dataclass(frozen=True)
class PurgeResult:
    """The backups the person was erased from, and those left as they were (with why)."""

    purged: tuple[Path, ...]
    refused: tuple[RefusedBackup, ...]


def person_terms(db: Database, stakeholder_id: int) -> PersonTerms:
    """Read what identifies the person now, before an erasure takes it away."""
    with db.session() as session:
        row = session.get(Stakeholder, stakeholder_id)
        if row is None:
            raise deleted_elsewhere("person")
        return PersonTerms(row.id, row.account_id, row.name, row.email, row.phone)


def backups_holding(db: Database, stakeholder: int | PersonTerms) -> BackupsHolding:
    """The database's own backups that still hold the person (none for a server)."""
    person = stakeholder if isinstance(stakeholder, PersonTerms) else person_terms(db, stakeholder)
    if db.location.path is None:
        return BackupsHolding(person, (), ())
    held: list[HeldBackup] = []
    unreadable: list[RefusedBackup] = []
    for backup in own_backups(db.location.path):
        try:
            ids = _rows_of(backup.path, person)
        except (sqlite3.Error, StorageError, SchemaDamage) as error:
            unreadable.append(RefusedBackup(backup.path, _unreadable(backup, error),
                                            backup.taken_at, backup.reason))
            continue
        if ids:
            held.append(HeldBackup(backup.path, backup.taken_at, backup.reason, ids))
    return BackupsHolding(person, tuple(held), tuple(unreadable))


def purge_from_backups(db: Database, holding: BackupsHolding) -> PurgeResult:
    """Erase the person from each backup in ``holding`` (module doc); report the refused."""
    if db.location.path is None:
        return PurgeResult((), ())
    purged: list[Path] = []
    refused: list[RefusedBackup] = list(holding.unreadable)
    head = head_revision()
    for backup in holding.backups:
        try:
            _purge_one(db.location.path, backup, head)
        except (sqlite3.Error, StorageError, SchemaDamage, OSError) as error:
            refused.append(RefusedBackup(backup.path, _not_purged(backup, error)))
            continue
        purged.append(backup.path)
    return PurgeResult(tuple(purged), tuple(refused))


class _OlderSchema(StorageError):
    """A backup an older kamdesk wrote: its tables are not the ones erasure rewrites."""


def _rows_of(path: Path, person: PersonTerms) -> tuple[int, ...]:
    """The ids of the person's rows in the backup at ``path`` (read-only)."""
    with read_only_connection(path) as connection:
        kamdesk_revision(connection, path)
        rows = connection.execute(
            "SELECT id, account_id, name, email, phone FROM stakeholder WHERE account_id = ? "
            "AND (id = ? OR name = ? OR (? <> '' AND email = ?) OR (? <> '' AND phone = ?)) "
            "ORDER BY id",
            (person.account_id, person.stakeholder_id, person.name, person.email,
             person.email, person.phone, person.phone),
        ).fetchall()
    return tuple(int(row[0]) for row in rows if person.is_row(*row))


def _purge_one(db_path: Path, backup: HeldBackup, head: str) -> None:
    copy = backup.path.parent / f"{PARTIAL_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.sqlite3"
    try:
        copy_private(backup.path, copy)
        connection = sqlite3.connect(copy)
        try:
            revision = kamdesk_revision(connection, copy)
        finally:
            connection.close()
        if revision != head:
            raise _OlderSchema(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "it was made by an older kamdesk (schema {revision}); restore it and "
                    "erase the person there, or delete it",
                ).format(revision=revision)
            )
        engine = sqlite_engine(copy)
        try:
            erase_people(Database(DatabaseLocation(f"sqlite:///{copy}", copy), engine),
                         backup.stakeholder_ids)
        finally:
            engine.dispose()
        # Back to a rollback journal, as every backup is (it opens on read-only media).
        connection = sqlite3.connect(copy)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
        verify_copy(db_path, copy)
        replace_backup(copy, backup.path)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            side_file(copy, suffix).unlink(missing_ok=True)


def _unreadable(backup: BackupFile, error: Exception) -> UserMessage:
    return QT_TRANSLATE_NOOP(
        "ServiceMessage", "The backup {name} could not be read ({reason}); it was left as it was."
    ).format(name=backup.path.name, reason=_reason(error))


def _not_purged(backup: HeldBackup, error: Exception) -> UserMessage:
    return QT_TRANSLATE_NOOP(
        "ServiceMessage", "The backup {name} was left as it was: {reason}."
    ).format(name=backup.path.name, reason=_reason(error))


def _reason(error: Exception) -> UserMessage | str:
    message = message_of(error)
    if message is not None and message.template.endswith("."):
        # A sentence of its own, set inside another one: without its full stop.
        return UserMessage(message.context, message.template[:-1], message.arguments)
    return message or str(error).rstrip(".") or type(error).__name__

