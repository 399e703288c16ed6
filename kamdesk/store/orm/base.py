"""The declarative base: naming convention, timestamps and the optimistic-lock version.

Every constraint gets a predictable name (SQLite batch migrations can only alter named
constraints). Every table has ``created_at``/``updated_at``; every editable row has a
``version`` that SQLAlchemy checks on UPDATE, so two windows (or two people on PostgreSQL)
never overwrite each other silently.

Versions come from one database-wide clock (``row_version_clock``), never from a per-row
counter. If each row counted from 1, a row deleted and created again (a revenue quarter
cleared and retyped) would present version 1 again, and a window that saw the old row's
version 1 would overwrite the new figures without a conflict. Every INSERT and UPDATE,
through the ORM or Core, takes the clock one step forward (one step per statement), so a
version a window once saw never comes back for that row. The contract stays simple: an
update names the version it saw; a different current version is a ConflictError. Versions
are ordered but not consecutive: compare them for equality only.
"""

from __future__ import annotations

import threading
import weakref
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Integer,
    MetaData,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kamdesk.store.column_types import UtcDateTime, utc_now
from kamdesk.store.editors import EDITOR_NAME_LENGTH, editor_of
from kamdesk.store.row_versions import draw_row_version

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every kamdesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


row_version_clock = Table(
    "row_version_clock",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# One stamp per statement: every row of an executemany INSERT shares it, which is enough,
# because no other transaction sees those rows before the statement's transaction commits.
# The app writes from worker threads: the lock keeps the bookkeeping consistent.
_stamps: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()
_stamps_lock = threading.Lock()


def next_row_version(context: Any) -> int:
    """Default and onupdate of ``version``: the clock, moved one step forward."""
    with _stamps_lock:
        stamp = _stamps.get(context)
    if stamp is None:
        stamp = draw_row_version(context.connection)
        with _stamps_lock:
            _stamps[context] = stamp
    return stamp


def data_tables() -> list[Table]:
    """Every table holding the user's data, parents first (the version clock is not data:
    deleting its row would let versions start again)."""
    return [table for table in Base.metadata.sorted_tables if table is not row_version_clock]


class Timestamped:
    """Created/updated timestamps (UTC, timezone-aware)."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, onupdate=utc_now)


class Versioned(Timestamped):
    """An editable row: an integer id, timestamps and an optimistic-lock version."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-10)
    version: Mapped[int] = mapped_column(
        Integer, default=next_row_version, onupdate=next_row_version, sort_order=-9
    )
    # Who saved the row last (``updated_at`` says when), stamped on every INSERT and UPDATE
    # from the open database's editor (kamdesk.store.editors); None for rows older than
    # revision 0004, whose author nobody recorded.
    changed_by: Mapped[str | None] = mapped_column(
        String(EDITOR_NAME_LENGTH), default=editor_of, onupdate=editor_of
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The ORM still checks the version it loaded in the UPDATE's WHERE clause; the new
        # value comes from the column's onupdate (the clock), not from a +1 generator.
        return {"version_id_col": cls.version, "version_id_generator": False}


def check(condition: str, name: str) -> CheckConstraint:
    """A named CHECK constraint (the metadata's naming convention adds the table)."""
    return CheckConstraint(condition, name=name)
