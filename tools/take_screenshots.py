"""Screenshots of kamdesk on the demo portfolio, at laptop size, in English or German.

Usage::

    python tools/take_screenshots.py --docs                 # the README's pictures into docs/
    python tools/take_screenshots.py --all --out /tmp/shots --lang de --size 1366x768

``--docs`` retakes the pictures the README shows (English, and the German main window);
``--all`` saves every page, tab and the main dialogs, to look over a layout change. The app
runs offscreen (no display needed) on a fresh demo database in a temporary folder, with its
own QSettings, so nothing of the user's is read or written. A dialog is drawn centred over
the main window, as a user sees it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio  # noqa: E402
from kamdesk.services.portfolio.account_directory import list_accounts  # noqa: E402
from kamdesk.store.database import Database, open_database  # noqa: E402
from kamdesk.ui.shell.app import application, open_main_window  # noqa: E402
from kamdesk.ui.shell.main_window import MainWindow  # noqa: E402
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS  # noqa: E402

# The accounts the README shows: key accounts with a full plan (the map of the second is
# small enough to read at laptop size).
SHOWN_ACCOUNT = "Brühl Präzisionsteile AG"
MAP_ACCOUNT = "Meridian Wafer Technologies Pte. Ltd."


def settle(milliseconds: int = 150) -> None:
    """Let background reads arrive and the window lay itself out."""
    QThreadPool.globalInstance().waitForDone(20_000)
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab_with(window: MainWindow, dialog: QWidget | None = None) -> QPixmap:
    """The window, and a dialog centred over it if given."""
    picture = window.grab()
    if dialog is not None:
        shot = dialog.grab()
        painter = QPainter(picture)
        painter.drawPixmap(
            (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2, shot
        )
        painter.end()
    return picture


def show_dialog(dialog: QDialog, window: MainWindow, wait: int = 300) -> QPixmap:
    """Show a dialog without blocking, take the picture, close it."""
    dialog.show()
    settle(wait)
    picture = grab_with(window, dialog)
    dialog.close()
    dialog.deleteLater()
    return picture


def open_area(window: MainWindow, account_id: int, area: str) -> None:
    window.open_account(account_id, area)
    settle()


def every_picture(
    window: MainWindow, account_id: int, map_account_id: int
) -> dict[str, Callable[[], QPixmap]]:
    """Name → how to take it, for every page, tab and main dialog."""
    pictures: dict[str, Callable[[], QPixmap]] = {}

    def dashboard() -> QPixmap:
        window.close_account()
        window.show_dashboard()
        settle(400)
        return window.grab()

    pictures["dashboard"] = dashboard
    for entry in WORKSPACE_TABS:

        def take(area: str = entry.area) -> QPixmap:
            open_area(window, account_id, area)
            if area == "goals":
                # A goal selected: its form, updates and chart beside the tables.
                goals = window.workspace.tab("goals")
                table = goals.customer.table  # type: ignore[union-attr]
                table.setCurrentIndex(table.model().index(0, 0))
                settle(300)
            return window.grab()

        pictures[f"tab-{entry.area}"] = take

    def stakeholder_map() -> QPixmap:
        open_area(window, map_account_id, "stakeholders")
        tab = window.workspace.tab("stakeholders")
        tab.show_map(True)  # type: ignore[union-attr]
        settle(300)
        return window.grab()

    pictures["stakeholder-map"] = stakeholder_map

    def export_dialog() -> QPixmap:
        from kamdesk.ui.export.export_dialog import ExportDialog

        open_area(window, account_id, "profile")
        # The preview renders in the background: give it time to show the cover page.
        return show_dialog(ExportDialog(window.context, account_id, window), window, wait=4000)

    pictures["export-dialog"] = export_dialog

    def settings_dialog() -> QPixmap:
        from kamdesk.ui.settings.settings_dialog import SettingsDialog

        return show_dialog(SettingsDialog(window.context, window), window)

    pictures["settings-dialog"] = settings_dialog
    return pictures


# The README's pictures: docs file name → picture name.
DOCS = {
    "main-window": "tab-profile",
    "dashboard": "dashboard",
    "stakeholder-map": "stakeholder-map",
    "goals-tab": "tab-goals",
    "whitespace-matrix": "tab-whitespace",
    "revenue-tab": "tab-revenue",
    "export-dialog": "export-dialog",
    "history-tab": "tab-history",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--docs", action="store_true", help="the README's pictures")
    parser.add_argument("--all", action="store_true", help="every page, tab and dialog")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    arguments.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as folder:
        # The app's QSettings (window size, last account) live in the temporary folder.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(settings_format, scope, folder)
        app = application(arguments.lang)
        db = open_database(Path(folder) / "demo.sqlite3")
        try:
            welcome = _welcome(db, width, height)
            create_demo_portfolio(db, seed=7)
            window = open_main_window(db)
            window.resize(width, height)
            window.show()
            settle(500)
            ids = {a.name: a.id for a in list_accounts(db)}
            pictures = every_picture(window, ids[SHOWN_ACCOUNT], ids[MAP_ACCOUNT])
            suffix = "" if arguments.lang == "en" else f"-{arguments.lang}"
            if arguments.all:
                welcome.save(str(arguments.out / f"welcome{suffix}.png"))
                for name, take in pictures.items():
                    take().save(str(arguments.out / f"{name}{suffix}.png"))
            if arguments.docs:
                chosen = DOCS if arguments.lang == "en" else {"main-window": "tab-profile"}
                for file_name, name in chosen.items():
                    pictures[name]().save(str(arguments.out / f"{file_name}{suffix}.png"))
            window.close()
            app.processEvents()
        finally:
            QThreadPool.globalInstance().waitForDone(20_000)
            db.close()
    return 0


def _welcome(db: Database, width: int, height: int) -> QPixmap:
    """The first start: the welcome page on the empty database, offering the demo."""
    window = open_main_window(db)
    window.resize(width, height)
    window.show()
    settle(300)
    picture = window.grab()
    window.close()
    window.deleteLater()
    settle(50)
    return picture


if __name__ == "__main__":
    QApplication.setDesktopSettingsAware(True)
    sys.exit(main())
