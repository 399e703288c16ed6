"""Loading what the filled window needs while the window's frame is being painted.

After the frame is shown, the start used to import SQLAlchemy's Core (0.35–0.9 s) and then
load Babel's locale data for the sidebar's currency symbol, the header's country and the
Profile tab's country list (0.1–0.2 s; unpickling it imports ``babel.dates``, whose
``babel.localtime`` asks pytz for the local zone; see :mod:`kamdesk.cli.pytz_zone_list`),
one after the other on the GUI thread. Qt paints the frame in C++ with
Python's interpreter lock released for most of the paint, so a thread started right before
``show()`` does this work while the frame is painted: measured whole process, the last
account was ready about a sixth sooner, the frame painted as soon as before.

The thread only imports modules and reads files; it makes no Qt object. It also starts
the file's check (:mod:`kamdesk.store.early_inspection`) first, so that SQLite's check
runs (in C, on the second core) while SQLAlchemy is imported. What it leaves undone
because something failed is simply done again by the GUI thread, which then says what is
wrong in its own words.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kamdesk.store.early_inspection import EarlyInspection

#: While the frame is painted, the GUI thread takes the interpreter lock back after this
#: long at most (Python's default is 5 ms): each of the paint's calls into Python (a
#: resize, a style hook) would otherwise wait up to 5 ms for the loading thread.
PAINT_SWITCH_INTERVAL_S = 0.0005
#: The loading thread's name (the start's import probes tell its imports by it).
THREAD_NAME = "kamdesk-start-up-loading"


class StartUpLoading:
    """A thread that starts the file's check, imports the database layer and loads Babel."""

    def __init__(self, db_location: str | None, language: str) -> None:
        self.db_location = db_location
        self.language = language
        self._inspection: EarlyInspection | None = None
        self._inspection_started = threading.Event()
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(PAINT_SWITCH_INTERVAL_S)
        # A daemon: a start that fails (or quits) early need not wait for it.
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def painted(self) -> None:
        """The frame is on screen: the GUI thread no longer needs the lock back quickly."""
        sys.setswitchinterval(self._switch_interval)

    def inspection(self) -> EarlyInspection | None:
        """The file's check, once started (None: nothing to check, or it could not start)."""
        self._inspection_started.wait()
        return self._inspection

    def _run(self) -> None:
        try:
            from kamdesk.store.early_inspection import start_inspection

            self._inspection = start_inspection(self.db_location)
        except Exception:  # the GUI thread opens the file without it
            self._inspection = None
        finally:
            self._inspection_started.set()
        try:
            # In the order the GUI thread needs them: it opens the database first.
            self._import_database_layer()
            self._load_locale_data()
        except Exception:  # the GUI thread imports (and reports) it again
            return

    @staticmethod
    def _import_database_layer() -> None:
        import kamdesk.services.admin.database_opening  # noqa: F401 - SQLAlchemy's Core

    def _load_locale_data(self) -> None:
        from babel import Locale

        # The sidebar's currency symbol reads English data; country names the UI's language.
        Locale.parse("en").currency_symbols  # noqa: B018 - loading is the point
        Locale.parse(self.language).territories  # noqa: B018 - loading is the point
