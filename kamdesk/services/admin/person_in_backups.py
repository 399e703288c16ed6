"""The copies of a database that still hold a person, whatever the backend, for an erasure.

A SQLite file's backups are searched and purged by
:mod:`kamdesk.services.stakeholders.personal_data_in_backups`; a server database's are the
portable dumps this kamdesk wrote into the user's backup folder,
:mod:`personal_data_in_server_dumps`. Both answer with the same classes, so the app's
confirmation and ``kamdesk person erase`` list and purge either kind the same way. This
module chooses between them; it sits in ``admin`` because the dumps need the dump loader and
writer (``exchange``), which the stakeholder services may not import.
"""

from __future__ import annotations

from dataclasses import replace

from kamdesk.services.admin.personal_data_in_server_dumps import dumps_holding, purge_from_dumps
from kamdesk.services.stakeholders import personal_data_in_backups as sqlite_backups
from kamdesk.services.stakeholders.personal_data_erasure_preview import (
    ErasurePreview,
)
from kamdesk.services.stakeholders.personal_data_erasure_preview import (
    erasure_preview as database_erasure_preview,
)
from kamdesk.services.stakeholders.personal_data_in_backups import (
    BackupsHolding,
    PersonTerms,
    PurgeResult,
    person_terms,
)
from kamdesk.store.database import Database

__all__ = ["backups_holding", "erasure_preview", "purge_from_backups"]


def backups_holding(db: Database, stakeholder: int | PersonTerms) -> BackupsHolding:
    """The database's backups (a server's: this user's dumps of it) that hold the person."""
    if db.location.path is not None:
        return sqlite_backups.backups_holding(db, stakeholder)
    person = stakeholder if isinstance(stakeholder, PersonTerms) else person_terms(db, stakeholder)
    return dumps_holding(db, person)


def purge_from_backups(db: Database, holding: BackupsHolding) -> PurgeResult:
    """Erase the person from each backup (or dump) in ``holding``; report the refused."""
    if holding.server_dumps:
        return purge_from_dumps(holding)
    return sqlite_backups.purge_from_backups(db, holding)


def erasure_preview(db: Database, stakeholder_id: int) -> ErasurePreview:
    """:func:`~kamdesk.services.stakeholders.personal_data_erasure_preview.erasure_preview`,
    with a server database's dumps as its backups."""
    preview = database_erasure_preview(db, stakeholder_id)
    if db.location.path is not None:
        return preview
    return replace(preview, backups=dumps_holding(db, preview.person))
