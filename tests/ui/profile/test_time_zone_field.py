"""The time-zone field lists the zones when the user reaches for it, not when it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.profile_reads import time_zone_names
from kamdesk.ui.profile.time_zone_field import TimeZoneCombo
from tests.ui.conftest import show_active


def test_the_zone_shows_before_the_list_is_made(qtbot: QtBot) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.set_zone("Asia/Tokyo")
    assert not combo.is_listed
    assert combo.zone() == "Asia/Tokyo"


def test_focus_lists_every_zone_and_keeps_the_text(qtbot: QtBot) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.set_zone("Europe/Berlin")
    show_active(qtbot, combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: combo.is_listed, timeout=5_000)
    assert combo.count() == len(time_zone_names()) + 1  # and "" for none
    assert combo.zone() == "Europe/Berlin"
    assert combo.currentIndex() == combo.findText("Europe/Berlin")
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("tokyo")
    assert completer.currentCompletion() == "Asia/Tokyo"


def test_an_unknown_zone_stays_as_typed_when_the_list_comes(qtbot: QtBot) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.set_zone("Mars/Base")
    combo.list_zones()
    assert combo.zone() == "Mars/Base"
    combo.set_zone("")
    assert combo.zone() == ""
