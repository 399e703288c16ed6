"""Deletes that can be undone: a row, everything that cascades from it, and its restore.

A delete records every row that goes with it (ON DELETE CASCADE) and every reference that
is cleared (ON DELETE SET NULL), so that :func:`restore_rows` can put them all back exactly,
with their ids. A delete is a compare-and-set write like any other: it names what it saw
of the row, and a row that moved on since is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.services.common.compare_and_set import (
    Seen,
    check_seen,
    label,
    table_of,
    translate_integrity_errors,
)
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.store.database import Database
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import Base

#: Columns that say when and how often a row was written, not what it holds.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})


@dataclass(frozen=True)
class DeletedRows:
    """Everything a delete removed or changed, in the order needed to put it back."""

    # (table name, row as a dict of column values), the deleted row itself first.
    rows: tuple[tuple[str, dict[str, Any]], ...]
    # (table name, primary key value, column, previous value) cleared by ON DELETE SET NULL.
    cleared: tuple[tuple[str, Any, str, Any], ...] = field(default=())

    def count_by_table(self) -> dict[str, int]:
        """How many rows of each table went (the row itself included)."""
        counts: dict[str, int] = {}
        for table_name, _row in self.rows:
            counts[table_name] = counts.get(table_name, 0) + 1
        return counts

    def seen_values(self) -> dict[str, Any]:
        """What the deleted row held: what a restored row is expected to hold again.

        Deleting the row once more (redo of a delete, undo of an add) expects these values,
        not a version: whether a restore gives the row its old version back is the store's
        business.
        """
        _table_name, row = self.rows[0]
        return {name: value for name, value in row.items() if name not in BOOKKEEPING}


def describe_dependents(db: Database, model: type[Base], row_id: int) -> dict[str, int]:
    """What else a delete of this row would remove, as row counts per table."""
    with db.session() as session:
        table = table_of(model)
        collected: list[tuple[Table, dict[str, Any]]] = []
        _collect(session, table, [row_id], collected, [])
        counts: dict[str, int] = {}
        for dependent, _row in collected[1:]:
            counts[dependent.name] = counts.get(dependent.name, 0) + 1
        return counts


def delete_row(db: Database, model: type[Any], row_id: int, seen: Seen) -> DeletedRows:
    """Delete a row and what cascades from it, if it is as the caller saw it; for undo."""
    with translate_integrity_errors(), db.session() as session:
        table = table_of(model)
        row = session.get(model, row_id)
        if row is None:
            raise deleted_elsewhere(label(model))
        check_seen(row, seen, label(model))
        rows: list[tuple[Table, dict[str, Any]]] = []
        cleared: list[tuple[str, Any, str, Any]] = []
        _collect(session, table, [row_id], rows, cleared)
        session.expunge(row)  # deleted below in SQL: the session must not write it back
        session.execute(delete(table).where(table.c.id == row_id))
        return DeletedRows(
            rows=tuple((t.name, values) for t, values in rows),
            cleared=tuple(cleared),
        )


def restore_rows(db: Database, deleted: DeletedRows) -> None:
    """Put back everything a delete removed, with the same ids and references."""
    tables = Base.metadata.tables
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
    rows = sorted(deleted.rows, key=lambda item: order[item[0]])  # stable: parents first
    with translate_integrity_errors(), db.session() as session:
        # References within one table (reports-to lines) may point at a row inserted later:
        # insert them empty first and set them once every row is back.
        later: list[tuple[str, Any, str, Any]] = []
        for table_name, row in rows:
            table = tables[table_name]
            values = dict(row)
            for foreign_key in table.foreign_keys:
                column = foreign_key.parent.name
                if foreign_key.column.table is table and values.get(column) is not None:
                    later.append((table_name, _key(table, row)[0], column, values[column]))
                    values[column] = None
            session.execute(insert(table).values(**values))
        for table_name, key, column, value in (*later, *deleted.cleared):
            table = tables[table_name]
            primary = next(iter(table.primary_key.columns))
            session.execute(update(table).where(primary == key).values({column: value}))
        # The rows came back with their old ids, behind PostgreSQL's sequences' backs.
        move_sequences_past_ids(session, (tables[name] for name, _row in rows))


def _collect(
    session: Session,
    table: Table,
    ids: list[Any],
    rows: list[tuple[Table, dict[str, Any]]],
    cleared: list[tuple[str, Any, str, Any]],
) -> None:
    """Rows of ``table`` with these ids, then (recursively) what depends on them."""
    if not ids:
        return
    primary = next(iter(table.primary_key.columns))
    found = session.execute(select(table).where(primary.in_(ids))).mappings().all()
    if not found:
        return
    seen = {(t.name, _key(t, r)) for t, r in rows}
    new_ids: list[Any] = []
    for mapping in found:
        row = dict(mapping)
        if (table.name, _key(table, row)) not in seen:
            rows.append((table, row))
            new_ids.append(row[primary.name])
    for child in Base.metadata.sorted_tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is not table:
                continue
            column = foreign_key.parent
            rule = (foreign_key.ondelete or "").upper()
            if rule == "CASCADE":
                child_rows = session.execute(
                    select(child).where(column.in_(new_ids))
                ).mappings().all()
                if len(child.primary_key.columns) == 1:
                    child_primary = next(iter(child.primary_key.columns))
                    _collect(
                        session, child, [r[child_primary.name] for r in child_rows], rows, cleared
                    )
                else:  # an association table: keep its rows, nothing depends on them
                    known = {_key(child, r) for t, r in rows if t is child}
                    rows.extend(
                        (child, dict(r)) for r in child_rows if _key(child, r) not in known
                    )
            elif rule == "SET NULL":
                child_primary = next(iter(child.primary_key.columns))
                for r in session.execute(select(child).where(column.in_(new_ids))).mappings():
                    cleared.append((child.name, r[child_primary.name], column.name, r[column.name]))


def _key(table: Table, row: Any) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)
