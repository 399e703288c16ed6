"""The app's collector around long-lived reads: it waits while one runs, freezes its results
when they arrive, and the heap stays bounded when the dashboard is refilled again and again."""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.store.database import Database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.long_lived_reads import LONG_LIVED_READS
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.shell.garbage_collection import (
    FROZEN_GROWTH,
    LONGEST_WAIT_S,
    GuiThreadGarbageCollector,
)


@pytest.fixture
def collector() -> Iterator[GuiThreadGarbageCollector]:
    """The app's collector, ticked by the test (its timer never fires during a test)."""
    # An earlier test in this worker may have left the heap frozen (a command run in-process
    # freezes it at its end, as a process about to exit would): these tests count from none.
    gc.unfreeze()
    made = GuiThreadGarbageCollector(interval_ms=3_600_000)
    yield made
    made.stop()
    gc.disable()  # the test run's own policy (tests/ui/conftest.py) until the test ends
    gc.unfreeze()  # what the test froze is the test's; collected between tests as usual
    made.deleteLater()


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations collected during the test, in order."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def _young_garbage(count: int = 2_000) -> None:
    """Cyclic garbage, by default more than the young generation's threshold (objects freed
    by their reference counts would not count towards it)."""
    for _ in range(count):
        cycle: list[object] = []
        cycle.append(cycle)


def test_young_garbage_waits_while_a_long_read_runs(
    collector: GuiThreadGarbageCollector, collections: list[int]
) -> None:
    LONG_LIVED_READS.started()
    try:
        _young_garbage()
        collector.collect_due()
        assert collections == []
    finally:
        LONG_LIVED_READS.ended(kept=False)
    collector.collect_due()  # the read failed: nothing to keep, so collected as before
    assert collections == [0]
    assert gc.get_freeze_count() == 0


def test_a_read_running_too_long_no_longer_keeps_garbage_waiting(
    collector: GuiThreadGarbageCollector, collections: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    LONG_LIVED_READS.started()
    try:
        started = time.monotonic()
        monkeypatch.setattr(time, "monotonic", lambda: started + LONGEST_WAIT_S + 1)
        _young_garbage()
        collector.collect_due()
        assert collections == [0]
    finally:
        LONG_LIVED_READS.ended(kept=False)


def test_arrived_results_are_frozen_instead_of_collected(
    collector: GuiThreadGarbageCollector, collections: list[int]
) -> None:
    LONG_LIVED_READS.started()
    results = [[number] for number in range(2_000)]  # what the read built and keeps
    LONG_LIVED_READS.ended(kept=True)
    collector.collect_due()
    assert collections == []
    assert gc.get_freeze_count() >= len(results)
    assert gc.get_count()[0] < 100  # nothing young left but what the check itself made
    _young_garbage()
    collector.collect_due()  # later garbage is collected again, without the results
    assert collections == [0]


def _read_arrives(collector: GuiThreadGarbageCollector) -> None:
    """A long read runs and its results are shown; then the collector's next tick."""
    LONG_LIVED_READS.started()
    LONG_LIVED_READS.ended(kept=True)
    collector.collect_due()


def test_frozen_garbage_is_swept_once_the_frozen_objects_have_grown_too_much(
    collector: GuiThreadGarbageCollector, collections: list[int]
) -> None:
    _read_arrives(collector)  # the first results: how much is frozen is the measure
    frozen = gc.get_freeze_count()
    allowed = int(frozen * (FROZEN_GROWTH - 1))  # the growth allowed, in tracked objects
    _young_garbage(allowed // 2)  # one tracked object per cycle
    _read_arrives(collector)
    assert collections == []  # grown, but within the allowance: frozen too
    _young_garbage(allowed)
    _read_arrives(collector)
    assert collections == [2]  # the whole heap, frozen garbage included
    assert gc.get_freeze_count() < frozen * 1.05  # the garbage is gone, the rest frozen again


@pytest.mark.slow  # 8 background reads of a 60-account demo: about 5 s on a busy machine
def test_refilling_the_dashboard_keeps_the_heap_bounded(
    collector: GuiThreadGarbageCollector, collections: list[int],
    demo_database: Callable[..., Database], qtbot: QtBot,
) -> None:
    context = AppContext(demo_database(accounts=60))
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(page.filled, timeout=20_000):
        page.show()
    tracked: list[int] = []
    shown: list[weakref.ref[object]] = []
    for _ in range(8):
        with qtbot.waitSignal(page.filled, timeout=20_000):
            page.reload()  # F5: every account read again, in the background
        qtbot.waitUntil(lambda: not page.is_loading, timeout=20_000)
        frozen = gc.get_freeze_count()
        collector.collect_due()  # the tick after the results arrived
        assert gc.get_freeze_count() > frozen
        assert page.data is not None
        shown.append(weakref.ref(page.data.analysis))
        tracked.append(gc.get_freeze_count() + len(gc.get_objects()))
    assert collections == []  # every tick froze a read's results; none collected
    # Each replaced result is freed by its reference count, frozen or not (a cycle back to
    # the live analysis once kept every one of them): only the one on screen is left ...
    assert [ref() is not None for ref in shown] == [False] * 7 + [True]
    # ... and after the first refills the tracked objects no longer grow with each one.
    growth = tracked[-1] - tracked[2]
    assert growth < tracked[2] // 20, tracked
