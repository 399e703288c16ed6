"""Every window shows kamdesk's icon and belongs to kamdesk's desktop entry."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.system.app_identity import APP_ID, ICON_SIZES
from kamdesk.system.desktop_entry import installed_files
from kamdesk.ui.shell.app import application
from kamdesk.ui.shell.main_window import MainWindow


def test_the_app_has_the_icon_in_every_size_and_names_its_desktop_entry(
    qapp: QApplication,
) -> None:
    app = application("en")
    icon = app.windowIcon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    # The 16-pixel picture is the hand-rendered one, not the 512 scaled down.
    assert icon.pixmap(QSize(16, 16)).toImage().size() == QSize(16, 16)
    assert app.desktopFileName() == APP_ID
    assert installed_files()[0].name == f"{app.desktopFileName()}.desktop"


def test_the_main_window_shows_the_icon(window: MainWindow, qtbot: QtBot) -> None:
    application("en")
    assert window.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey()
