"""Reading our own company settings (the one settings row, created with defaults on demand)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kamdesk.store.orm import CompanySettings


def settings_row(session: Session) -> CompanySettings:
    """The settings row; a database that has none gets one with the defaults."""
    row = session.get(CompanySettings, 1)
    if row is not None:
        return row
    try:
        # A savepoint: on a shared server two first starts may both find no row; the second
        # insert then fails, and that kamdesk reads the row the first one made.
        with session.begin_nested():
            row = CompanySettings(id=1)
            session.add(row)
    except IntegrityError:
        made = session.get(CompanySettings, 1, populate_existing=True)
        assert made is not None  # the row that beat ours to the key
        return made
    return row
