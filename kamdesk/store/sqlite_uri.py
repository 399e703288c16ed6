"""SQLite URIs and SQLAlchemy URLs made from file paths, every special character escaped.

A path is not a URI. Pasted into ``file:{path}?mode=ro`` or ``sqlite:///{path}``, a ``#``
ends the path (a folder "Kunden #2" opens "Kunden "), a ``?`` starts the parameters
(``db?x.sqlite3`` opens ``db``) and ``%41`` is read as ``A``. Every connection kamdesk makes
to a file therefore goes through this module.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from kamdesk.store.lock_waits import BUSY_TIMEOUT_MS, seconds

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


def file_uri(path: Path, **parameters: str) -> str:
    """A ``file:`` URI for SQLite naming exactly ``path``, with query ``parameters``."""
    uri = path.absolute().as_uri()
    return f"{uri}?{urlencode(parameters)}" if parameters else uri


def connect_uri(
    path: Path, timeout: float = seconds(BUSY_TIMEOUT_MS), **parameters: str
) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` (``mode=ro``, ``immutable=1`` … as keywords).

    ``timeout``: how long (in seconds) it waits for another program's lock.

    Text that is not UTF-8 (a damaged page, a flipped bit) comes back with replacement
    characters instead of raising: check results and messages must stay readable.
    """
    connection = sqlite3.connect(
        file_uri(path, **parameters), uri=True, timeout=timeout, isolation_level=None
    )
    connection.text_factory = _lenient_text
    return connection


def sqlalchemy_url(path: Path) -> URL:
    """The SQLAlchemy URL of a SQLite file, built from parts so that nothing is parsed."""
    # Imported here: the file's early check (kamdesk.store.early_inspection) imports this
    # module and must start before SQLAlchemy is imported, to run beside that import.
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path.absolute()))


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")
