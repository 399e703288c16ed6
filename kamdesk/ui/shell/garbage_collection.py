"""Python's cyclic garbage collector, run on the GUI thread between events only.

Left to itself, the collector runs whenever any thread allocates enough objects: in a
background read, or in the middle of a Qt call. When the garbage it finds holds Qt wrappers
(a closed dialog, a replaced model), their C++ objects are then destroyed at that moment and
on that thread, which crashes Qt. Automatic collection is therefore switched off, and a timer
on the GUI thread collects each generation when the collector would have: same thresholds,
but always between two events, on the thread that owns the widgets.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500
PYTHON_THRESHOLDS = (700, 10, 10)  # CPython's defaults: young, middle, old generation


class GuiThreadGarbageCollector(QObject):
    """Collects cyclic garbage from a GUI-thread timer instead of at random moments."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        # Python's own thresholds, whatever the command line set for its short processes.
        self._thresholds = PYTHON_THRESHOLDS
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        young, middle, old = gc.get_count()
        if old > self._thresholds[2]:
            gc.collect(2)
        elif middle > self._thresholds[1]:
            gc.collect(1)
        elif young > self._thresholds[0]:
            gc.collect(0)

    def stop(self) -> None:
        """Give collection back to Python (at shutdown)."""
        self._timer.stop()
        gc.enable()
