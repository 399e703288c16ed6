"""Starting the app: the Qt application, translation, the database, the main window.

``run_app(..., smoke=True)`` is the start-up check (``kamdesk gui --smoke``): it shows the
window's frame and prints ``window: <N> ms`` once it is painted, opens the database, fills
the window with the last account, waits for the account list, paints the window once
more, prints ``startup: <N> ms`` and returns 0 without entering the event loop. Both times
count from the start of the process (:mod:`kamdesk.ui.shell.startup_clock`), as the user
waits.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamdesk.store.errors import StorageError
from kamdesk.ui.common.app_style import apply_app_style
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.translations import current_language, install_translators
from kamdesk.ui.shell.garbage_collection import GuiThreadGarbageCollector
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.platform_check import (
    WindowSystemError,
    check_window_system,
    one_line_start_up_failures,
)
from kamdesk.ui.shell.single_instance import (
    SingleInstance,
    bring_to_front,
    database_identity,
    hand_over,
)
from kamdesk.ui.shell.start_up_loading import StartUpLoading
from kamdesk.ui.shell.startup_clock import milliseconds_since_start
from kamdesk.ui.shell.window_icon import apply_app_identity

# Imported where they are used, after the first paint (the window's frame needs none of
# them): the error log, the crash reporter, the context and the ORM's warm-up. Each
# import before the paint is time the user looks at nothing
# (tests/ui/shell/test_first_paint_imports.py names what must wait).
if TYPE_CHECKING:
    from kamdesk.store.database import Database
    from kamdesk.ui.common.app_context import AppContext
    from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload

SMOKE_LOAD_TIMEOUT_MS = 60_000


def application(lang: str | None = None) -> QApplication:
    """The QApplication (created once), styled and translated."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        check_window_system()  # raises WindowSystemError with the fix in one line
        with one_line_start_up_failures():
            app = QApplication(sys.argv[:1])
    app.setOrganizationName("kamdesk")
    app.setApplicationName("kamdesk")
    app.setApplicationDisplayName("kamdesk")
    apply_app_identity(app)
    install_translators(app, lang)
    apply_app_style(app)
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    return app


def open_main_window(
    db: Database, window: MainWindow | None = None, preload_portfolio: bool = False
) -> MainWindow:
    """The main window (or the frame already shown) on an open database, as the user left it.

    ``preload_portfolio``: once the sidebar has its list, load the ORM between events and
    then read the portfolio for the dashboard in the background (the app does; a smoke
    run, which closes at once, does not).
    """
    from kamdesk.ui.portfolio.account_list_prefetch import AccountListPrefetch

    # First: on 10,000 accounts the list's query is what the start waits for last, and it
    # runs in SQLite's C code, beside the Python that fills the window (account_list_prefetch).
    account_list = AccountListPrefetch(db)
    from kamdesk.services.settings.settings_reads import read_settings
    from kamdesk.ui.common.app_context import AppContext
    from kamdesk.ui.common.others_changes import OthersChangesWatcher
    from kamdesk.ui.common.ui_locale import ui_locale

    # Numbers, money and dates in the UI follow the UI's language (the company's locale
    # refines the region when it speaks that language): see ui_locale.
    QLocale.setDefault(ui_locale(read_settings(db).locale, current_language()))
    context = AppContext(db)
    if window is None:
        window = MainWindow(context)
    else:
        window.attach(context)
    context.setParent(window)
    preloads: list[PortfolioPreload] = []  # the one made once the sidebar has its list
    window.set_dashboard_factory(
        lambda: _dashboard_page(context, preloads[0] if preloads else None)
    )
    if preload_portfolio:
        from kamdesk.ui.shell.orm_warm_up import OrmWarmUp

        # Once the sidebar has its list (start-up's own reads come first): the ORM, which
        # the first screen did without, in steps between events; then the dashboard's read.
        warm_up = OrmWarmUp(window)
        window.sidebar.loaded.connect(warm_up.start)
        warm_up.finished.connect(lambda: _start_preload(window, context, preloads))
    account_list.setParent(window)
    window.restore_session(account_list)
    OthersChangesWatcher(context)  # the context owns it: views see what others change
    return window


def _start_preload(window: MainWindow, context: AppContext,
                   preloads: list[PortfolioPreload]) -> None:
    # Once the sidebar has its list: start-up's own reads (the list, the last account) and
    # imports come first, and the dashboard is then ready (or nearly) when first opened. A
    # dashboard made before that reads for itself.
    if preloads or window.dashboard_slot is not None:
        return
    from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload

    preload = PortfolioPreload(context, context)
    preloads.append(preload)
    preload.start()


def _dashboard_page(context: AppContext, preload: PortfolioPreload | None) -> QWidget:
    # Imported when the dashboard is first shown: its charts load QtCharts.
    from kamdesk.ui.portfolio.dashboard_page import DashboardPage

    return DashboardPage(context, preload=preload)


