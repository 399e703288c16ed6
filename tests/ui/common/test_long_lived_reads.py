"""A long-lived read is counted while its operation runs, however the operation ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from kamdesk.ui.common.long_lived_reads import LONG_LIVED_READS, mark_long_lived
from kamdesk.ui.common.operations import Operation, Progress, run_in_background


def _read(_progress: Progress) -> list[int]:
    return list(range(100))


def test_a_read_whose_results_are_kept_counts_as_arrived(qtbot: QtBot) -> None:
    owner = QObject()
    running, arrived = LONG_LIVED_READS.running, LONG_LIVED_READS.arrived
    shown: list[object] = []
    operation = run_in_background(_read, shown.append, shown.append, owner)
    mark_long_lived(operation, lambda: bool(shown))
    assert LONG_LIVED_READS.running == running + 1
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert shown == [list(range(100))]
    assert (LONG_LIVED_READS.running, LONG_LIVED_READS.arrived) == (running, arrived + 1)


def test_a_failed_read_ends_keeping_nothing(qtbot: QtBot) -> None:
    owner = QObject()
    arrived = LONG_LIVED_READS.arrived

    def fail(_progress: Progress) -> None:
        raise OSError("disk gone")

    failures: list[str] = []
    operation = run_in_background(fail, lambda _r: None, failures.append, owner)
    mark_long_lived(operation, lambda: not failures)
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert failures and LONG_LIVED_READS.arrived == arrived
    assert LONG_LIVED_READS.running == 0


def test_an_operation_deleted_before_it_finished_ends_the_count() -> None:
    owner = QObject()
    running, arrived = LONG_LIVED_READS.running, LONG_LIVED_READS.arrived
    operation = Operation(_read, owner)  # never started: it cannot finish
    mark_long_lived(operation, lambda: True)
    assert LONG_LIVED_READS.running == running + 1
    owner.deleteLater()  # its window closed, the operation with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert (LONG_LIVED_READS.running, LONG_LIVED_READS.arrived) == (running, arrived)
