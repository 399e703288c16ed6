"""The one sentence for a row that is gone.

An edit, a read or a new child row can find that another window or another person deleted
the row it is about: "This account no longer exists; it was deleted elsewhere." Every
service says so in the same words, made here, so the sentence a user reads cannot drift
from one tab to the next. The module imports no ORM: the app's first screen raises it
before the ORM is loaded.
"""

from __future__ import annotations

from kamdesk.store.errors import NotFoundError


def deleted_elsewhere(thing: str) -> NotFoundError:
    """The error for a ``thing`` ("account", "buying center" …) that was deleted elsewhere."""
    return NotFoundError(f"This {thing} no longer exists; it was deleted elsewhere.")
