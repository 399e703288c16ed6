"""Everything kamdesk holds about one person, gathered for an access request (GDPR Art. 15).

One read gathers the person's own fields (source and lawful basis included), their lines
(manager, direct reports, informal links with the KAM's notes), buying-center roles, the
interactions they took part in, the actions and other free texts that name them (by their
name, e-mail or phone: "mentions"), and the stored plan snapshots that hold them. The result
is the plain :class:`~kamdesk.domain.personal_data.PersonRecord` the JSON and PDF exports
write, with the copies inside the database only: the backups (of a server database, this
user's dumps of it) are added by :mod:`kamdesk.services.admin.person_access_request`, through
the one search the erasure uses too, which needs the dump loader of a layer above this one.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.former_contacts import identifying_terms, mentions_term
from kamdesk.domain.personal_data import (
    AttendedInteraction,
    BuyingCenterSeat,
    HoldingCopy,
    Mention,
    NamingAction,
    PersonLine,
    PersonRecord,
)
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.stakeholders.person_mentions import find_mentions
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    ActionItem,
    BuyingCenter,
    BuyingCenterMember,
    Interaction,
    PlanSnapshot,
    Stakeholder,
    StakeholderLink,
    TeamMember,
    interaction_stakeholder,
)


def person_in_database(
    db: Database, stakeholder_id: int, today: date | None = None
) -> PersonRecord:
    """What the database holds about the person (module doc), its plan snapshots as the
    copies; NotFoundError if they do not exist."""
    with db.session() as session:
        return _gather(session, stakeholder_id, today or date.today())


def _gather(session: Session, key: int, today: date) -> PersonRecord:
    person = session.get(Stakeholder, key)
    if person is None:
        raise deleted_elsewhere("person")
    account = session.get(Account, person.account_id)
    assert account is not None  # the foreign key holds
    owner = session.get(TeamMember, person.owner_id) if person.owner_id is not None else None
    terms = identifying_terms(person.name, person.email, person.phone)
    interactions = _interactions(session, key)
    actions, mentions = _actions_and_mentions(
        session, person, terms, {interaction.id for interaction in interactions}
    )
    return PersonRecord(
        generated_on=today,
        stakeholder_id=person.id,
        account_id=account.id,
        account_name=account.name,
        name=person.name,
        title=person.title,
        department=person.department,
        email=person.email,
        phone=person.phone,
        attitude=person.attitude,
        influence=person.influence,
        relationship_strength=person.relationship_strength,
        owner=owner.name if owner is not None else None,
        last_contact=person.last_contact,
        left_on=person.left_on,
        notes=person.notes,
        source=person.source,
        lawful_basis=person.lawful_basis,
        created_at=person.created_at,
        updated_at=person.updated_at,
        lines=tuple(_lines(session, person)),
        buying_centers=tuple(_seats(session, key)),
        interactions=interactions,
        actions=actions,
        mentions=mentions,
        copies=tuple(_snapshots(session, person.account_id, terms)),
    )


def _lines(session: Session, person: Stakeholder) -> list[PersonLine]:
    lines: list[PersonLine] = []
    if person.reports_to_id is not None:
        manager = session.get(Stakeholder, person.reports_to_id)
        if manager is not None:
            lines.append(PersonLine("reports_to", "to", manager.id, manager.name))
    for report_id, report_name in session.execute(
        select(Stakeholder.id, Stakeholder.name)
        .where(Stakeholder.reports_to_id == person.id).order_by(Stakeholder.name, Stakeholder.id)
    ):
        lines.append(PersonLine("direct_report", "from", report_id, report_name))
    other = Stakeholder.__table__.alias("other")
    links = session.execute(
        select(StakeholderLink, other.c.id, other.c.name)
        .join(other, or_(
            (StakeholderLink.from_id == person.id) & (other.c.id == StakeholderLink.to_id),
            (StakeholderLink.to_id == person.id) & (other.c.id == StakeholderLink.from_id),
        ))
        .order_by(StakeholderLink.id)
    ).all()
    for link, other_id, other_name in links:
        direction = "to" if link.from_id == person.id else "from"
        lines.append(PersonLine(link.kind.value, direction, other_id, other_name, link.note))
    return lines


def _seats(session: Session, key: int) -> list[BuyingCenterSeat]:
    rows = session.execute(
        select(BuyingCenter.name, BuyingCenterMember.role)
        .join(BuyingCenter, BuyingCenter.id == BuyingCenterMember.buying_center_id)
        .where(BuyingCenterMember.stakeholder_id == key)
        .order_by(BuyingCenter.name)
    ).all()
    return [BuyingCenterSeat(name, role) for name, role in rows]


def _interactions(session: Session, key: int) -> tuple[AttendedInteraction, ...]:
    rows = session.scalars(
        select(Interaction)
        .join(interaction_stakeholder,
              interaction_stakeholder.c.interaction_id == Interaction.id)
        .where(interaction_stakeholder.c.stakeholder_id == key)
        .order_by(Interaction.occurred_on, Interaction.id)
    ).all()
    return tuple(
        AttendedInteraction(row.id, row.occurred_on, row.kind, row.summary, row.next_steps)
        for row in rows
    )


def _actions_and_mentions(
    session: Session, person: Stakeholder, terms: tuple[str, ...], attended: set[int]
) -> tuple[tuple[NamingAction, ...], tuple[Mention, ...]]:
    skip = frozenset({("stakeholder", person.id), *(("interaction", i) for i in attended)})
    found = find_mentions(session, person.account_id, terms, skip=skip)
    action_ids = sorted({m.record_id for m in found if m.record_kind == "action_item"})
    actions = tuple(
        NamingAction(row.id, row.title, row.due_on, row.done, row.notes)
        for row in session.scalars(
            select(ActionItem).where(ActionItem.id.in_(action_ids)).order_by(ActionItem.id)
        )
    )
    return actions, tuple(m for m in found if m.record_kind != "action_item")


def _snapshots(session: Session, account_id: int, terms: tuple[str, ...]) -> list[HoldingCopy]:
    if not terms:
        return []
    rows = session.execute(
        select(PlanSnapshot.id, PlanSnapshot.taken_at, PlanSnapshot.reason, PlanSnapshot.content)
        .where(PlanSnapshot.account_id == account_id)
        .order_by(PlanSnapshot.taken_at, PlanSnapshot.id)
    ).all()
    return [
        HoldingCopy("plan_snapshot", taken_at, reason.value, str(snapshot_id))
        for snapshot_id, taken_at, reason, content in rows
        if mentions_term(content, terms) is not None
    ]
