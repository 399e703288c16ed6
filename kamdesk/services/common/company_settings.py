"""Reading our own company settings (the one settings row, created with defaults on demand)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kamdesk.store.orm import CompanySettings


def settings_row(session: Session) -> CompanySettings:
    """The settings row; a database that has none gets one with the defaults."""
    row = session.get(CompanySettings, 1)
    if row is None:
        row = CompanySettings(id=1)
        session.add(row)
        session.flush()
    return row
