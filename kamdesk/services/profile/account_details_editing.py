"""Editing what describes an account besides its profile: competitors, needs, SWOT, team.

Each kind of row has a frozen row class, a ``list_…`` call, an ``add_…`` call and an
``update_…`` call; deletes of any of them go through :func:`delete_detail` (undoable with
``row_editing.restore_rows``). Input is checked here, before the database sees it, and a
refusal names the field it is about. The account's history (interactions) lives in
:mod:`kamdesk.services.profile.account_history_editing`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import CompetitorKind, Priority, SwotKind, TeamRole
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.services.common.compare_and_set import (
    Seen,
    get_versioned,
    translate_integrity_errors,
)
from kamdesk.services.common.row_deletion import DeletedRows, delete_row
from kamdesk.services.common.row_editing import NameRule, create_row, only_fields, update_fields
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import AccountTeamRole, Competitor, Need, SwotItem, TeamMember
from kamdesk.store.orm.base import Versioned

ENTRY_NEEDS_TEXT = QT_TRANSLATE_NOOP("ServiceMessage", "The entry needs a text.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "ServiceMessage", "At most {limit} characters fit here ({length} given)."
)
PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


@dataclass(frozen=True)
class CompetitorRow:
    """A competitor of the customer's, or ours at this account."""

    id: int
    version: int
    name: str
    kind: CompetitorKind
    strengths: str
    notes: str


@dataclass(frozen=True)
class NeedRow:
    """A need or pain point with our response."""

    id: int
    version: int
    title: str
    description: str
    our_response: str
    priority: Priority


@dataclass(frozen=True)
class SwotRow:
    """One SWOT entry; ``position`` orders the entries of one quadrant."""

    id: int
    version: int
    kind: SwotKind
    text: str
    position: int


@dataclass(frozen=True)
class TeamRoleRow:
    """One of our people in a role on the account."""

    id: int
    version: int
    team_member_id: int
    member_name: str
    member_active: bool
    role: TeamRole
    responsibilities: str


# The row tables a detail delete may name (keeps callers from deleting arbitrary tables).
DETAIL_MODELS: dict[str, type[Competitor | Need | SwotItem | AccountTeamRole]] = {
    "competitor": Competitor,
    "need": Need,
    "swot": SwotItem,
    "team_role": AccountTeamRole,
}


# -- competitors ----------------------------------------------------------------------------


def list_competitors(db: Database, account_id: int) -> list[CompetitorRow]:
    """The account's competitors: the customer's first, then ours, each by name."""
    with db.session() as session:
        rows = session.scalars(
            select(Competitor)
            .where(Competitor.account_id == account_id)
            .order_by(Competitor.kind, Competitor.name)
        ).all()
        return [
            CompetitorRow(r.id, r.version, r.name, r.kind, r.strengths, r.notes) for r in rows
        ]


