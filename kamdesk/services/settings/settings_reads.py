"""The settings and the team as the app's first screen reads them: through Core, not the ORM.

The window must be filled before the ORM (``sqlalchemy.orm`` and the mapped classes, as
long to import as SQLAlchemy itself) is loaded, and it needs the company settings (locale,
currency) and the team (the owner list) for that. These reads go through the light tables
of :mod:`kamdesk.store.light_tables` and return the very dataclasses the editing module
(:mod:`kamdesk.services.settings.team_and_settings`) returns; the service tests hold the two
paths equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from kamdesk.store.database import Database
from kamdesk.store.light_tables import company_settings, team_member


@dataclass(frozen=True)
class SettingsData:
    """The settings a user edits in the Settings dialog, with the row's version."""

    version: int
    company_name: str
    logo_png: bytes | None
    currency: str
    locale: str
    fiscal_year_start_month: int
    default_kam_capacity: int
    # Gross margin for CLV as a percentage (35.5 means 35.5 %), as the user types it.
    gross_margin_percent: Decimal
    stale_contact_days: int
    # People who left, and everyone on an account inactive this long, are listed for review
    # (kamdesk.domain.retention).
    retention_months: int


SETTINGS_FIELDS = tuple(
    name for name in SettingsData.__dataclass_fields__ if name != "version"
)


@dataclass(frozen=True)
class TeamMemberRow:
    """One of our people."""

    id: int
    version: int
    name: str
    role: str
    email: str
    capacity: int
    active: bool


def settings_data(
    version: int, company_name: str, logo_png: bytes | None, currency: str, locale: str,
    fiscal_year_start_month: int, default_kam_capacity: int, gross_margin: Decimal,
    stale_contact_days: int, retention_months: int,
) -> SettingsData:
    """The settings as the user sees them, from the stored columns (margin as a fraction)."""
    return SettingsData(
        version=version,
        company_name=company_name,
        logo_png=logo_png,
        currency=currency,
        locale=locale,
        fiscal_year_start_month=fiscal_year_start_month,
        default_kam_capacity=default_kam_capacity,
        gross_margin_percent=(gross_margin * 100).quantize(Decimal("0.01")),
        stale_contact_days=stale_contact_days,
        retention_months=retention_months,
    )


def read_settings(db: Database) -> SettingsData:
    """The settings as stored now, as :func:`~.team_and_settings.load_settings` gives them."""
    s = company_settings.c
    with db.read() as connection:
        row = connection.execute(
            select(
                s.version, s.company_name, s.logo_png, s.currency, s.locale,
                s.fiscal_year_start_month, s.default_kam_capacity, s.gross_margin,
                s.stale_contact_days, s.retention_months,
            ).where(s.id == 1)
        ).first()
    if row is None:
        # A fresh database has no settings row yet; making it with its defaults is a write
        # through the ORM (once per database, so its import cost does not matter here).
        from kamdesk.services.common.company_settings import settings_row

        with db.session() as session:
            settings_row(session)
        return read_settings(db)
    return settings_data(**row._asdict())  # the columns are named as its parameters


def read_team_members(db: Database, active_only: bool = False) -> list[TeamMemberRow]:
    """Our people by name, as :func:`~.team_and_settings.list_team_members` gives them."""
    m = team_member.c
    query = select(m.id, m.version, m.name, m.role, m.email, m.capacity, m.active).order_by(
        m.name
    )
    if active_only:
        query = query.where(m.active.is_(True))
    with db.read() as connection:
        return [TeamMemberRow(*row) for row in connection.execute(query)]
