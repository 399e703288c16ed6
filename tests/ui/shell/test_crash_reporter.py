"""An unexpected error in the app: a dialog with "Copy details", and the error log."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from kamdesk.system.error_log import log_file
from kamdesk.ui.shell.crash_dialog import CrashDialog
from kamdesk.ui.shell.crash_reporter import CrashReporter

NAME, EMAIL, NOTE = "Hannelore Brückner", "h.brueckner@acme.de", "verlangt 5 % Nachlass"


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CrashReporter]:
    """The app's crash reporter, installed, logging into a temporary log folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    crash_reporter = CrashReporter()
    crash_reporter.install()
    yield crash_reporter
    crash_reporter.uninstall()
    crash_reporter.deleteLater()


def save_contact() -> None:
    """A slot with a bug, holding customer data as a real one would."""
    contact = {"name": NAME, "email": EMAIL, "note": NOTE}
    raise ValueError(f"cannot save {contact['name']} <{contact['email']}>: {contact['note']}")


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)
            and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_one_dialog_and_is_logged(
    reporter: CrashReporter, qtbot: QtBot
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(save_contact)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=5_000)
    dialog = crash_dialogs()[0]
    assert dialog.windowTitle() == "kamdesk – unexpected error"
    assert dialog.message.text().startswith("Something went wrong")
    assert dialog.where.text() == f"The details were written to {log_file()}."
    assert dialog.isModal()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details
    assert copied.startswith("kamdesk 0.1.0") and "in save_contact" in copied
    assert dialog.copied.text() == "The details are on the clipboard."
    logged = log_file().read_text(encoding="utf-8")
    assert "unexpected error in the app" in logged and "in save_contact" in logged
    for secret in (NAME, EMAIL, NOTE, "brueckner"):
        assert secret not in copied and secret not in logged

    # The same bug again while the dialog is open: logged, no second dialog.
    button.click()
    qtbot.waitUntil(dialog.more.isVisible, timeout=5_000)
    assert crash_dialogs() == [dialog]
    assert log_file().read_text(encoding="utf-8").count("in save_contact") == 2

    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None, timeout=5_000)
    assert crash_dialogs() == []


@pytest.mark.qt_no_exception_capture
def test_an_error_on_a_worker_thread_shows_the_dialog_on_the_gui_thread(
    reporter: CrashReporter, qtbot: QtBot
) -> None:
    worker = threading.Thread(target=save_contact)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=5_000)
    dialog = crash_dialogs()[0]
    assert dialog.thread() is QApplication.instance().thread()
    assert "in save_contact" in dialog.details
    dialog.reject()


def test_uninstall_gives_the_hooks_back(qtbot: QtBot) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    crash_reporter = CrashReporter()
    crash_reporter.install()
    assert sys.excepthook == crash_reporter.handle
    crash_reporter.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_thread
    crash_reporter.deleteLater()


def test_without_a_log_file_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = CrashDialog("details", None)
    qtbot.addWidget(dialog)
    assert dialog.where.text() == "The details could not be written to the log file."
