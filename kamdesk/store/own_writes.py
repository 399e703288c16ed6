"""Which steps of the row-version clock this engine took, once they are committed.

Every write takes the database-wide clock one step forward (:mod:`kamdesk.store.orm.base`).
An open app asks the clock whether anyone else wrote (:mod:`kamdesk.store.change_clock`);
to tell its own writes apart, the steps this engine took are remembered once their
transaction commits (a rolled-back step is undone in the database too, and may be handed to
someone else): the steps since the last look that are not this engine's were another's.
"""

from __future__ import annotations

import threading
import weakref

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

_PENDING = "kamdesk_pending_stamps"  # in Connection.info: steps of the open transaction
_own: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def note_own_stamp(connection: Connection, stamp: int) -> None:
    """Remember that ``connection`` took the clock to ``stamp`` (counted once committed)."""
    connection.info.setdefault(_PENDING, []).append(stamp)


def steps_by_others(engine: Engine, since: int, now: int) -> int:
    """How many of the clock's steps after ``since`` up to ``now`` another writer took.

    Forgets this engine's steps up to ``now``: the next look starts from there.
    """
    with _lock:
        own = _own.get(engine, set())
        mine = sum(1 for stamp in own if since < stamp <= now)
        own.difference_update([stamp for stamp in own if stamp <= now])
    return max(0, (now - since) - mine)


def count_own_writes(engine: Engine) -> None:
    """Remember this engine's committed steps (once per engine)."""
    if event.contains(engine, "commit", _on_commit):
        return
    event.listen(engine, "commit", _on_commit)
    event.listen(engine, "rollback", _on_rollback)


def _on_commit(connection: Connection) -> None:
    stamps = connection.info.pop(_PENDING, None)
    if stamps:
        with _lock:
            _own.setdefault(connection.engine, set()).update(stamps)


def _on_rollback(connection: Connection) -> None:
    connection.info.pop(_PENDING, None)
