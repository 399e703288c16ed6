"""Unexpected exceptions in the running app: logged, then shown in one dialog.

PySide6 hands an exception raised in a slot or a Python override of a Qt method (a paint
event, a model's ``data``) to ``sys.excepthook``; a worker thread's exception arrives there
too, or at ``threading.excepthook``. The hook writes the error log at once, on whatever
thread it runs, and asks the GUI thread (a queued signal) to show the dialog. While a
dialog is open, further errors are only logged: an error in a paint event repeats with
every paint and must not pile up dialogs.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from kamdesk.system.error_log import crash_report, log_unexpected
from kamdesk.ui.shell.crash_dialog import CrashDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashReporter(QObject):
    """Installs the hooks; lives on the GUI thread, where it shows the dialog."""

    #: An unexpected error was logged (the error, its log file or None).
    reported = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], Any] | None = None
        # Queued: the hook may run on a worker thread, widgets only on the GUI thread.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route unexpected exceptions of every thread here."""
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them before."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """Log the error and have the dialog shown (Ctrl+C in a terminal quits as usual)."""
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            QApplication.quit()
            return
        if traceback is not None and error.__traceback__ is None:
            error = error.with_traceback(traceback)
        path = log_unexpected(error, "app")
        self.reported.emit(error, path)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, error: BaseException, path: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.note_another_error()
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(crash_report(error), path, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.show()

    def _forget_dialog(self) -> None:
        self.dialog = None


def show_start_up_crash(error: BaseException) -> None:
    """An unexpected error before the main window could open: log it, show the dialog
    and wait for the user to close it (the app then ends)."""
    dialog = CrashDialog(crash_report(error), log_unexpected(error, "app"))
    dialog.exec()
    dialog.deleteLater()
