"""Python's cyclic garbage collector, run on the GUI thread between events only.

Left to itself, the collector runs whenever any thread allocates enough objects: in a
background read, or in the middle of a Qt call. When the garbage it finds holds Qt wrappers
(a closed dialog, a replaced model), their C++ objects are then destroyed at that moment and
on that thread, which crashes Qt. Automatic collection is therefore switched off, and a timer
on the GUI thread collects each generation when the collector would have: same thresholds,
but always between two events, on the thread that owns the widgets.

While a view reads long-lived results in the background (``ui/common/long_lived_reads.py``),
young collections wait, up to ``LONGEST_WAIT_S``: they stalled the read and found nothing.
When such results have arrived, the next tick takes what is young out of the collector's
sight (``gc.freeze``) instead of collecting it. Frozen garbage is never collected, so once
the frozen objects have grown by ``FROZEN_GROWTH`` since the first such freeze (or the last
sweep), that tick sweeps the whole heap instead: rare, and between two events.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from kamdesk.ui.common.long_lived_reads import LONG_LIVED_READS

CHECK_INTERVAL_MS = 500
PYTHON_THRESHOLDS = (700, 10, 10)  # CPython's defaults: young, middle, old generation
# A read running longer than this (a slow disk, a server) no longer keeps garbage waiting.
LONGEST_WAIT_S = 5.0
# Each read leaves a few hundred frozen cyclic objects (statement caches): bounded by sweeps.
FROZEN_GROWTH = 1.5


class GuiThreadGarbageCollector(QObject):
    """Collects cyclic garbage from a GUI-thread timer instead of at random moments."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        # Python's own thresholds, whatever the command line set for its short processes.
        self._thresholds = PYTHON_THRESHOLDS
        self._arrivals_seen = LONG_LIVED_READS.arrived
        self._frozen_after_sweep: int | None = None  # known after the first results froze
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        reads = LONG_LIVED_READS
        if reads.arrived != self._arrivals_seen:
            self._arrivals_seen = reads.arrived
            self._freeze_results()
            return
        if reads.running and reads.running_for() < LONGEST_WAIT_S:
            return
        young, middle, old = gc.get_count()
        if old > self._thresholds[2]:
            gc.collect(2)
        elif middle > self._thresholds[1]:
            gc.collect(1)
        elif young > self._thresholds[0]:
            gc.collect(0)

    def _freeze_results(self) -> None:
        """Freeze what is young (a read's results, shown now: they live until the next read);
        sweep the whole heap instead when the frozen objects have grown too much."""
        gc.freeze()
        frozen = gc.get_freeze_count()
        if self._frozen_after_sweep is None:
            self._frozen_after_sweep = frozen
        elif frozen > FROZEN_GROWTH * self._frozen_after_sweep:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self._frozen_after_sweep = gc.get_freeze_count()

    def stop(self) -> None:
        """Give collection back to Python (at shutdown)."""
        self._timer.stop()
        gc.enable()
