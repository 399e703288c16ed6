"""How long ago this process started: the start-up figures of ``kamdesk gui --smoke``.

A user waits from the moment they start kamdesk, not from the moment kamdesk's code runs:
the interpreter's start and the imports come first and are most of the wait. On Linux the
kernel records when the process started (``/proc/self/stat``, in clock ticks since boot,
so to 10 ms); elsewhere the figures count from the first import of this module, the
earliest moment kamdesk's own code runs.
"""

from __future__ import annotations

import os
import time

_FIRST_IMPORT = time.monotonic()
_START_TIME_FIELD = 19  # field 22 of /proc/PID/stat, counted after the ")" ending field 2


def _process_start() -> float:
    """The process's start on the ``time.monotonic`` clock."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        started_after_boot = int(fields[_START_TIME_FIELD]) / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started_after_boot
    except (OSError, ValueError, IndexError, AttributeError):
        return _FIRST_IMPORT
    return time.monotonic() - age


PROCESS_START = _process_start()


def milliseconds_since_start() -> float:
    """Milliseconds since the process started (or since kamdesk's code first ran)."""
    return (time.monotonic() - PROCESS_START) * 1000
