"""An access request (GDPR Art. 15) whole: the database's record and every copy holding them.

:func:`~kamdesk.services.stakeholders.personal_data_access.person_in_database` gathers what
the database holds (its plan snapshots included); the copies outside it are found by
:func:`~kamdesk.services.admin.person_in_backups.backups_holding`, the same search an
erasure lists and purges, so an access request and an erasure always name the same copies:
a SQLite file's backups, or on a server this user's dumps of that database. This composition
sits in ``admin`` because only ``admin`` may reach the dumps (the export layer below may not
import it); the command line and the app call :func:`export_person` here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from kamdesk.domain.personal_data import HoldingCopy, PersonRecord
from kamdesk.services.admin.person_in_backups import backups_holding
from kamdesk.services.export.person_export import person_export_format, write_person_record
from kamdesk.services.stakeholders.personal_data_access import person_in_database
from kamdesk.services.stakeholders.personal_data_in_backups import BackupsHolding, PersonTerms
from kamdesk.store.database import Database

#: The kinds of copy outside the database, as the JSON names them.
BACKUP = "backup"
SERVER_DUMP = "server_dump"
#: A copy that could not be searched (damaged, or from a newer kamdesk): it may hold them.
UNREADABLE = "unreadable_"


def person_record(db: Database, stakeholder_id: int, today: date | None = None) -> PersonRecord:
    """Everything kamdesk holds about the person, and every copy that holds them."""
    record = person_in_database(db, stakeholder_id, today)
    person = PersonTerms(record.stakeholder_id, record.account_id, record.name, record.email,
                         record.phone)
    return replace(record, copies=record.copies + copies_holding(backups_holding(db, person)))


def copies_holding(holding: BackupsHolding) -> tuple[HoldingCopy, ...]:
    """The backups (or server dumps) in ``holding`` as copies of the record, oldest first.

    A backup or dump that could not be read is listed too, as unreadable
    (``unreadable_backup``, ``unreadable_server_dump``): it may hold the person, and an
    access request must not leave it out.
    """
    kind = SERVER_DUMP if holding.server_dumps else BACKUP
    copies = [HoldingCopy(kind, b.taken_at, b.reason, b.path.name) for b in holding.backups]
    copies += [
        HoldingCopy(UNREADABLE + kind, refused.taken_at, refused.made_for, refused.path.name)
        for refused in holding.unreadable
        if refused.taken_at is not None  # the names of kamdesk's copies always give it
    ]
    return tuple(sorted(copies, key=lambda copy: (copy.taken_at, copy.where)))


def export_person(
    db: Database,
    stakeholder_id: int,
    destination: Path,
    *,
    lang: str | None = None,
    today: date | None = None,
) -> PersonRecord:
    """Write the person's whole record to ``destination`` (JSON or PDF by its suffix)."""
    person_export_format(destination)  # a wrong suffix is refused before anything is read
    record = person_record(db, stakeholder_id, today)
    write_person_record(db, record, destination, lang=lang)
    return record
