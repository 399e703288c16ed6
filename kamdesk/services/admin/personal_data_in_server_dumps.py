"""A person in a server database's dumps: which of this user's dumps hold them, and purging them.

A database on a PostgreSQL server is backed up as the portable JSON dump, written by this
kamdesk into the user's own backup folder (:mod:`server_backups`). After an erasure those
dumps still hold the person's name, e-mail, phone and notes. This kamdesk can reach only the
dumps in its own folder (every member's kamdesk writes its own; the server's own backups are
its administrator's), and those are what it searches and purges.

Searching reads each dump of the database (checked as ``kamdesk load`` checks it: format,
schema, checksum) and looks for the person's row as the SQLite backups are searched
(:meth:`PersonTerms.is_row`: their row at their account, or a row there with their name,
e-mail or phone, not yet erased there). A dump that cannot be
read is reported and only read, never written.

Purging uses the same erasure as the database, not a second one for JSON: the dump is loaded
with the dump loader into a private in-memory database
(:mod:`kamdesk.store.scratch_databases`), the person erased there with :func:`erase_people`,
and the database dumped again with the dump writer, keeping the original's ``written_at``.
The new dump is written next to the old one under the hidden prefix backups are written
under, and checked: it loads back (into a second in-memory database), the person's row is no
longer found, and every table holds the same rows with the same ids; rows may differ only
where erasure writes (the person's own row, their lines, the meeting history and the plan
snapshots). Only then does one atomic rename put it in the dump's place: the dump's path is
never written otherwise, so a kill leaves the old dump or the purged one, and the file keeps
its name (time stamp and reason), so rotation and ``kamdesk load`` treat it as before.

A dump of an older schema (a ``before-upgrade`` dump) is refused, as an older SQLite backup
is: loading it fills the columns added since, so writing it again would make it a dump of
this schema, which an older kamdesk could no longer load. It is named and left untouched.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.services.admin.server_backups import server_dump_files
from kamdesk.services.exchange.portable_dump import dump_data, load_dump, read_dump
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.services.stakeholders.personal_data_in_backups import (
    BackupsHolding,
    HeldBackup,
    PersonTerms,
    PurgeResult,
    RefusedBackup,
)
from kamdesk.store.backup_files import (
    PARTIAL_PREFIX,
    remove_partials_of_gone_writers,
    replace_backup,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import NewerSchemaError, NotFoundError, StorageError, ValidationError
from kamdesk.store.schema_revisions import head_revision
from kamdesk.store.scratch_databases import ScratchDatabases

# The tables whose rows an erasure may rewrite; every other table must come back as it was.
ERASED_TABLES = frozenset({"stakeholder", "stakeholder_link", "interaction", "review",
                           "plan_snapshot"})
_PARTIAL_DUMP = re.compile(rf"{re.escape(PARTIAL_PREFIX)}(\d+)-[0-9a-f]+\.json")


class _DumpRefused(StorageError):
    """A dump this kamdesk cannot purge; the sentence says why (set inside another)."""


def dumps_holding(db: Database, person: PersonTerms) -> BackupsHolding:
    """This user's dumps of the server database ``db`` that still hold the person."""
    held: list[HeldBackup] = []
    unreadable: list[RefusedBackup] = []
    for dump in server_dump_files(db.location):
        try:
            ids = rows_of(read_dump(dump.path), person)
        except (OSError, ValidationError, NewerSchemaError, _DumpRefused) as error:
            unreadable.append(RefusedBackup(dump.path, _unreadable(dump.path, error),
                                            dump.taken_at, dump.reason))
            continue
        if ids:
            held.append(HeldBackup(dump.path, dump.taken_at, dump.reason, ids))
    return BackupsHolding(person, tuple(held), tuple(unreadable), server_dumps=True)


def purge_from_dumps(holding: BackupsHolding) -> PurgeResult:
    """Erase the person from each dump in ``holding`` (module doc); report the refused."""
    purged: list[Path] = []
    refused = list(holding.unreadable)
    scratch = ScratchDatabases()
    for folder in {dump.path.parent for dump in holding.backups}:
        # Purged copies a killed purge left under the hidden prefix (never a dump).
        remove_partials_of_gone_writers(folder, _PARTIAL_DUMP)
    try:
        for dump in holding.backups:
            try:
                _purge_one(scratch, dump, holding.person)
            except (OSError, StorageError, ValidationError, NotFoundError) as error:
                refused.append(RefusedBackup(dump.path, _not_purged(dump.path, error)))
                continue
            purged.append(dump.path)
    finally:
        scratch.close()
    return PurgeResult(tuple(purged), tuple(refused))


def rows_of(data: dict[str, Any], person: PersonTerms) -> tuple[int, ...]:
    """The ids of the person's rows in a dump's content (as the SQLite backups are searched)."""
    table = data["tables"].get("stakeholder")
    if table is None:
        return ()
    try:
        column = {name: index for index, name in enumerate(table["columns"])}
        found = [
            row[column["id"]] for row in table["rows"]
            if person.is_row(*(row[column[name]] for name in _SEARCHED))
        ]
    except (KeyError, IndexError, TypeError):
        raise _DumpRefused(_NOT_A_STAKEHOLDER_TABLE) from None
    return tuple(sorted(int(key) for key in found))


