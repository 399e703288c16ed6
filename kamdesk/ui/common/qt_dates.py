"""Python dates and datetimes as Qt's, and dates shown in the user's locale.

Spelled out field by field: not every PySide6 release converts a ``date`` implicitly, and
its type stubs never admit it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateEdit

# A year written with exactly two letters in a Qt date pattern ("dd.MM.yy", "M/d/yy").
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


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


def date_pattern() -> str:
    """The user's locale's short date pattern with a four-digit year ("dd.MM.yyyy").

    Qt's short pattern for German and US English has a two-digit year ("dd.MM.yy"), and a
    date edit with it takes a typed "01.04.98" into the century of the date it showed: a
    customer since 1998 became one since 2098. Business dates are read in full anyway.
    """
    return _TWO_DIGIT_YEAR.sub("yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def show_full_years(edit: QDateEdit) -> QDateEdit:
    """Give ``edit`` the user's date pattern with a four-digit year (see :func:`date_pattern`)."""
    edit.setDisplayFormat(date_pattern())
    return edit


def show_date(value: date | None) -> str:
    """A date in the user's locale, short, with a four-digit year ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_pattern())


def changed_at_text(value: datetime) -> str:
    """A moment in local time, day and minute, in the user's locale ("28 Nov 2026 14:05")."""
    local = to_qdatetime(value).toLocalTime()
    return QLocale().toString(local, "d MMM yyyy HH:mm")
