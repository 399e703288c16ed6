"""The row-version clock as a change counter: has anyone else written since I last looked?

Every INSERT and UPDATE takes the database-wide clock (``row_version_clock``) one step
forward (see :mod:`kamdesk.store.orm.base`); :func:`watch_writes` makes every DELETE of a
data table take a step too, so one cheap read of one row tells an open app whether the
data changed at all, and :mod:`kamdesk.store.own_writes` which of the steps were its own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.dml import Delete

from kamdesk.store.light_tables import row_version_clock
from kamdesk.store.own_writes import count_own_writes
from kamdesk.store.row_versions import draw_row_version


def read_clock(connection: Connection) -> int:
    """The clock's value now."""
    return int(connection.execute(select(row_version_clock.c.value)).scalar_one())


def watch_writes(engine: Engine) -> None:
    """Count this engine's committed steps, and make each DELETE of a data table take one."""
    count_own_writes(engine)
    if not event.contains(engine, "before_execute", _on_execute):
        event.listen(engine, "before_execute", _on_execute)


def _on_execute(
    connection: Connection, clauseelement: Any, _multiparams: Any, _params: Any, _options: Any
) -> None:
    # A deleted row leaves no version behind; the step is how the others notice it went.
    # Only kamdesk's data tables: not the clock itself, not Alembic's version table.
    if not isinstance(clauseelement, Delete):
        return
    # Imported here, not with the module: the app reads the clock (read_clock) before the
    # ORM is loaded; writes (and this listener) come with the first session, which loads it.
    from kamdesk.store.orm.base import Base

    name = getattr(clauseelement.table, "name", None)  # an ORM delete names an annotated copy
    if name != row_version_clock.name and name in Base.metadata.tables:
        draw_row_version(connection)
