"""Drawing a row version from the database-wide clock, with Core alone.

The clock itself (``row_version_clock``, see :mod:`kamdesk.store.orm.base`) is part of the
ORM's metadata; drawing from it needs only its light clause, so code that writes without
the ORM (the plan export's snapshot) takes versions the same way the ORM's defaults do.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.engine import Connection

from kamdesk.store.light_tables import row_version_clock
from kamdesk.store.own_writes import note_own_stamp


def draw_row_version(connection: Connection) -> int:
    """Move the clock one step forward and return the new version, never handed out before.

    For code that writes versions itself (bulk imports and their undo, Core inserts);
    everything else gets its version from the column's default and onupdate.
    """
    stamp = int(
        connection.execute(
            update(row_version_clock)
            .values(value=row_version_clock.c.value + 1)
            .returning(row_version_clock.c.value)
        ).scalar_one()
    )
    note_own_stamp(connection, stamp)  # so that polling can tell this app's writes apart
    return stamp
