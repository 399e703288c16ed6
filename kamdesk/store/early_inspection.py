"""Checking the database file while SQLAlchemy is still being imported.

Opening a file runs SQLite's check on it first (:func:`inspect_database_file`): on 10,000
accounts (30 MB) even the quick check reads every page, most of a second on a busy machine.
Importing SQLAlchemy takes about as long, and the two need not wait for each other: the
check is SQLite's C code, which lets go of Python's interpreter lock, and this module
imports neither SQLAlchemy nor anything that does. So the app and the commands start the
check in a thread before they import the database layer, and :func:`open_database
<kamdesk.store.database.open_database>` takes its result instead of checking again.

Nothing changes in what is refused or when: the engine is still made only after the check
has passed, and a file that fails it is still left untouched.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kamdesk.store.file_inspection import FileInspection, inspect_database_file
from kamdesk.store.location import resolve_location
from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS


class EarlyInspection:
    """The check of one existing database file, running in a thread of its own."""

    def __init__(self, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._result: FileInspection | None = None
        self._error: BaseException | None = None
        # A daemon: a command that fails before it asks for the result need not wait.
        self._thread = threading.Thread(
            target=self._run, name="kamdesk-file-check", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = inspect_database_file(self.path, busy_timeout_ms=self.busy_timeout_ms)
        except BaseException as error:  # handed to whoever asks for the result
            self._error = error

    def result(self) -> FileInspection:
        """The check's outcome once it is done; raises what the check raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


def start_inspection(
    given: str | os.PathLike[str] | None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> EarlyInspection | None:
    """Start checking the SQLite file ``given`` names, if it exists (None: nothing to check).

    ``busy_timeout_ms``: how long the check waits for a lock, as the database opened after
    it will (:func:`open_database <kamdesk.store.database.open_database>` takes the same).

    A server database, a file still to be created, and a name that is not a plain file are
    left to :func:`open_database <kamdesk.store.database.open_database>`, which says what
    is wrong with them in its own words.
    """
    try:
        location = resolve_location(given)
    except (OSError, ValueError):
        return None
    path = location.path
    if path is None or not path.is_file():
        return None
    return EarlyInspection(path, busy_timeout_ms)
