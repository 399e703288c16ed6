"""Everything the Stakeholders tab shows of an account, read in one unit of work.

The tab lists the people, draws their informal lines, offers our team as owners and draws
the relationship map. Read one by one, that took four sessions and read the people and the
lines twice each (the map is made of the same rows); here each is read once and the map is
made from what was read, so a tab switch costs one read of the account's people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.stakeholders.relationship_map import RelationshipMap, relationship_map_of
from kamdesk.services.stakeholders.stakeholder_editing import (
    OwnerChoice,
    StakeholderList,
    read_owner_choices,
)
from kamdesk.services.stakeholders.stakeholder_facts import read_stakeholders
from kamdesk.services.stakeholders.stakeholder_links import LinkRow, read_links
from kamdesk.store.database import Database
from kamdesk.store.orm import Account


@dataclass(frozen=True)
class StakeholdersView:
    """An account's people, their lines, the possible owners and the map, as of one read."""

    listing: StakeholderList
    links: tuple[LinkRow, ...]
    owners: tuple[OwnerChoice, ...]
    relationship_map: RelationshipMap


def load_stakeholders_view(
    db: Database, account_id: int, today: date | None = None
) -> StakeholdersView:
    """What the Stakeholders tab shows of this account (people who left in the list only)."""
    day = today or date.today()
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise deleted_elsewhere("account")
        stale_days = settings_row(session).stale_contact_days
        rows = read_stakeholders(session, account_id, day, stale_days)
        links = read_links(session, account_id)
        return StakeholdersView(
            listing=StakeholderList(tuple(rows), stale_days),
            links=tuple(links),
            owners=read_owner_choices(session),
            relationship_map=relationship_map_of(account, rows, links, stale_days, day),
        )
