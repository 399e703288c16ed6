"""Background operations: results, failures and Cancel come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.operations import Operation, Progress, run_in_background


def test_success_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    gui_thread = threading.get_ident()
    received: list[tuple[object, bool]] = []
    worker_threads: list[int] = []

    def call(progress: Progress) -> int:
        worker_threads.append(threading.get_ident())
        progress(1, 1)
        return 42

    def done(value: object) -> None:
        received.append((value, threading.get_ident() == gui_thread))

    operation = run_in_background(call, done, lambda _m: None, owner)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert received == [(42, True)]
    assert worker_threads != [gui_thread]


def test_user_errors_arrive_as_their_sentence(qtbot: QtBot) -> None:
    owner = QObject()
    messages: list[str] = []

    def call(_progress: Progress) -> None:
        raise ValidationError("That name is taken.")

    operation = run_in_background(call, lambda _v: None, messages.append, owner)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert messages == ["That name is taken."]


def test_cancel_stops_the_call_at_its_next_progress_report(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def call(progress: Progress) -> str:
        started.set()
        for step in range(1000):
            if not progress(step, 1000):
                return "stopped"
            steps.append(step)
            threading.Event().wait(0.002)
        return "finished"

    operation = Operation(call)
    cancelled: list[bool] = []
    operation.cancelled.connect(lambda: cancelled.append(True))
    operation.start()
    started.wait(5)
    operation.cancel()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert cancelled == [True]
    assert len(steps) < 1000
