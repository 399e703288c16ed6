"""Python dates and datetimes as Qt's, and dates shown in the user's locale.

Spelled out field by field: not every PySide6 release converts a ``date`` implicitly, and
its type stubs never admit it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    """A timezone-aware Python datetime as a QDateTime in UTC (naive ones are taken as UTC)."""
    moment = value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
        QTimeZone.utc(),
    )


def show_date(value: date | None) -> str:
    """A date in the user's locale, short ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def changed_at_text(value: datetime) -> str:
    """A moment in local time, day and minute, in the user's locale ("28 Nov 2026 14:05")."""
    local = to_qdatetime(value).toLocalTime()
    return QLocale().toString(local, "d MMM yyyy HH:mm")
