"""Noticing changes made by others: one cheap read of the database-wide change counter.

The app asks every few seconds; the answer says how far the counter moved since the app
last looked and how many of those steps were not the app's own writes (see
:mod:`kamdesk.store.change_clock`). Reading one row is cheap on SQLite and on a server.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.store.change_clock import read_clock
from kamdesk.store.database import Database
from kamdesk.store.own_writes import steps_by_others


@dataclass(frozen=True)
class ClockReading:
    """The change counter now, and how many steps since the last look were others'."""

    value: int
    by_others: int


def read_change_counter(db: Database) -> int:
    """The change counter now (the starting point for :func:`changes_since`)."""
    # A Core read: the app takes its starting point before the ORM is loaded, and polls
    # every few seconds, which need not load it either.
    with db.read() as connection:
        return read_clock(connection)


def changes_since(db: Database, seen: int) -> ClockReading:
    """How the counter moved since ``seen``, and whether someone else moved it."""
    now = read_change_counter(db)
    return ClockReading(value=now, by_others=steps_by_others(db.engine, seen, now))
