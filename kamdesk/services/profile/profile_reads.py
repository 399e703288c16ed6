"""An account's profile as the app's first screen reads it: through Core, not the ORM.

The app opens the last account before the ORM (``sqlalchemy.orm`` and the mapped classes)
is loaded: the Profile tab's fields, its industry choices and its last contact are read
here through the light tables of :mod:`kamdesk.store.light_tables`, into the very dataclass
the editing module (:mod:`kamdesk.services.profile.account_profile_editing`) returns. The
service tests hold the two paths equal.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from sqlalchemy import func, select

from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.store.database import Database
from kamdesk.store.light_tables import account, interaction


@dataclass(frozen=True)
class ProfileData:
    """Every editable profile field of one account, as the user sees it, with its version."""

    id: int
    version: int
    name: str
    legal_name: str
    industry: str
    employees: int | None
    annual_revenue: Decimal | None
    street: str
    postal_code: str
    city: str
    country: str
    time_zone: str
    website: str
    tier: Tier
    owner_id: int | None
    customer_since: date | None
    expected_relationship_years: int
    review_cadence: ReviewCadence
    business_plan: str
    target_audience: str
    usp: str
    notes: str


PROFILE_FIELDS: tuple[str, ...] = tuple(
    name for name in ProfileData.__dataclass_fields__ if name not in ("id", "version")
)

def read_profile(db: Database, account_id: int) -> ProfileData:
    """The account's profile as stored now (NotFoundError when it is gone)."""
    columns = [account.c[name] for name in ProfileData.__dataclass_fields__]
    with db.read() as connection:
        row = connection.execute(
            select(*columns).where(account.c.id == account_id)
        ).first()
    if row is None:
        raise deleted_elsewhere("account")
    return ProfileData(*row)


def read_account_exists(db: Database, account_id: int) -> bool:
    """Whether an account with this id exists."""
    with db.read() as connection:
        found = connection.execute(
            select(account.c.id).where(account.c.id == account_id)
        ).first()
    return found is not None


def read_known_industries(db: Database) -> list[str]:
    """Every industry some account is in, alphabetically (choices for the industry field)."""
    industry = account.c.industry
    with db.read() as connection:
        names = connection.execute(select(industry).where(industry != "").distinct()).scalars()
        return sorted(names, key=str.casefold)


def read_last_contact(db: Database, account_id: int) -> date | None:
    """The day of the account's newest interaction (None: no contact recorded)."""
    with db.read() as connection:
        newest: date | None = connection.execute(
            select(func.max(interaction.c.occurred_on)).where(
                interaction.c.account_id == account_id
            )
        ).scalar()
    return newest


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA time zone name this system knows, sorted (the time zone field's choices)."""
    return tuple(sorted(zoneinfo.available_timezones()))
