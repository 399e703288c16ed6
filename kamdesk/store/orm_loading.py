"""Loading the ORM in a few steps, so that the app can do it between events after its start.

The app's first screen reads through Core (:mod:`kamdesk.store.light_tables`), so the ORM
(``sqlalchemy.orm`` and the 25 mapped classes of :mod:`kamdesk.store.orm`, together as long
to import as SQLAlchemy itself) is not loaded before the window is ready. The first edit
needs it. Loaded in one go after start-up, it would freeze the ready window for a second
on a busy machine; in these steps (each a few tenths of a second there) the window answers
between them. Loading it in a background thread instead lets two threads import the same
modules at once, which Python's import locks answer with half-initialised modules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def _import_orm() -> None:
    importlib.import_module("sqlalchemy.orm")


def _import_mapped_classes() -> None:
    importlib.import_module("kamdesk.store.orm")


def _configure_mappers() -> None:
    # Relationships are resolved at the first query otherwise: that query is the user's.
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


#: The steps, in order; each imports what the next needs.
ORM_LOADING_STEPS: tuple[Callable[[], None], ...] = (
    _import_orm,
    _import_mapped_classes,
    _configure_mappers,
)


def load_orm() -> None:
    """Load the whole ORM now (every step; a step already done costs nothing)."""
    for step in ORM_LOADING_STEPS:
        step()
