"""Choosing an account's time zone, and showing its local time next to ours.

Meetings cross time zones: the label says "14:05 there (UTC+08:00) · 07:05 here — 7 h
ahead" and ticks every 30 seconds while it is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QHideEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from kamdesk.services.profile.profile_reads import time_zone_names

TICK_MS = 30_000


class TimeZoneCombo(QComboBox):
    """An editable combo over every IANA zone, completing on any part ("tokyo" → Asia/Tokyo).

    The ~600 zone names are listed when the user first reaches for the field (focus, the
    drop-down, the wheel), not when the Profile tab is made: finding them walks the
    system's time-zone folders, a tenth of a second the app's start need not wait for.
    Until then the field shows the account's zone as its text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type a city, e.g. Tokyo"))

    @property
    def is_listed(self) -> bool:
        """Whether the zone names are in the list yet."""
        return self.count() > 0

    def list_zones(self) -> None:
        """Put every zone name into the list and the completer (once), keeping the text."""
        if self.is_listed:
            return
        text = self.currentText()
        names = ["", *time_zone_names()]
        # Adding the first item would make it current and replace the text shown.
        blocked = self.blockSignals(True)
        try:
            self.addItems(names)
            self._show(text)
        finally:
            self.blockSignals(blocked)
        self._names.setStringList(names)

    def zone(self) -> str:
        """The text as typed (checked when it is saved)."""
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        """Show this zone ("" for none)."""
        self._show(zone)

    def _show(self, zone: str) -> None:
        index = self.findText(zone) if self.is_listed else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.list_zones()  # typing completes from the list
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.list_zones()
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.list_zones()  # the wheel steps through the list
        super().wheelEvent(event)


def describe_local_time(zone: str, now: datetime | None = None) -> str:
    """ "14:05 there (UTC+08:00) · 07:05 here — 7 h ahead" ("" when the zone is unknown)."""
    try:
        there_zone = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    here = (now or datetime.now().astimezone()).astimezone()
    there = here.astimezone(there_zone)
    offset_there = there.utcoffset() or timedelta(0)
    offset_here = here.utcoffset() or timedelta(0)
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    there_text = locale.toString(QTime(there.hour, there.minute), time_format)
    here_text = locale.toString(QTime(here.hour, here.minute), time_format)
    difference = offset_there - offset_here
    hours = _hours_text(abs(difference))
    if difference > timedelta(0):
        relation = QCoreApplication.translate("LocalTime", "%1 ahead").replace("%1", hours)
    elif difference < timedelta(0):
        relation = QCoreApplication.translate("LocalTime", "%1 behind").replace("%1", hours)
    else:
        relation = QCoreApplication.translate("LocalTime", "same time")
    return (
        QCoreApplication.translate("LocalTime", "%1 there (%2) · %3 here — %4")
        .replace("%1", there_text)
        .replace("%2", _utc_offset(offset_there))
        .replace("%3", here_text)
        .replace("%4", relation)
    )


class LocalTimeLabel(QLabel):
    """The account's local time next to ours, refreshed every 30 seconds while shown."""

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mutedLabel")
        self._zone = ""
        self._clock = clock or (lambda: datetime.now().astimezone())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)

    def set_zone(self, zone: str) -> None:
        """Show the time in this zone."""
        self._zone = zone
        self.refresh()

    def refresh(self) -> None:
        """Recompute the text for the current minute."""
        self.setText(describe_local_time(self._zone, self._clock()) if self._zone else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # No ticking for a tab nobody looks at.
        self.timer.stop()
        super().hideEvent(event)


def _utc_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _hours_text(difference: timedelta) -> str:
    minutes = int(difference.total_seconds() // 60)
    if minutes % 60:
        return (
            QCoreApplication.translate("LocalTime", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
        )
    return QCoreApplication.translate("LocalTime", "%1 h").replace("%1", str(minutes // 60))
