"""Which database files passed a full integrity check, as they were then (size and mtime).

Opening a file runs SQLite's full ``integrity_check`` when the file changed since its last
clean check, and the cheaper ``quick_check`` otherwise (a quick check misses index rows that
point nowhere). The record lives in the user's state folder, not in the database: checking
must never write to the file it checks, and a database on read-only media is checked too.
It also says whether that check verified the constraints (see
:func:`constraints_checked_unchanged`).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

RECORD_FILE_NAME = "clean-checks.json"
MAX_RECORDS = 200  # enough for every database a KAM opens; the oldest are forgotten
_SIGNATURE_LENGTH = 6  # size, modification time and inode of the file and of its WAL
_CONSTRAINTS_CHECKED = 1  # after the signature: the check verified the constraints too


def record_path() -> Path:
    """Where the records are kept."""
    return Path(user_state_dir("kamdesk", appauthor=False)) / RECORD_FILE_NAME


def file_signature(path: Path) -> list[int]:
    """Size and modification time of the file and its WAL: what a change would move."""
    signature: list[int] = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            status = candidate.stat()
        except FileNotFoundError:
            signature.extend((-1, -1, -1))
            continue
        signature.extend((status.st_size, status.st_mtime_ns, status.st_ino))
    return signature


def checked_clean_unchanged(path: Path) -> bool:
    """True if ``path`` passed a full check and has not changed since."""
    record = _load().get(str(path.absolute()))
    return isinstance(record, list) and record[:_SIGNATURE_LENGTH] == file_signature(path)


def constraints_checked_unchanged(path: Path) -> bool:
    """True if ``path`` passed a full check that also verified its constraints (CHECK, NOT
    NULL: only a connection that could write verifies them) and has not changed since."""
    record = _load().get(str(path.absolute()))
    return (
        isinstance(record, list)
        and record[:_SIGNATURE_LENGTH] == file_signature(path)
        and record[_SIGNATURE_LENGTH:] == [_CONSTRAINTS_CHECKED]
    )


def remember_clean_check(path: Path, constraints_checked: bool = False) -> None:
    """Record that ``path`` just passed a full check (best effort: never fails the open);
    ``constraints_checked``: the check verified its constraints too."""
    records = _load()
    records.pop(str(path.absolute()), None)
    # A record written before constraints were recorded is the signature alone: it still
    # spares the full check, and the constraints are simply verified again.
    records[str(path.absolute())] = [
        *file_signature(path), *([_CONSTRAINTS_CHECKED] if constraints_checked else [])
    ]
    while len(records) > MAX_RECORDS:
        records.pop(next(iter(records)))
    # A read-only home only costs a full check next time.
    with contextlib.suppress(OSError):
        _save(records)


def _load() -> dict[str, Any]:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(records: dict[str, Any]) -> None:
    folder = record_path().parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, temporary = tempfile.mkstemp(prefix=".clean-checks-", dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(records, handle)
        os.replace(temporary, record_path())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
