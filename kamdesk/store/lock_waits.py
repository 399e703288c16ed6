"""How long kamdesk waits for another program's lock on a SQLite file, in one place.

Opening a file checks it first (:mod:`kamdesk.store.file_inspection`, possibly in a thread
before SQLAlchemy is imported: :mod:`kamdesk.store.early_inspection`), then takes the day's
backup and makes the engine whose sessions wait on the same locks. Each of these waits as
long as the caller of :func:`~kamdesk.store.database.open_database` asked, so a file another
program holds locked is reported after one wait, not after a fixed one per step. The module
imports nothing but the standard library: the early check must not import SQLAlchemy.
"""

from __future__ import annotations

#: How long a connection waits for another connection's lock before giving up, in ms. It
#: must outlast another kamdesk upgrading the same file (its migration and backup hold the
#: write lock; tests/cli/test_concurrent_upgrade.py failed with one second under load), so
#: a file another program keeps locked is reported after these five seconds too.
BUSY_TIMEOUT_MS = 5000

#: The longest the file check waits, whatever the caller's sessions wait. The check only
#: reads, and on kamdesk's own files (WAL) a reader never waits for another kamdesk's
#: writers, so what it waits for is another program's lock: that is reported after two
#: seconds (as before lock_waits existed; the concurrent upgrade passes with it), not five.
FILE_CHECK_WAIT_MS = 2000


def check_wait_ms(busy_timeout_ms: int) -> int:
    """How long the file check waits for a caller whose sessions wait ``busy_timeout_ms``."""
    return min(busy_timeout_ms, FILE_CHECK_WAIT_MS)


def seconds(busy_timeout_ms: int) -> float:
    """The wait as :func:`sqlite3.connect` takes it (its ``timeout`` is in seconds)."""
    return busy_timeout_ms / 1000
