"""Column types that keep money, metrics and timestamps exact on every backend.

SQLite has no exact decimal type, and SQLAlchemy warns when Decimals pass through its
floating-point storage; so decimals are stored as scaled integers (cents for money) and come
back as ``Decimal``. Timestamps are stored as naive UTC and come back timezone-aware.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Enum
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP


class ScaledDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as an integer scaled by ``10 ** places``.

    A value with more places than the column keeps is refused instead of being rounded
    silently: a user typing 12.345 € must be told, not charged 12.34 €.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._factor = Decimal(10) ** places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        scaled = number * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage", "{number} has more than {places} decimal places"
                ).format(number=number, places=self.places)
            )
        return int(scaled.to_integral_value(rounding=ROUND_HALF_EVEN))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(Decimal(1).scaleb(-self.places))


def Money() -> ScaledDecimal:
    """Money in the company currency: exact to the cent."""
    return ScaledDecimal(2)


def Metric() -> ScaledDecimal:
    """A goal metric (percentages, counts, days …): exact to four places."""
    return ScaledDecimal(4)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp, stored naive in UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


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
