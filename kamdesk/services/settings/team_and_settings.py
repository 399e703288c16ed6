"""Our own side: the company settings (name, logo, currency, locale, thresholds) and the team.

Settings are one row (created with defaults on first read). Team members are our people:
removing one also removes their roles on account teams and leaves the accounts they owned
without an owner, so :func:`team_member_dependents` says how many before the UI asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.retention import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.row_deletion import DeletedRows, delete_row
from kamdesk.services.common.row_editing import NameRule, create_row, only_fields, update_fields
from kamdesk.services.settings.settings_reads import (
    SETTINGS_FIELDS,
    SettingsData,
    TeamMemberRow,
    settings_data,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, AccountTeamRole, CompanySettings, TeamMember

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 2_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class MemberDependents:
    """What removing a team member changes elsewhere."""

    team_roles: int
    owned_accounts: int


# What a whole-number setting out of its range says.
_MONTH_RANGE = QT_TRANSLATE_NOOP("ServiceMessage", "The fiscal year starts in month 1 to 12.")
_CAPACITY_RANGE = QT_TRANSLATE_NOOP("ServiceMessage", "Capacity must be 0 or more accounts.")
_STALE_RANGE = QT_TRANSLATE_NOOP("ServiceMessage", "Stale after 1 to 3650 days.")
_RETENTION_RANGE = QT_TRANSLATE_NOOP("ServiceMessage", "Keep personal data for 1 to 600 months.")


def load_settings(db: Database) -> SettingsData:
    """The settings as stored now (defaults on a fresh database)."""
    with db.session() as session:
        row = settings_row(session)
        return settings_data(
            row.version, row.company_name, row.logo_png, row.currency, row.locale,
            row.fiscal_year_start_month, row.default_kam_capacity, row.gross_margin,
            row.stale_contact_days, row.retention_months,
        )


def update_settings(db: Database, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Store some settings (names of :class:`SettingsData`) if they are as the caller saw
    them; returns the new version."""
    with db.session() as session:
        settings_row(session)  # a fresh database gets its row before the versioned update
    return update_fields(db, CompanySettings, 1, seen, changes, clean=_settings_columns)


def _settings_columns(values: Mapping[str, Any]) -> dict[str, Any]:
    only_fields(values, SETTINGS_FIELDS, "settings")
    return dict(_clean_setting(name, value) for name, value in values.items())


def list_team_members(db: Database, active_only: bool = False) -> list[TeamMemberRow]:
    """Our people by name."""
    with db.session() as session:
        query = select(TeamMember).order_by(TeamMember.name)
        if active_only:
            query = query.where(TeamMember.active.is_(True))
        return [
            TeamMemberRow(m.id, m.version, m.name, m.role, m.email, m.capacity, m.active)
            for m in session.scalars(query).all()
        ]


def add_team_member(db: Database, values: Mapping[str, Any]) -> int:
    """A new team member (``name`` required); returns the id."""
    cleaned = {name: _clean_member(name, value) for name, value in values.items()}
    if "name" not in cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A team member needs a name."), "name")
    member_id, _version = create_row(
        db, TeamMember, cleaned, validate=lambda s, v: _check_member_name(s, v, None)
    )
    return member_id


def update_team_member(db: Database, member_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change a team member's fields if they are as the caller saw; returns the new version."""
    return update_fields(
        db,
        TeamMember,
        member_id,
        seen,
        changes,
        validate=lambda s, row, v: _check_member_name(s, v, row.id),
        clean=lambda values: {name: _clean_member(name, v) for name, v in values.items()},
    )


def team_member_dependents(db: Database, member_id: int) -> MemberDependents:
    """How many team roles go and how many accounts lose their owner if they are removed."""
    with db.session() as session:
        roles = session.execute(
            select(func.count())
            .select_from(AccountTeamRole)
            .where(AccountTeamRole.team_member_id == member_id)
        ).scalar_one()
        owned = session.execute(
            select(func.count()).select_from(Account).where(Account.owner_id == member_id)
        ).scalar_one()
    return MemberDependents(team_roles=roles, owned_accounts=owned)


def delete_team_member(db: Database, member_id: int, seen: Seen) -> DeletedRows:
    """Remove a team member (undo with ``row_deletion.restore_rows``)."""
    return delete_row(db, TeamMember, member_id, seen)


def _clean_setting(name: str, value: Any) -> tuple[str, Any]:
    if name == "company_name":
        text = str(value or "").strip()
        if len(text) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "At most 200 characters fit here."), name)
        return name, text
    if name == "logo_png":
        if value is None:
            return name, None
        data = bytes(value)
        if not data.startswith(PNG_SIGNATURE):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "The logo must be stored as a PNG image."),
                name)
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The logo is larger than 2 MB; choose a smaller image.",
                ), name)
        return name, data
    if name == "currency":
        code = str(value or "").strip().upper()
        if not _CURRENCY.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "A currency is a three-letter code such as EUR.",
                ), name)
        return name, code
    if name == "locale":
        code = str(value or "").strip()
        if not _LOCALE.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "A locale looks like de_DE or en_GB."), name)
        return name, code
    if name == "fiscal_year_start_month":
        return name, _whole(value, name, 1, 12, _MONTH_RANGE)
    if name == "default_kam_capacity":
        return name, _whole(value, name, 0, 1000, _CAPACITY_RANGE)
    if name == "stale_contact_days":
        return name, _whole(value, name, 1, 3650, _STALE_RANGE)
    if name == "retention_months":
        # Checked here only: the column has no CHECK (adding one would rebuild the table).
        return name, _whole(value, name, MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS,
                            _RETENTION_RANGE)
    if name == "gross_margin_percent":
        percent = Decimal(value)
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The gross margin is a percentage from 0 to 100.",
                ), name)
        fraction = percent / 100
        if fraction != fraction.quantize(Decimal("0.0001")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "The gross margin is kept to two decimals."),
                name)
        return "gross_margin", fraction
    raise ValueError(name)


def _clean_member(name: str, value: Any) -> Any:
    if name == "name":
        text = str(value or "").strip()
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "A team member needs a name."), name)
        if len(text) > 120:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "At most 120 characters fit here."), name)
        return text
    if name == "role":
        return str(value or "").strip()[:120]
    if name == "email":
        text = str(value or "").strip()
        if text and not _EMAIL.match(text):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "An e-mail address looks like name@example.com.",
                ), name)
        return text
    if name == "capacity":
        return _whole(value, name, 0, 1000, _CAPACITY_RANGE)
    if name == "active":
        return bool(value)
    raise ValueError(f"unknown team member field {name}")


MEMBER_NAME = NameRule(
    TeamMember.name,
    120,
    QT_TRANSLATE_NOOP("ServiceMessage", "A team member needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "“{name}” is already on the team."),
    too_long=QT_TRANSLATE_NOOP("ServiceMessage", "At most {limit} characters fit here."),
)


def _check_member_name(session: Session, values: Mapping[str, Any], own_id: int | None) -> None:
    if "name" in values:
        MEMBER_NAME.check(session, values["name"], own_id)


def _whole(value: Any, field: str, low: int, high: int, message: UserMessage) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(message, field)
    return value
