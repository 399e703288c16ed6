"""Small read-only questions about our company settings, each one unit of work."""

from __future__ import annotations

from kamdesk.services.common.company_settings import settings_row
from kamdesk.store.database import Database


def company_locale(db: Database) -> str:
    """The locale our documents default to, e.g. ``de_DE``."""
    with db.session() as session:
        return settings_row(session).locale
