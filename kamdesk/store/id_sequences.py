"""Keeping PostgreSQL's id sequences ahead of ids that kamdesk wrote itself.

SQLite picks the next id from the largest one in the table, whatever wrote it. PostgreSQL
takes it from a sequence that only moves when the sequence hands out an id: after rows are
inserted with their ids given (the demo portfolio, loading a dump, redoing an import, undoing
a delete), the sequence still points at ids that exist, and the next *New account* fails on
a duplicate key. Every such path calls :func:`move_sequences_past_ids` for the tables it
wrote, in the same transaction; on SQLite it does nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Integer, Table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


def move_sequences_past_ids(bind: Session | Connection, tables: Iterable[Table]) -> None:
    """Let each table's id sequence continue after its largest id (PostgreSQL only)."""
    connection = bind.connection() if isinstance(bind, Session) else bind
    if connection.dialect.name != "postgresql":
        return
    seen: set[str] = set()
    for table in tables:
        column = _serial_id(table)
        if column is None or table.name in seen:
            continue
        seen.add(table.name)
        # setval(…, MAX+1, false): the next id handed out is MAX+1, or 1 for an empty table.
        # The names come from kamdesk's own metadata, never from the user.
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'), "
            f"COALESCE(MAX({column}), 0) + 1, false) FROM {table.name}"
        ))


def sequences_behind_ids(connection: Connection, tables: Iterable[Table]) -> list[str]:
    """The tables whose next id would collide with a stored one (PostgreSQL only)."""
    if connection.dialect.name != "postgresql":
        return []
    behind = []
    for table in tables:
        column = _serial_id(table)
        if column is None:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        ).scalar()
        if sequence is None:
            continue
        row = connection.execute(text(
            f"SELECT (SELECT MAX({column}) FROM {table.name}), last_value, is_called "
            f"FROM {sequence}"
        )).one()
        largest, last_value, is_called = row
        next_id = last_value + 1 if is_called else last_value
        if largest is not None and next_id <= largest:
            behind.append(table.name)
    return behind


def _serial_id(table: Table) -> str | None:
    """The name of the table's single integer primary key, if it has one."""
    columns = list(table.primary_key.columns)
    if len(columns) != 1 or not isinstance(columns[0].type, Integer):
        return None
    return columns[0].name
