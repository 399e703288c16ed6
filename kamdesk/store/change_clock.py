"""The row-version clock as a change counter: has anyone else written since I last looked?

Every INSERT and UPDATE takes the database-wide clock (``row_version_clock``) one step
forward (see :mod:`kamdesk.store.orm.base`); :func:`watch_deletes` makes every DELETE of a
data table take a step too, so one cheap read of one row tells an open app whether the
data changed at all. To tell the app's own writes from everybody else's, the steps this
engine took are remembered once their transaction commits (a rolled-back step is undone
in the database too, and may be handed to someone else): the steps since the last look
that are not this engine's were somebody else's.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.dml import Delete

_PENDING = "kamdesk_pending_stamps"  # in Connection.info: steps of the open transaction
_own: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def note_own_stamp(connection: Connection, stamp: int) -> None:
    """Remember that ``connection`` took the clock to ``stamp`` (counted once committed)."""
    connection.info.setdefault(_PENDING, []).append(stamp)


def read_clock(connection: Connection) -> int:
    """The clock's value now."""
    from kamdesk.store.orm.base import row_version_clock

    return int(connection.execute(select(row_version_clock.c.value)).scalar_one())


def steps_by_others(engine: Engine, since: int, now: int) -> int:
    """How many of the clock's steps after ``since`` up to ``now`` another writer took.

    Forgets this engine's steps up to ``now``: the next look starts from there.
    """
    with _lock:
        own = _own.get(engine, set())
        mine = sum(1 for stamp in own if since < stamp <= now)
        own.difference_update([stamp for stamp in own if stamp <= now])
    return max(0, (now - since) - mine)


def watch_writes(engine: Engine) -> None:
    """Count this engine's committed steps, and make each DELETE of a data table take one."""
    if event.contains(engine, "commit", _on_commit):
        return
    event.listen(engine, "commit", _on_commit)
    event.listen(engine, "rollback", _on_rollback)
    event.listen(engine, "before_execute", _on_execute)


def _on_commit(connection: Connection) -> None:
    stamps = connection.info.pop(_PENDING, None)
    if stamps:
        with _lock:
            _own.setdefault(connection.engine, set()).update(stamps)


def _on_rollback(connection: Connection) -> None:
    connection.info.pop(_PENDING, None)


def _on_execute(
    connection: Connection, clauseelement: Any, _multiparams: Any, _params: Any, _options: Any
) -> None:
    # A deleted row leaves no version behind; the step is how the others notice it went.
    if isinstance(clauseelement, Delete):
        from kamdesk.store.orm.base import draw_row_version, row_version_clock

        if clauseelement.table is not row_version_clock:
            draw_row_version(connection)
