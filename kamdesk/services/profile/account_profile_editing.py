"""Reading and editing an account's profile; creating and deleting accounts.

Every public call is one unit of work. Edits name the version the user saw (optimistic
locking) and are validated here, before the database sees them, with a sentence that the
profile tab shows at the field it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import Seen, get_versioned
from kamdesk.services.common.row_deletion import DeletedRows, delete_row, describe_dependents
from kamdesk.services.common.row_editing import NameRule, create_row, only_fields, update_fields
from kamdesk.services.profile.profile_reads import PROFILE_FIELDS, ProfileData, time_zone_names
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, TeamMember

# Maximum lengths of the profile's short text fields (the column sizes).
TEXT_LIMITS = {
    "name": 200,
    "legal_name": 300,
    "industry": 120,
    "street": 200,
    "postal_code": 20,
    "city": 120,
    "website": 300,
}
LONG_TEXT_FIELDS = ("business_plan", "target_audience", "usp", "notes")


def load_profile(db: Database, account_id: int) -> ProfileData:
    """The account's profile as it is stored now."""
    with db.session() as session:
        return _profile_of(get_versioned(session, Account, account_id, None))


def update_profile(db: Database, account_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Store some profile fields if the account is as the caller saw it; new version."""
    return update_fields(
        db,
        Account,
        account_id,
        seen,
        changes,
        validate=lambda session, row, values: _check_unique_name(session, values, row.id),
        clean=_cleaned,
    )


def profile_refusals(changes: Mapping[str, Any]) -> dict[str, ValidationError]:
    """Every field's refusal at once (field → error); empty when each value can be stored.

    The Profile tab shows them all under their fields, so a user who broke two fields
    learns both at once. The checks that need the database (a name another account has, an
    owner who left the team) come with the save.
    """
    only_fields(changes, PROFILE_FIELDS, "profile")
    refused: dict[str, ValidationError] = {}
    for name, value in changes.items():
        try:
            _clean(name, value)
        except ValidationError as error:
            refused[name] = error
    return refused


def _cleaned(values: Mapping[str, Any]) -> dict[str, Any]:
    only_fields(values, PROFILE_FIELDS, "profile")
    return {name: _clean(name, value) for name, value in values.items()}


def create_account(db: Database, name: str, tier: Tier = Tier.STANDARD) -> int:
    """A new account with this name; returns its id."""
    values = {"name": _clean("name", name), "tier": tier}
    account_id, _version = create_row(
        db, Account, values, validate=lambda session, v: _check_unique_name(session, v, None)
    )
    return account_id


def delete_account(db: Database, account_id: int, seen: Seen = None) -> DeletedRows:
    """Delete the account and everything that belongs to it (undo: ``restore_rows``)."""
    return delete_row(db, Account, account_id, seen)


def account_dependents(db: Database, account_id: int) -> dict[str, int]:
    """What deleting the account also removes, as row counts per table."""
    return describe_dependents(db, Account, account_id)


def account_name(db: Database, account_id: int) -> str:
    """The account's name (NotFoundError when it is gone)."""
    with db.session() as session:
        return get_versioned(session, Account, account_id, None).name


def account_exists(db: Database, account_id: int) -> bool:
    """Whether an account with this id exists."""
    with db.session() as session:
        return session.get(Account, account_id) is not None


def known_industries(db: Database) -> list[str]:
    """Every industry some account is in, alphabetically (choices for the industry field)."""
    with db.session() as session:
        names = session.scalars(
            select(Account.industry).where(Account.industry != "").distinct()
        ).all()
    return sorted(names, key=str.casefold)


def unused_account_name(db: Database, base: str) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever no account has yet."""
    with db.session() as session:
        taken = set(
            session.scalars(select(Account.name).where(Account.name.startswith(base))).all()
        )
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


def _profile_of(account: Account) -> ProfileData:
    return ProfileData(
        id=account.id,
        version=account.version,
        **{name: getattr(account, name) for name in PROFILE_FIELDS},
    )


def _check_unique_name(session: Session, values: Mapping[str, Any], own_id: int | None) -> None:
    if "name" in values:
        _check_unique_account_name(session, values["name"], own_id)
    owner_id = values.get("owner_id")
    if owner_id is not None and session.get(TeamMember, owner_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This team member no longer exists."), "owner_id")


ACCOUNT_NAME = NameRule(
    Account.name,
    TEXT_LIMITS["name"],
    QT_TRANSLATE_NOOP("ServiceMessage", "The account needs a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An account named “{name}” already exists."),
    too_long=QT_TRANSLATE_NOOP(
        "ServiceMessage", "At most {limit} characters fit here ({length} given)."
    ),
)


def _check_unique_account_name(session: Session, name: str, own_id: int | None) -> None:
    ACCOUNT_NAME.check(session, name, own_id)


_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _clean(name: str, value: Any) -> Any:
    """The value to store, or ValidationError with a sentence for the field."""
    if name in TEXT_LIMITS:
        text = str(value or "").strip()
        if name == "name" and not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "The account needs a name."), name)
        if len(text) > TEXT_LIMITS[name]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "At most {limit} characters fit here ({count} given).",
                ).format(limit=TEXT_LIMITS[name], count=len(text)), name
            )
        if name == "website" and " " in text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "A web address cannot contain spaces."), name)
        return text
    if name in LONG_TEXT_FIELDS:
        return str(value or "")
    if name == "employees":
        if value is None:
            return None
        if not isinstance(value, int) or value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Employees must be a whole number of 0 or more.",
                ), name)
        return value
    if name == "annual_revenue":
        if value is None:
            return None
        amount = Decimal(value)
        if amount < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Revenue cannot be negative."), name)
        if amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Revenue is kept to the cent: at most two decimals.",
                ), name)
        return amount
    if name == "country":
        code = str(value or "").strip().upper()
        if code and not _COUNTRY.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Choose a country from the list."), name)
        return code
    if name == "time_zone":
        zone = str(value or "").strip()
        if zone and zone not in time_zone_names():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "“{zone}” is not a known time zone.",
                ).format(zone=zone), name)
        return zone
    if name == "expected_relationship_years":
        if not isinstance(value, int) or not 1 <= value <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Expected relationship years must be 1 to 100.",
                ), name)
        return value
    if name == "tier":
        return Tier(value)
    if name == "review_cadence":
        return ReviewCadence(value)
    if name == "customer_since":
        if value is not None and not isinstance(value, date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date."), name)
        if value is not None and value > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Customer since cannot be in the future."),
                name)
        return value
    return value  # owner_id: checked against the team in the transaction
