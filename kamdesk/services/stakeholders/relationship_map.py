"""The relationship map of an account as plain data, for the app's map and for the exports.

The map shows the people currently at the account (those who left stay in the table and the
plan, off the map), their reports-to lines laid out by the domain's :func:`layout_org`, the
informal lines between them, and what the filters need: buying centers and departments.
People are :class:`~kamdesk.domain.plan.StakeholderEntry` objects, so the Qt scene, the SVG
writer and the reportlab drawing all read the same fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.coverage import HIGH_INFLUENCE
from kamdesk.domain.enums import Attitude, BuyingRole
from kamdesk.domain.org_layout import LayoutSpec, OrgLayout, OrgNode, layout_org
from kamdesk.domain.plan import LinkEntry, StakeholderEntry
from kamdesk.services.common.account_lookup import find_account
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.stakeholders.stakeholder_entries import link_entry, stakeholder_entry
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow, read_stakeholders
from kamdesk.services.stakeholders.stakeholder_links import LinkRow, read_links
from kamdesk.store.database import Database
from kamdesk.store.orm import Account


@dataclass(frozen=True)
class RelationshipMap:
    """Who is on an account's map and how they are connected."""

    account_id: int
    account_name: str
    people: tuple[StakeholderEntry, ...]
    links: tuple[LinkEntry, ...]
    buying_centers: tuple[str, ...]
    departments: tuple[str, ...]
    stale_after_days: int
    today: date


def load_relationship_map(
    db: Database, account: int | str, today: date | None = None
) -> RelationshipMap:
    """The map of the account with this id or exact name (people who left are not on it)."""
    day = today or date.today()
    with db.session() as session:
        found = find_account(session, account)
        stale_days = settings_row(session).stale_contact_days
        rows = read_stakeholders(session, found.id, day, stale_days)
        return relationship_map_of(found, rows, read_links(session, found.id), stale_days, day)


def relationship_map_of(
    account: Account,
    rows: Sequence[StakeholderRow],
    links: Sequence[LinkRow],
    stale_after_days: int,
    today: date,
) -> RelationshipMap:
    """The map made of an account's people and lines already read (by name, as read)."""
    on_map_rows = [row for row in rows if not row.has_left]
    on_map = {row.id for row in on_map_rows}
    centers = sorted(
        {role.name for row in on_map_rows for role in row.buying_centers}, key=str.casefold
    )
    departments = sorted(
        {row.department for row in on_map_rows if row.department}, key=str.casefold
    )
    return RelationshipMap(
        account_id=account.id,
        account_name=account.name,
        people=tuple(stakeholder_entry(row) for row in on_map_rows),
        links=tuple(
            link_entry(link) for link in links if link.from_id in on_map and link.to_id in on_map
        ),
        buying_centers=tuple(centers),
        departments=tuple(departments),
        stale_after_days=stale_after_days,
        today=today,
    )


def map_layout(
    people: Sequence[StakeholderEntry], spec: LayoutSpec | None = None
) -> OrgLayout[int]:
    """The org chart of these people: managers who are not on the map make their reports tops.

    Siblings are ordered by name, so a team reads alphabetically left to right.
    """
    on_map = {person.id for person in people}
    return layout_org(
        (
            OrgNode(
                person.id,
                person.reports_to_id if person.reports_to_id in on_map else None,
                person.name.casefold(),
            )
            for person in people
        ),
        spec,
    )


def coverage_flags(person: StakeholderEntry) -> tuple[str, ...]:
    """The coverage marks of a card: "decider" (a decider in some buying center) and
    "blocker" (a blocker with high influence), in that order."""
    flags: list[str] = []
    if any(role.role is BuyingRole.DECIDER for role in person.buying_centers):
        flags.append("decider")
    if person.attitude is Attitude.BLOCKER and person.influence >= HIGH_INFLUENCE:
        flags.append("blocker")
    return tuple(flags)
