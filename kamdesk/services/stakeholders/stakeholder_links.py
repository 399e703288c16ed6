"""Informal lines between stakeholders: who influences whom, who is close, who is in conflict.

The reports-to line is the formal org chart; these lines are the KAM's knowledge of how the
account really works. A line joins two different people of the same account, once per kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.enums import LinkKind
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.row_deletion import DeletedRows, delete_row, restore_rows
from kamdesk.services.common.row_editing import create_row
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Stakeholder, StakeholderLink


@dataclass(frozen=True)
class LinkRow:
    """One informal line, with both people's names."""

    id: int
    version: int
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    kind: LinkKind
    note: str


def list_links(db: Database, account_id: int) -> tuple[LinkRow, ...]:
    """Every informal line between the account's stakeholders."""
    with db.session() as session:
        return tuple(read_links(session, account_id))


def read_links(session: Session, account_id: int) -> list[LinkRow]:
    """The account's informal lines inside a running unit of work, by names then kind."""
    source = aliased(Stakeholder)
    target = aliased(Stakeholder)
    found = session.execute(
        select(StakeholderLink, source.name, target.name)
        .join(source, source.id == StakeholderLink.from_id)
        .join(target, target.id == StakeholderLink.to_id)
        .where(source.account_id == account_id)
        .order_by(source.name, target.name, StakeholderLink.kind)
    )
    return [
        LinkRow(
            link.id, link.version, link.from_id, from_name, link.to_id, to_name, link.kind,
            link.note,
        )
        for link, from_name, to_name in found
    ]


def create_link(
    db: Database, from_id: int, to_id: int, kind: LinkKind | str, note: str = ""
) -> int:
    """Draw an informal line from one stakeholder to another; returns its id."""

    def validate(session: Session, _values: object) -> None:
        check_link(session, from_id, to_id, kind)

    new_id, _version = create_row(
        db,
        StakeholderLink,
        {"from_id": from_id, "to_id": to_id, "kind": _kind(kind), "note": note},
        validate,
    )
    return new_id


def check_new_link(db: Database, from_id: int, to_id: int, kind: LinkKind | str) -> None:
    """Raise the :class:`ValidationError` drawing this line would meet, writing nothing."""
    with db.session() as session:
        check_link(session, from_id, to_id, kind)


def check_link(session: Session, from_id: int, to_id: int, kind: LinkKind | str) -> None:
    """Refuse a line to oneself, across accounts, of an unknown kind, or drawn twice."""
    link_kind = _kind(kind)
    if from_id == to_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A person cannot be linked to themselves."),
            field="to_id")
    source = session.get(Stakeholder, from_id)
    target = session.get(Stakeholder, to_id)
    if source is None or target is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This person no longer exists."), field="to_id")
    if source.account_id != target.account_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Both people must belong to the same account."),
            field="to_id")
    twin = session.execute(
        select(StakeholderLink.id).where(
            StakeholderLink.from_id == from_id,
            StakeholderLink.to_id == to_id,
            StakeholderLink.kind == link_kind,
        )
    ).first()
    if twin is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This line is already drawn."), field="to_id")


def delete_link(db: Database, link_id: int, seen: Seen) -> DeletedRows:
    """Remove an informal line (undo: :func:`restore_link`)."""
    return delete_row(db, StakeholderLink, link_id, seen)


def restore_link(db: Database, deleted: DeletedRows) -> None:
    """Put a removed line back with its id."""
    restore_rows(db, deleted)


def _kind(kind: LinkKind | str) -> LinkKind:
    try:
        return LinkKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{kind!r} is not a kind of line; choose influences, close to or conflict.",
            ).format(kind=kind),
            field="kind",
        ) from None
