"""Reading a SQLite file without writing anything: no side files, read-only media welcome.

SQLite's own ``mode=ro`` is not enough. Opening a WAL-mode file that way creates ``-wal``
and ``-shm`` files next to it, fails on read-only media, and a hot rollback journal (left by
a crash) makes every read fail with "attempt to write a readonly database". So:

* no side files: open with ``immutable=1`` (no locks, no side files, works on a CD);
* ``-wal`` and ``-shm`` present (kamdesk running elsewhere, or crashed): ``mode=ro`` uses
  them as they are and creates nothing;
* a hot ``-journal``, or a ``-wal`` without its ``-shm``: the file and its journal are
  copied into a private temporary folder and read there, where SQLite may recover them,
  so the original stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, seconds
from kamdesk.store.sqlite_uri import connect_uri

#: Private folders of :func:`recovered_copy` are named ``.kamdesk-read-<pid>-<random>``.
WORKSPACE_PREFIX = ".kamdesk-read-"


def side_file(path: Path, suffix: str) -> Path:
    """``path`` with a SQLite side-file suffix (``-journal``, ``-wal``, ``-shm``)."""
    return path.with_name(path.name + suffix)


def has_content(path: Path) -> bool:
    """True if the file exists and is not empty."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def needs_recovery(path: Path) -> bool:
    """True if reading ``path`` in place would make SQLite write (a hot journal, a lone WAL)."""
    wal, shm = side_file(path, "-wal"), side_file(path, "-shm")
    return has_content(side_file(path, "-journal")) or (wal.exists() and not shm.exists())


def has_side_files(path: Path) -> bool:
    """True if a journal, WAL or shared-memory file lies next to ``path``."""
    return any(side_file(path, suffix).exists() for suffix in ("-journal", "-wal", "-shm"))


@contextmanager
def read_only_connection(
    path: Path, timeout: float = seconds(BUSY_TIMEOUT_MS)
) -> Iterator[sqlite3.Connection]:
    """A connection that reads ``path`` as SQLite would after recovery, writing nothing.

    ``timeout``: how long (in seconds) it waits for another program's lock.
    """
    wal = side_file(path, "-wal")
    if needs_recovery(path):
        with recovered_copy(path) as copy:
            connection = connect_uri(copy, timeout)
            try:
                yield connection
            finally:
                connection.close()
        return
    if wal.exists():
        connection = connect_uri(path, timeout, mode="ro")
    else:
        connection = connect_uri(path, timeout, mode="ro", immutable="1")
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def recovered_copy(path: Path, folder: Path | None = None) -> Iterator[Path]:
    """A private copy of ``path`` and its journal or WAL, removed when the block ends.

    The copy lives in a new folder only the owner can enter (in ``folder``, else the system's
    temporary folder); SQLite rolls back or replays the copied journal on first use there.
    """
    workspace = Path(tempfile.mkdtemp(prefix=f"{WORKSPACE_PREFIX}{os.getpid()}-", dir=folder))
    try:
        copy = workspace / "copy.sqlite3"
        copy_private(path, copy)
        for suffix in ("-journal", "-wal"):
            if has_content(side_file(path, suffix)):
                copy_private(side_file(path, suffix), side_file(copy, suffix))
        yield copy
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file's bytes into a new file only the owner may read (never replacing one)."""
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as out, source.open("rb") as inp:
        shutil.copyfileobj(inp, out, 1024 * 1024)
