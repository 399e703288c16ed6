"""Everything the Buying centers tab shows of an account, read in one unit of work.

The tab shows the centers with their members and coverage, and offers the account's people
(those still there) to add. Both are made of the same stakeholder rows: read once here, where
the tab read them twice in two sessions (once for the centers, once for the people).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.services.stakeholders.buying_center_editing import (
    BuyingCenterOverview,
    buying_centers_of,
)
from kamdesk.services.stakeholders.stakeholder_editing import (
    StakeholderList,
    read_account_people,
)
from kamdesk.store.database import Database


@dataclass(frozen=True)
class BuyingCentersView:
    """An account's buying centers and its people, as of one read."""

    overview: BuyingCenterOverview
    people: StakeholderList


def load_buying_centers_view(
    db: Database, account_id: int, today: date | None = None
) -> BuyingCentersView:
    """What the Buying centers tab shows of this account."""
    day = today or date.today()
    with db.session() as session:
        _account, people = read_account_people(session, account_id, day)
        return BuyingCentersView(
            overview=buying_centers_of(
                session, account_id, day, people.stale_after_days, people.rows
            ),
            people=people,
        )
