"""Running a service call off the GUI thread and handing its outcome back to the GUI thread.

The call never touches a widget: it gets a ``progress(done, total) -> bool`` callback (the
shape the demo generator and importers take) and returns a plain value. Success, failure
and progress arrive as queued signals on the GUI thread, where the caller's handlers run.
A progress dialog with Cancel is optional; cancelling makes the next progress callback
return False, which asks the call to stop at its next safe point.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kamdesk.ui.common.edit_commands import USER_ERRORS
from kamdesk.ui.common.error_messages import error_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
BackgroundCall = Callable[[Progress], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (queued across threads)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """The worker-thread half: runs the call and reports through the relay."""

    def __init__(self, call: BackgroundCall, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._call = call
        self._relay = relay
        self._cancel = cancel
        self._last_report = 0.0

    def run(self) -> None:
        try:
            result = self._call(self._progress)
        except Exception as error:  # handed to the GUI thread, which words it for the user
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        # At most ~30 updates a second: a flood of queued signals would itself freeze the GUI.
        if now - self._last_report > 0.03 or done >= total:
            self._last_report = now
            self._relay.progressed.emit(done, total)
        return not self._cancel.is_set()


class Operation(QObject):
    """One background call and its outcome; keep a reference until ``finished``."""

    # The call returned this value (not emitted when the user cancelled).
    succeeded = Signal(object)
    # The call failed; the text is one sentence for the user.
    failed = Signal(str)
    # The user cancelled (the call stopped, or its result was discarded).
    cancelled = Signal()
    # Emitted last, whatever the outcome.
    finished = Signal()

    def __init__(
        self,
        call: BackgroundCall,
        parent: QObject | None = None,
        progress_text: str | None = None,
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        # The relay belongs to the application, not to this operation: the worker may still
        # emit through it after the operation's window closed. It deletes itself, on the GUI
        # thread, once the outcome has been delivered; never from the worker's thread.
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.progressed.connect(self._on_progress)
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)
        self._relay.succeeded.connect(self._relay.deleteLater)
        self._relay.failed.connect(self._relay.deleteLater)
        self._call = call
        self.running = False
        self.dialog: QProgressDialog | None = None
        if progress_text is not None:
            self.dialog = QProgressDialog(progress_text, self.tr("Cancel"), 0, 0, dialog_parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> Operation:
        """Queue the call on the global thread pool."""
        self.running = True
        # The pool owns the job (auto-delete) until its run() has returned on the worker.
        QThreadPool.globalInstance().start(_Job(self._call, self._relay, self._cancel))
        return self

    def cancel(self) -> None:
        """Ask the call to stop; its result, if any, is discarded."""
        self._cancel.set()

    @property
    def was_cancelled(self) -> bool:
        """Whether the user asked to cancel."""
        return self._cancel.is_set()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._cancel.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _on_success(self, result: object) -> None:
        self._close_dialog()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
        self._finish()

    def _on_failure(self, error: object) -> None:
        self._close_dialog()
        if self._cancel.is_set():
            self.cancelled.emit()
        elif isinstance(error, USER_ERRORS):
            self.failed.emit(error_text(error))
        else:
            # A bug, not a user's mistake: the traceback goes to the log, a sentence to the user.
            log.error("background operation failed", exc_info=error)  # type: ignore[arg-type]
            self.failed.emit(
                self.tr("Something went wrong (%1). Details are in the log file.").replace(
                    "%1", type(error).__name__
                )
            )
        self._finish()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()

    def _finish(self) -> None:
        self.running = False
        self.finished.emit()


def run_in_background(
    call: BackgroundCall,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    parent: QObject,
    progress_text: str | None = None,
    dialog_parent: QWidget | None = None,
) -> Operation:
    """Start ``call`` off the GUI thread; the handlers run on the GUI thread afterwards.

    The operation is parented to ``parent`` (which keeps it alive) and deletes itself once
    finished.
    """
    operation = Operation(call, parent, progress_text, dialog_parent)
    operation.succeeded.connect(on_success)
    operation.failed.connect(on_failure)
    operation.finished.connect(operation.deleteLater)
    return operation.start()