def add_competitor(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """A new competitor (``name``, ``kind`` and optionally ``strengths``, ``notes``)."""
    cleaned = _clean_competitor(values, full=True)
    return _add(db, Competitor, account_id, cleaned, _check_competitor)


def update_competitor(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change a competitor's fields if it is as the caller saw it; returns the new version."""
    return _update(db, Competitor, row_id, seen, changes, _clean_competitor, _check_competitor)


def _clean_competitor(values: Mapping[str, Any], full: bool = False) -> dict[str, Any]:
    cleaned = _only(values, ("name", "kind", "strengths", "notes"))
    if full or "name" in cleaned:
        cleaned["name"] = _required_text(
            cleaned.get("name"),
            "name",
            200,
            QT_TRANSLATE_NOOP("ServiceMessage", "The competitor needs a name."),
        )
    if full or "kind" in cleaned:
        cleaned["kind"] = CompetitorKind(cleaned.get("kind", CompetitorKind.CUSTOMERS))
    return cleaned


COMPETITOR_NAME = NameRule(
    Competitor.name,
    200,
    QT_TRANSLATE_NOOP("ServiceMessage", "The competitor needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "“{name}” is already listed here."),
    too_long=TOO_LONG,
)


def _check_competitor(session: Session, account_id: int, own_id: int | None,
                      merged: Mapping[str, Any]) -> None:
    COMPETITOR_NAME.check(
        session, merged["name"], own_id,
        (Competitor.account_id == account_id) & (Competitor.kind == merged["kind"]),
    )


# -- needs ----------------------------------------------------------------------------------


def list_needs(db: Database, account_id: int) -> list[NeedRow]:
    """The account's needs, most pressing first."""
    with db.session() as session:
        rows = session.scalars(select(Need).where(Need.account_id == account_id)).all()
        ordered = sorted(rows, key=lambda n: (PRIORITY_ORDER[n.priority], n.position, n.id))
        return [
            NeedRow(n.id, n.version, n.title, n.description, n.our_response, n.priority)
            for n in ordered
        ]


def add_need(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """A new need (``title`` and optionally description, our_response, priority)."""
    cleaned = _clean_need(values, full=True)
    with db.session() as session:
        cleaned["position"] = _next_position(session, Need, account_id)
    return _add(db, Need, account_id, cleaned, None)


def update_need(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change a need's fields if it is as the caller saw it; returns the new version."""
    return _update(db, Need, row_id, seen, changes, _clean_need, None)


def _clean_need(values: Mapping[str, Any], full: bool = False) -> dict[str, Any]:
    cleaned = _only(values, ("title", "description", "our_response", "priority"))
    if full or "title" in cleaned:
        cleaned["title"] = _required_text(
            cleaned.get("title"),
            "title",
            300,
            QT_TRANSLATE_NOOP("ServiceMessage", "The need needs a title."),
        )
    if full or "priority" in cleaned:
        cleaned["priority"] = Priority(cleaned.get("priority", Priority.MEDIUM))
    return cleaned


# -- SWOT -----------------------------------------------------------------------------------


def list_swot(db: Database, account_id: int) -> list[SwotRow]:
    """Every SWOT entry of the account, by quadrant and position."""
    with db.session() as session:
        rows = session.scalars(
            select(SwotItem)
            .where(SwotItem.account_id == account_id)
            .order_by(SwotItem.kind, SwotItem.position, SwotItem.id)
        ).all()
        return [SwotRow(r.id, r.version, r.kind, r.text, r.position) for r in rows]


def add_swot_item(db: Database, account_id: int, kind: SwotKind, text: str) -> int:
    """A new SWOT entry at the end of its quadrant."""
    cleaned: dict[str, Any] = {
        "kind": SwotKind(kind),
        "text": _required_text(text, "text", 2000, ENTRY_NEEDS_TEXT),
    }
    with db.session() as session:
        cleaned["position"] = _next_position(session, SwotItem, account_id, kind=SwotKind(kind))
    return _add(db, SwotItem, account_id, cleaned, None)


def update_swot_item(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change a SWOT entry's text if it is as the caller saw it; returns the new version."""
    return _update(db, SwotItem, row_id, seen, changes, _clean_swot, None)


def _clean_swot(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = _only(values, ("text",))
    if "text" in cleaned:
        cleaned["text"] = _required_text(cleaned["text"], "text", 2000, ENTRY_NEEDS_TEXT)
    return cleaned


def move_swot_item(db: Database, row_id: int, seen: Seen, to_index: int) -> int:
    """Move an entry to place ``to_index`` (0 first) of its quadrant; returns its new version.

    Positions are renumbered 0, 1, 2 … on the way, so equal or missing positions (imported
    data) still give a definite order, and an entry's position is its place: an undo
    expects ``{"position": place}`` where the move left it.
    """
    with translate_integrity_errors(), db.session() as session:
        item = get_versioned(session, SwotItem, row_id, seen)
        siblings = list(
            session.scalars(
                select(SwotItem)
                .where(SwotItem.account_id == item.account_id, SwotItem.kind == item.kind)
                .order_by(SwotItem.position, SwotItem.id)
            ).all()
        )
        index = siblings.index(item)
        target = max(0, min(len(siblings) - 1, to_index))
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position
        session.flush()
        return item.version


# -- team roles -----------------------------------------------------------------------------


def list_team_roles(db: Database, account_id: int) -> list[TeamRoleRow]:
    """Our people on the account, by role and name."""
    with db.session() as session:
        rows = session.execute(
            select(AccountTeamRole, TeamMember)
            .join(TeamMember, TeamMember.id == AccountTeamRole.team_member_id)
            .where(AccountTeamRole.account_id == account_id)
            .order_by(AccountTeamRole.role, TeamMember.name)
        ).all()
        return [
            TeamRoleRow(r.id, r.version, m.id, m.name, m.active, r.role, r.responsibilities)
            for r, m in rows
        ]


def add_team_role(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Put one of our people (``team_member_id``) on the account in a ``role``."""
    cleaned = _clean_team_role(values, full=True)
    return _add(db, AccountTeamRole, account_id, cleaned, _check_team_role)


def update_team_role(db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change the person, role or responsibilities if as the caller saw; new version."""
    return _update(db, AccountTeamRole, row_id, seen, changes, _clean_team_role, _check_team_role)


def _clean_team_role(values: Mapping[str, Any], full: bool = False) -> dict[str, Any]:
    cleaned = _only(values, ("team_member_id", "role", "responsibilities"))
    if full and cleaned.get("team_member_id") is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Choose a team member."), "team_member_id")
    if full or "role" in cleaned:
        cleaned["role"] = TeamRole(cleaned.get("role", TeamRole.SPECIALIST))
    return cleaned


def _check_team_role(session: Session, account_id: int, own_id: int | None,
                     merged: Mapping[str, Any]) -> None:
    member = session.get(TeamMember, merged["team_member_id"])
    if member is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This team member no longer exists."),
            "team_member_id")
    query = select(func.count()).select_from(AccountTeamRole).where(
        AccountTeamRole.account_id == account_id,
        AccountTeamRole.team_member_id == member.id,
        AccountTeamRole.role == merged["role"],
    )
    if own_id is not None:
        query = query.where(AccountTeamRole.id != own_id)
    if session.execute(query).scalar_one():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{name} already has this role on the account.",
            ).format(name=member.name), "role")


# -- shared ---------------------------------------------------------------------------------


def delete_detail(db: Database, kind: str, row_id: int, seen: Seen) -> DeletedRows:
    """Delete a competitor, need, SWOT entry or team role (``kind`` from DETAIL_MODELS)."""
    return delete_row(db, DETAIL_MODELS[kind], row_id, seen)


Checker = Callable[[Session, int, int | None, Mapping[str, Any]], None]


def _add(
    db: Database,
    model: type[Versioned],
    account_id: int,
    values: Mapping[str, Any],
    check: Checker | None,
) -> int:
    def validate(session: Session, given: Mapping[str, Any]) -> None:
        if check is not None:
            check(session, account_id, None, given)

    row_id, _version = create_row(db, model, {**values, "account_id": account_id}, validate)
    return row_id


def _update(
    db: Database,
    model: type[Versioned],
    row_id: int,
    seen: Seen,
    changes: Mapping[str, Any],
    clean: Callable[[Mapping[str, Any]], dict[str, Any]],
    check: Checker | None,
) -> int:
    def validate(session: Session, row: Versioned, given: Mapping[str, Any]) -> None:
        if check is not None:
            merged = {
                name: given.get(name, getattr(row, name))
                for name in _column_names(model)
            }
            check(session, merged["account_id"], row.id, merged)

    return update_fields(db, model, row_id, seen, changes, validate, clean)


def _next_position(session: Session, model: type[Need] | type[SwotItem], account_id: int,
                   kind: SwotKind | None = None) -> int:
    query = select(func.max(model.position)).where(model.account_id == account_id)
    if kind is not None:
        query = query.where(SwotItem.kind == kind)
    highest = session.execute(query).scalar_one_or_none()
    return 0 if highest is None else int(highest) + 1


def _column_names(model: type[Versioned]) -> list[str]:
    table = getattr(model, "__table__")  # noqa: B009 - mapped classes only, not on the mixin
    return [column.name for column in table.columns]


def _only(values: Mapping[str, Any], allowed: tuple[str, ...]) -> dict[str, Any]:
    return only_fields(values, allowed, "account detail")


def _required_text(value: Any, field: str, limit: int, missing: UserMessage) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError(missing, field)
    if len(text) > limit:
        raise ValidationError(TOO_LONG.format(limit=limit, length=len(text)), field)
    return text