_SEARCHED = ("id", "account_id", "name", "email", "phone")
_NOT_A_STAKEHOLDER_TABLE = QT_TRANSLATE_NOOP(
    "ServiceMessage", "its table of people does not fit this kamdesk"
)


def _purge_one(scratch: ScratchDatabases, dump: HeldBackup, person: PersonTerms) -> None:
    original = read_dump(dump.path)
    revision = original["schema_revision"]
    if revision != head_revision():
        raise _DumpRefused(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "it was written by an older kamdesk (schema {revision}); load it into an "
                "empty database and erase the person there, or delete it",
            ).format(revision=revision)
        )
    with scratch.empty_database() as copy:
        load_dump(copy, dump.path)
        erase_people(copy, dump.stakeholder_ids)
        purged = dump_data(copy)
    purged["written_at"] = original["written_at"]  # the dump is still the one taken then
    partial = dump.path.parent / f"{PARTIAL_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.json"
    try:
        _write_private(partial, purged, stat.S_IMODE(dump.path.stat().st_mode))
        _check(scratch, partial, original, person, dump.stakeholder_ids)
        replace_backup(partial, dump.path)
    finally:
        partial.unlink(missing_ok=True)


def _write_private(path: Path, data: dict[str, Any], mode: int) -> None:
    """Write the dump as ``write_dump`` does, into a new file only this user can read."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(text.encode("utf-8"))
    os.chmod(path, mode & 0o777)  # the permissions the dump had


def _check(
    scratch: ScratchDatabases,
    partial: Path,
    original: dict[str, Any],
    person: PersonTerms,
    erased: Iterable[int],
) -> None:
    """Refuse (raise) a purged dump that does not load back whole or changed too much."""
    written = read_dump(partial)
    with scratch.empty_database() as loaded:
        # Loaded as `kamdesk load` would (every value read back into its column). Dumping
        # it again to compare would double the check's cost (1.9 s on 2,000 accounts) and
        # find nothing the checksum and the row comparison below do not already guard.
        load_dump(loaded, partial)
    if rows_of(written, person):
        raise _check_failed(_PERSON_STILL_THERE)
    before, after = original["tables"], written["tables"]
    if set(before) != set(after):
        raise _check_failed(_TABLES_CHANGED)
    erased_ids = set(erased)
    for name, table in before.items():
        if not _same_rows(name, table, after[name], erased_ids):
            raise _check_failed(_OTHER_ROWS_CHANGED)


_PERSON_STILL_THERE = QT_TRANSLATE_NOOP("ServiceMessage", "the person is still in it")
_TABLES_CHANGED = QT_TRANSLATE_NOOP("ServiceMessage", "its tables changed")
_OTHER_ROWS_CHANGED = QT_TRANSLATE_NOOP("ServiceMessage", "rows other than the person's changed")


def _same_rows(name: str, before: Any, after: Any, erased: set[int]) -> bool:
    """Whether a table kept its columns and rows (ids), differing only where erasure writes."""
    if before["columns"] != after["columns"] or len(before["rows"]) != len(after["rows"]):
        return False
    if name not in ERASED_TABLES:
        return bool(before["rows"] == after["rows"])
    key = before["columns"].index("id")
    for old, new in zip(before["rows"], after["rows"], strict=True):
        if old[key] != new[key]:
            return False
        if name == "stakeholder" and old != new and old[key] not in erased:
            return False
    return True


def _check_failed(what: UserMessage) -> _DumpRefused:
    return _DumpRefused(QT_TRANSLATE_NOOP(
        "ServiceMessage", "the purged copy failed its check ({what})"
    ).format(what=what))


def _unreadable(path: Path, error: Exception) -> UserMessage:
    if isinstance(error, NewerSchemaError):
        return QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "The server dump {name} was written by a newer kamdesk and could not be read; "
            "it was left as it was.",
        ).format(name=path.name)
    if isinstance(error, OSError):
        return QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "The server dump {name} could not be read ({reason}); it was left as it was.",
        ).format(name=path.name, reason=os_reason(error))
    return QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The server dump {name} is damaged or not a kamdesk dump; it was left as it was.",
    ).format(name=path.name)


def _not_purged(path: Path, error: Exception) -> UserMessage:
    if isinstance(error, _DumpRefused) and isinstance(error.args[0], UserMessage):
        reason: UserMessage | str = error.args[0]
    elif isinstance(error, OSError):
        reason = os_reason(error)
    else:
        reason = QT_TRANSLATE_NOOP(
            "ServiceMessage", "it is damaged, or it changed since it was searched"
        )
    return QT_TRANSLATE_NOOP(
        "ServiceMessage", "The server dump {name} was left as it was: {reason}."
    ).format(name=path.name, reason=reason)
