"""Small read-only questions about our company settings, each one unit of work."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.store.database import Database
from kamdesk.store.light_tables import company_settings


def company_locale(db: Database) -> str:
    """The locale our documents default to, e.g. ``de_DE``.

    Read through Core: the export commands ask first, and must not load the ORM for it.
    """
    with db.read() as connection:
        locale: str | None = connection.execute(
            select(company_settings.c.locale).where(company_settings.c.id == 1)
        ).scalar_one_or_none()
    if locale is not None:
        return locale
    # A database nobody has saved settings in yet: the ORM knows the defaults.
    from kamdesk.services.common.company_settings import settings_row

    with db.session() as session:
        return settings_row(session).locale