def run_app(db_location: str | None, smoke: bool = False, lang: str | None = None) -> int:
    """Run the app on the database at ``db_location`` (None: the default); the exit code.

    The window's frame is shown first, while a thread loads the database layer; then the
    database is opened and the window filled.
    """
    try:
        app = application(lang)
    except WindowSystemError as error:
        if sys.stderr is not None:
            print(f"kamdesk: error: {error}", file=sys.stderr)
        return 1
    # One window per database: a second start knocks and leaves before opening it.
    instance = SingleInstance(database_identity(db_location))
    if not instance.claim(listen=False):  # it listens once its window is painted
        return hand_over(instance, in_terminal=smoke)
    try:
        return _run_claimed(app, instance, db_location, smoke)
    finally:
        instance.release()
        instance.deleteLater()


def _run_claimed(
    app: QApplication, instance: SingleInstance, db_location: str | None, smoke: bool
) -> int:
    # The file's check, SQLAlchemy's Core and Babel's data load in a thread while Qt paints
    # the frame (mostly in C++, the interpreter lock released): see start_up_loading.
    loading = StartUpLoading(db_location, current_language())
    try:
        window = MainWindow()
        window.show()
        app.processEvents()
        if smoke:
            window.grab()  # one full paint of every visible widget
            print(f"window: {milliseconds_since_start():.0f} ms", flush=True)
    finally:
        loading.painted()  # the interpreter's usual thread switching, whatever happened
    inspection = loading.inspection()
    # The GUI thread waits here for the loading thread's import if it is still running; a
    # server database's daily dump comes once the window is filled, in the background.
    from kamdesk.services.admin.database_opening import open_for_use

    upgrade_backups: list[Path] = []
    try:
        db = open_for_use(
            db_location,
            inspection=inspection,
            daily_server_backup=False,
            upgrade_backup_written=upgrade_backups.append,
        )
    except StorageError as error:
        return _cannot_start(app, window, error, smoke)
    try:
        if not smoke:
            from kamdesk.system.error_log import enable_error_log

            enable_error_log()
        try:
            open_main_window(db, window, preload_portfolio=not smoke)
        except StorageError as error:  # the file opened, but reading it for the window failed
            return _cannot_start(app, window, error, smoke)
        except Exception as error:
            if smoke:
                raise  # the command line says it in one line
            from kamdesk.ui.shell.crash_reporter import show_start_up_crash

            show_start_up_crash(error)  # a windowed app has no terminal to say it in
            return 1
        from kamdesk.ui.shell.daily_server_backup import start_daily_server_backup

        # The window is ready: the user need not wait for the day's dump.
        start_daily_server_backup(window, upgrade_backup=next(iter(upgrade_backups), None))
        # What start-up built (the imported modules, the window) lives as long as the app.
        # Taking it out of the collector's sight keeps the collections between events
        # (GuiThreadGarbageCollector) to the objects made since: a whole-heap collection
        # took about a third of a second here, twice during a start.
        gc.freeze()
        instance.activation_requested.connect(lambda: bring_to_front(window))
        if smoke:
            return _smoke(app, window, instance)
        from kamdesk.ui.shell.crash_reporter import CrashReporter

        reporter = CrashReporter(app)
        reporter.install()
        # Second starts are answered from the event loop only, so the server is started
        # there too, once the filled window has been painted: loading QtNetwork and
        # listening (11-18 ms of CPU here) no longer delays the first screen, and a second
        # start meanwhile knocks again (single_instance) until the answer comes.
        QTimer.singleShot(0, instance.listen)
        try:
            return int(app.exec())
        finally:
            reporter.uninstall()
            # A background read (the dashboard's portfolio, read since start-up) ends before
            # its database is closed below; bounded, so that quitting never hangs.
            QThreadPool.globalInstance().waitForDone(5_000)
    finally:
        # A background job (the daily dump) still reading must end before its engine does.
        QThreadPool.globalInstance().waitForDone()
        db.close()


def _cannot_start(app: QApplication, window: MainWindow, error: StorageError, smoke: bool) -> int:
    """Say in one sentence why the database cannot be used; the exit code."""
    if smoke:
        print(error, file=sys.stderr)  # the smoke check speaks English, as the CLI does
    else:
        QMessageBox.critical(
            window, QCoreApplication.translate("StartUp", "kamdesk cannot start"), error_text(error)
        )
    window.close()
    return 1


def _smoke(app: QApplication, window: MainWindow, instance: SingleInstance) -> int:
    wait_until_loaded(window)
    app.processEvents()
    window.grab()
    print(f"startup: {milliseconds_since_start():.0f} ms", flush=True)
    instance.listen()  # as the app does once it is ready (and a crash's socket is removed)
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
