"""Compare-and-set for undo and redo: write only if the row still holds what we left there.

An undo command cannot rely on the row version it saw: a later edit of the same row (and
that edit's own undo) moves the version on, so undoing two edits of one row in turn would
report a false conflict. Comparing the fields the command wrote is exact instead: if they
still hold the values the command left, nobody else changed them, and the undo may write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kamdesk.store.errors import edit_conflict


def check_expected(row: Any, expected: Mapping[str, Any] | None) -> None:
    """Raise :class:`ConflictError` unless every expected field holds its expected value."""
    if expected is None:
        return
    for name, value in expected.items():
        if getattr(row, name) != value:
            raise edit_conflict()
