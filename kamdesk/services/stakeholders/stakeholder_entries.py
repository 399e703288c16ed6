"""The plan's view of the account's people: stakeholder and informal-line entries.

The plan sections, the relationship map and its exports all describe people with these
plain entries, so they are built in one place.
"""

from __future__ import annotations

from kamdesk.domain.plan import LinkEntry, StakeholderEntry
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.services.stakeholders.stakeholder_links import LinkRow


def stakeholder_entry(row: StakeholderRow) -> StakeholderEntry:
    """The plan's view of one stakeholder."""
    return StakeholderEntry(
        id=row.id,
        name=row.name,
        title=row.title,
        department=row.department,
        email=row.email,
        phone=row.phone,
        reports_to=row.reports_to,
        reports_to_id=row.reports_to_id,
        attitude=row.attitude,
        influence=row.influence,
        relationship_strength=row.relationship_strength,
        owner=row.owner,
        owner_initials=row.owner_initials,
        last_contact=row.last_contact,
        freshness=row.freshness,
        left=row.left_on,
        notes=row.notes,
        buying_centers=row.buying_centers,
    )


def link_entry(link: LinkRow) -> LinkEntry:
    """The plan's view of one informal line."""
    return LinkEntry(
        from_=link.from_name,
        to=link.to_name,
        from_id=link.from_id,
        to_id=link.to_id,
        kind=link.kind,
        note=link.note,
    )
