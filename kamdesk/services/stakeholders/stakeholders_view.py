"""Everything the Stakeholders tab shows of an account, read in one unit of work.

The tab lists the people, draws their informal lines, offers our team as owners and draws
the relationship map. Read one by one, that took four sessions and read the people and the
lines twice each (the map is made of the same rows); here each is read once and the map is
made from what was read, so a tab switch costs one read of the account's people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.services.stakeholders.relationship_map import RelationshipMap, relationship_map_of
from kamdesk.services.stakeholders.stakeholder_editing import (
    OwnerChoice,
    StakeholderList,
    read_account_people,
    read_owner_choices,
)
from kamdesk.services.stakeholders.stakeholder_links import LinkRow, read_links
from kamdesk.store.database import Database


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
        account, listing = read_account_people(session, account_id, day)
        links = read_links(session, account_id)
        return StakeholdersView(
            listing=listing,
            links=tuple(links),
            owners=read_owner_choices(session),
            relationship_map=relationship_map_of(
                account, listing.rows, links, listing.stale_after_days, day
            ),
        )
