"""What erasing a person would leave behind, for the confirmation before it is done.

The app's confirmation names the texts the KAM will have to edit by hand (those erasure
does not rewrite itself) and the backups that hold the person, with their dates, so the
KAM can choose to purge those too. Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from kamdesk.domain.personal_data import Mention
from kamdesk.services.stakeholders.person_mentions import find_mentions
from kamdesk.services.stakeholders.personal_data_erasure import SCRUBBED_KINDS
from kamdesk.services.stakeholders.personal_data_in_backups import (
    BackupsHolding,
    PersonTerms,
    backups_holding,
    person_terms,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import StakeholderLink


@dataclass(frozen=True)
class ErasurePreview:
    """The person, the texts that would still name them, and the backups holding them."""

    person: PersonTerms
    mentions_left: tuple[Mention, ...]
    backups: BackupsHolding


def erasure_preview(db: Database, stakeholder_id: int) -> ErasurePreview:
    """What :func:`erase_people` would leave for the KAM (read only)."""
    person = person_terms(db, stakeholder_id)
    with db.session() as session:
        # Their own lines' notes are blanked by the erasure: not left to edit.
        own_links = session.scalars(
            select(StakeholderLink.id).where(or_(
                StakeholderLink.from_id == stakeholder_id, StakeholderLink.to_id == stakeholder_id
            ))
        ).all()
        skip = frozenset({("stakeholder", stakeholder_id),
                          *(("stakeholder_link", link) for link in own_links)})
        found = find_mentions(session, person.account_id, person.terms, skip=skip)
    left = tuple(m for m in found if m.record_kind not in SCRUBBED_KINDS)
    return ErasurePreview(person, left, backups_holding(db, person))
