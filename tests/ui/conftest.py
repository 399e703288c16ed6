"""UI test fixtures: isolated QSettings, a fixed locale, an app context and the main window.

QSettings would otherwise write to the real user's configuration (window geometry, last
account); every test gets its own folder. The locale is fixed to en_US so that typed and
shown numbers and dates are the same on every machine.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.store.database import Database, open_database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.app_style import apply_app_style
from kamdesk.ui.common.translations import install_translators
from kamdesk.ui.shell.garbage_collection import GuiThreadGarbageCollector
from kamdesk.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """QSettings of this test live in its own temporary folder; en_US; the app's style."""
    folder = str(tmp_path / "qsettings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    apply_app_style(qapp)
    yield


@pytest.fixture(autouse=True)
def _contexts_made(monkeypatch: pytest.MonkeyPatch) -> list[AppContext]:
    """Every app context the test makes, in order, so that teardown can delete them.

    A context a test made itself has no Qt parent (the app's is the main window's child);
    its undo stacks own their commands, so it must be deleted through Qt, not the collector.
    Recording them as they are made replaces a search of the whole heap after every test.
    """
    made: list[AppContext] = []
    make = AppContext.__init__

    def recording_init(self: AppContext, *args: Any, **kwargs: Any) -> None:
        make(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(AppContext, "__init__", recording_init)
    return made


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests(_contexts_made: list[AppContext]) -> Iterator[None]:
    """Collect cyclic garbage only between tests, as the app does only between events.

    A collection in the middle of a later test (say, inside a migration) would destroy the
    Qt objects of an earlier one at a moment Qt does not expect (see
    kamdesk/ui/shell/garbage_collection.py).
    """
    gc.disable()
    yield
    # Let Qt delete what the test left (parents before children), as the app's windows do
    # when they close; only then may Python free the wrappers that are left.
    QThreadPool.globalInstance().waitForDone(10_000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    for leftover in reversed(_contexts_made):
        with contextlib.suppress(RuntimeError):  # already deleted by its parent
            leftover.deleteLater()
    _contexts_made.clear()
    # A test that started the app (smoke start) installed the app's collector on the shared
    # QApplication: it must not outlive that test, or it frees later tests' windows mid-test.
    for collector in QCoreApplication.instance().findChildren(GuiThreadGarbageCollector):
        collector.stop()
        collector.setParent(None)
        collector.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collect_young_garbage()
    gc.enable()


def collect_young_garbage() -> None:
    """Collect what the test left, and the whole heap only as often as Python itself would.

    With the collector off during the test, everything the test allocated is still in the
    youngest generation, so a collection of the young generations finds the test's garbage
    without walking the long-lived heap (PySide6, SQLAlchemy, reportlab: most of the
    objects). The oldest generation is collected after ten young collections, Python's
    own rhythm; either way it happens here, between tests.
    """
    young_collections_since_full = gc.get_count()[2]
    gc.collect(2 if young_collections_since_full >= gc.get_threshold()[2] else 1)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The UI speaks German for one test (the translator the app installs for --lang de)."""
    install_translators(qapp, "de")
    try:
        yield
    finally:
        install_translators(qapp, "en")


@pytest.fixture
def context(db: Database) -> Iterator[AppContext]:
    """The app context on the test's database."""
    app_context = AppContext(db)
    yield app_context
    # Background reads must end before the database fixture closes it.
    QThreadPool.globalInstance().waitForDone(10_000)
    # Delete the context (and its undo stacks) now, on the GUI thread, rather than whenever
    # Python's garbage collector happens to run in a later test; the garbage that is left is
    # collected between tests (_garbage_collected_between_tests).
    app_context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def server_context(postgres_url: str) -> Iterator[AppContext]:
    """The app context on a fresh database on the test session's PostgreSQL server."""
    db = open_database(postgres_url)
    app_context = AppContext(db)
    yield app_context
    QThreadPool.globalInstance().waitForDone(10_000)
    app_context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.close()


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> MainWindow:
    """The main window, shown, with its account list loaded."""
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    show_active(qtbot, main)
    main.restore_session()
    wait_for_list(qtbot, main)
    return main


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show the widget as the active window: focus, and so leaving a field, needs one."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


def wait_for_list(qtbot: QtBot, main: MainWindow) -> None:
    """Wait until the sidebar's background read has arrived."""
    qtbot.waitUntil(lambda: not main.sidebar.is_loading, timeout=20_000)


def type_and_leave(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the widget's text as a user would: focus, select all, type, press Tab."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
