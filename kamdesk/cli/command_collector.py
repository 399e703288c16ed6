"""The garbage collector in a command that reads, prints or writes once and ends.

``export plan`` (and ``export brief``) and ``portfolio`` run under :func:`uncollected`.

:func:`kamdesk.cli.main.main` gives every command large collection thresholds. The export
still crossed them: importing SQLAlchemy, reportlab and the renderer makes some 100,000
objects that the collector walked again and again, while the document leaves only about
12,000 objects in reference cycles (the peak memory is the same). Measured on the shared
2-core machine: two young collections of 34 and 38 ms CPU during the export, one of 59 ms
as soon as ``main()`` had given the thresholds back, then the interpreter's whole-heap
collection at exit; the process spent 0.36–0.47 s of CPU after ``main()`` returned, and
spends 0.03–0.04 s now.

- :func:`collection_paused` switches automatic collection off while the command runs and
  back on afterwards, so a caller that runs ``main()`` inside its own process (the tests,
  a script) keeps its collector;
- :func:`uncollected` does both for a command on a database file (see below);
- :func:`skip_final_collection` freezes the heap when the process exits (an :mod:`atexit`
  function runs before the interpreter's final collection): the walk then finds nothing
  to visit. Objects are still destroyed and files closed, as before.

The app never runs these: it collects on its own schedule (``GuiThreadGarbageCollector``).
Nor does an export from a server database pause the collector: the day's first command
there writes the day's dump through the ORM, whose reference cycles must not pile up.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

_registered = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector as it was afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                # Switched on as it is, the collector would at once walk every object the
                # block made (all of SQLAlchemy's and reportlab's modules among them):
                # freezing and thawing moves them to the oldest generation unwalked. Its
                # garbage goes with the next whole-heap collection (a caller's, if ever).
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def skip_final_collection() -> None:
    """Freeze the heap when this process exits (once, however often it is asked)."""
    global _registered
    if not _registered:
        atexit.register(gc.freeze)
        _registered = True


def uncollected(given_db: str | None) -> AbstractContextManager[None]:
    """For a command that ends after it: no final collection, and none while it runs on a file.

    On a server the collector keeps running: the day's first command writes the day's dump
    there, through the ORM, whose reference cycles would pile up uncollected.
    """
    skip_final_collection()
    return collection_paused() if _names_a_file(given_db) else nullcontext()


def _names_a_file(given: str | None) -> bool:
    from kamdesk.store.location import resolve_location

    try:
        return resolve_location(given).path is not None
    except (OSError, ValueError):
        return False  # opening it says what is wrong, in its own words
