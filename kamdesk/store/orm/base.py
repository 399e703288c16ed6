"""The declarative base: naming convention, timestamps and the optimistic-lock version.

Every constraint gets a predictable name (SQLite batch migrations can only alter named
constraints). Every table has ``created_at``/``updated_at``; every editable row has a
``version`` that SQLAlchemy checks on UPDATE, so two windows (or two people on PostgreSQL)
never overwrite each other silently.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kamdesk.store.column_types import UtcDateTime, utc_now

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


class Timestamped:
    """Created/updated timestamps (UTC, timezone-aware)."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, onupdate=utc_now)


class Versioned(Timestamped):
    """An editable row: an integer id, timestamps and an optimistic-lock version."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-10)
    version: Mapped[int] = mapped_column(Integer, default=1, sort_order=-9)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


def enum_column(enum_class: type[enum.StrEnum], name: str) -> Enum:
    """A string column restricted to an enumeration's values by a CHECK constraint.

    Stored as VARCHAR (not a native enum), so SQLite and PostgreSQL hold the same values
    and adding a member is a plain migration.
    """
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def check(condition: str, name: str) -> CheckConstraint:
    """A named CHECK constraint (the metadata's naming convention adds the table)."""
    return CheckConstraint(condition, name=name)
