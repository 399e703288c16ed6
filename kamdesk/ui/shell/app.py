"""Starting the app: the Qt application, translation, the database, the main window.

``run_app(..., smoke=True)`` is the start-up check (``kamdesk gui --smoke``): it opens the
real window on the database with the last account, waits for the account list, paints the
window once, prints ``startup: <N> ms`` and returns 0 without entering the event loop.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import StorageError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.app_style import apply_app_style
from kamdesk.ui.common.translations import install_translators
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.shell.garbage_collection import GuiThreadGarbageCollector
from kamdesk.ui.shell.main_window import MainWindow

SMOKE_LOAD_TIMEOUT_MS = 60_000


def application(lang: str | None = None) -> QApplication:
    """The QApplication (created once), styled and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("kamdesk")
    app.setApplicationName("kamdesk")
    app.setApplicationDisplayName("kamdesk")
    install_translators(app, lang)
    apply_app_style(app)
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    return app


def open_main_window(db: Database) -> MainWindow:
    """The main window on an open database, as the user left it last time."""
    # Numbers and dates in the UI follow the company's locale setting (de_DE, en_GB …).
    QLocale.setDefault(QLocale(load_settings(db).locale))
    context = AppContext(db)
    window = MainWindow(context)
    context.setParent(window)
    window.set_dashboard_widget(DashboardPage(context))
    window.restore_session()
    return window


def run_app(db_location: str | None, smoke: bool = False, lang: str | None = None) -> int:
    """Run the app on the database at ``db_location`` (None: the default); the exit code."""
    started = time.perf_counter()
    app = application(lang)
    try:
        db = open_database(db_location)
    except StorageError as error:
        return _cannot_start(app, error, smoke)
    try:
        try:
            window = open_main_window(db)
        except StorageError as error:  # the file opened, but reading it for the window failed
            return _cannot_start(app, error, smoke)
        if smoke:
            return _smoke(app, window, started)
        window.resize(1280, 800)
        window.show()
        return int(app.exec())
    finally:
        db.close()


def _cannot_start(app: QApplication, error: StorageError, smoke: bool) -> int:
    """Say in one sentence why the database cannot be used; the exit code."""
    if smoke:
        print(str(error), file=sys.stderr)
    else:
        QMessageBox.critical(None, app.tr("kamdesk cannot start"), str(error))
    return 1


def _smoke(app: QApplication, window: MainWindow, started: float) -> int:
    window.resize(1280, 800)
    window.show()
    wait_until_loaded(window)
    app.processEvents()
    window.grab()  # one full paint of every visible widget
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"startup: {elapsed_ms:.0f} ms", flush=True)
    window.close()
    return 0


def wait_until_loaded(window: MainWindow, timeout_ms: int = SMOKE_LOAD_TIMEOUT_MS) -> None:
    """Run the event loop until the sidebar has its account list (or the timeout passes)."""
    if not window.sidebar.is_loading:
        return
    loop = QEventLoop()
    window.sidebar.loaded.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
