"""Everything the Buying centers tab shows of an account, read in one unit of work.

The tab shows the centers with their members and coverage, and offers the account's people
(those still there) to add. Both are made of the same stakeholder rows: read once here, where
the tab read them twice in two sessions (once for the centers, once for the people).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.stakeholders.buying_center_editing import (
    BuyingCenterOverview,
    buying_centers_of,
)
from kamdesk.services.stakeholders.stakeholder_editing import StakeholderList
from kamdesk.services.stakeholders.stakeholder_facts import read_stakeholders
from kamdesk.store.database import Database
from kamdesk.store.orm import Account


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
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        stale_days = settings_row(session).stale_contact_days
        people = read_stakeholders(session, account_id, day, stale_days)
        return BuyingCentersView(
            overview=buying_centers_of(session, account_id, day, stale_days, people),
            people=StakeholderList(tuple(people), stale_days),
        )
