"""What the app's garbage collector is told about reads whose results live long.

A view that reads a whole portfolio in the background builds a few hundred thousand objects
(10,000 accounts: figures, findings, ranked rows) that then live until the next such read.
Profiled on 10,000 accounts, the app's collector (``ui/shell/garbage_collection.py``) ran a
young-generation collection on the GUI thread every half second during the read, each
holding the interpreter lock for 9–108 ms while finding nothing (``collected=0``), and once
the results had arrived a young collection over all of them cost 176 ms, sometimes inside
the dashboard's first fill.

So a view marks its read here: while one runs the collector lets young garbage wait (for a
bounded time), and when the results are on screen it takes what is young at that moment out
of the collector's sight (``gc.freeze``), as start-up does with the window it built. The
results are freed by their reference counts when the next read replaces them. This module
only counts; the collector, on the GUI thread, decides. Called from the GUI thread only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app's collector imports this module before the first paint
    from kamdesk.ui.common.operations import Operation


class LongLivedReads:
    """The counts the collector reads: reads running, and results arrived since it looked."""

    def __init__(self) -> None:
        self.running = 0
        self.arrived = 0
        self.running_since: float | None = None

    def started(self) -> None:
        """A read of long-lived results began (in the background)."""
        if self.running == 0:
            self.running_since = time.monotonic()
        self.running += 1

    def ended(self, kept: bool) -> None:
        """That read ended; ``kept`` if its results are now shown (and will live long)."""
        self.running = max(self.running - 1, 0)
        if self.running == 0:
            self.running_since = None
        if kept:
            self.arrived += 1

    def running_for(self) -> float:
        """Seconds since the oldest running read began (0 when none runs)."""
        since = self.running_since
        return 0.0 if since is None else time.monotonic() - since


#: The process's one record: reads and the collector are both on the GUI thread's side.
LONG_LIVED_READS = LongLivedReads()


def mark_long_lived(operation: Operation, kept: Callable[[], bool]) -> None:
    """Count ``operation`` as a long-lived read until it finishes; ``kept()`` then says
    whether its results are shown. An operation deleted before it finished (with the window
    that owned it) ends the count too, keeping nothing."""
    LONG_LIVED_READS.started()
    open_ = [True]

    def end(results_kept: bool) -> None:
        if open_[0]:
            open_[0] = False
            LONG_LIVED_READS.ended(results_kept)

    operation.finished.connect(lambda: end(kept()))
    operation.destroyed.connect(lambda: end(False))
