"""Generic editing of rows: versioned updates, creation, and deletes that can be undone.

Every editable table has a ``version`` column (optimistic locking). An update names the
version the user saw; if the row has moved on since, :class:`ConflictError` says so and
nothing is written. A delete records every row that goes with it (ON DELETE CASCADE) and
every reference that is cleared (ON DELETE SET NULL), so that :func:`restore_rows` can put
them all back exactly, with their ids: that is what makes deletes undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from kamdesk.services.common.collision_messages import collision_error
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError, edit_conflict
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import Base
from kamdesk.store.orm.base import Versioned
from kamdesk.store.unique_collisions import unique_collision

RowT = TypeVar("RowT", bound=Versioned)


@dataclass(frozen=True)
class DeletedRows:
    """Everything a delete removed or changed, in the order needed to put it back."""

    # (table name, row as a dict of column values), parents before children.
    rows: tuple[tuple[str, dict[str, Any]], ...]
    # (table name, primary key value, column, previous value) cleared by ON DELETE SET NULL.
    cleared: tuple[tuple[str, Any, str, Any], ...] = field(default=())

    def count_by_table(self) -> dict[str, int]:
        """How many rows of each table went (the row itself included)."""
        counts: dict[str, int] = {}
        for table_name, _row in self.rows:
            counts[table_name] = counts.get(table_name, 0) + 1
        return counts


def get_versioned(session: Session, model: type[RowT], row_id: int, version: int | None) -> RowT:
    """The row, checked against the version the caller saw (None: no check)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"This {_label(model)} no longer exists; it was deleted elsewhere.")
    if version is not None and row.version != version:
        raise edit_conflict(f"This {_label(model)}")
    return row


def update_fields(
    db: Database,
    model: type[RowT],
    row_id: int,
    version: int | None,
    changes: Mapping[str, Any],
    validate: Callable[[Session, RowT, Mapping[str, Any]], None] | None = None,
) -> int:
    """Set ``changes`` on one row in one transaction; returns the row's new version."""
    unknown = set(changes) - set(_table(model).columns.keys())
    if unknown:
        raise ValueError(f"{model.__name__} has no field {sorted(unknown)}")
    with translate_integrity_errors(), db.session() as session:
        row = get_versioned(session, model, row_id, version)
        if validate is not None:
            validate(session, row, changes)
        for name, value in changes.items():
            setattr(row, name, value)
        session.flush()
        return row.version


def create_row(
    db: Database,
    model: type[RowT],
    values: Mapping[str, Any],
    validate: Callable[[Session, Mapping[str, Any]], None] | None = None,
) -> tuple[int, int]:
    """Insert one row; returns its (id, version)."""
    with translate_integrity_errors(), db.session() as session:
        if validate is not None:
            validate(session, values)
        row = model(**values)
        session.add(row)
        session.flush()
        return row.id, row.version


def describe_dependents(db: Database, model: type[Base], row_id: int) -> dict[str, int]:
    """What else a delete of this row would remove, as row counts per table."""
    with db.session() as session:
        table = _table(model)
        collected: list[tuple[Table, dict[str, Any]]] = []
        _collect(session, table, [row_id], collected, [])
        counts: dict[str, int] = {}
        for dependent, _row in collected[1:]:
            counts[dependent.name] = counts.get(dependent.name, 0) + 1
        return counts


def delete_row(db: Database, model: type[Base], row_id: int, version: int | None) -> DeletedRows:
    """Delete a row and what cascades from it; returns all of it, for undo."""
    with translate_integrity_errors(), db.session() as session:
        table = _table(model)
        if version is not None and "version" in table.c:
            current = session.execute(
                select(table.c.version).where(table.c.id == row_id)
            ).scalar_one_or_none()
            if current is None:
                raise NotFoundError("This entry no longer exists; it was deleted elsewhere.")
            if current != version:
                raise edit_conflict()
        rows: list[tuple[Table, dict[str, Any]]] = []
        cleared: list[tuple[str, Any, str, Any]] = []
        _collect(session, table, [row_id], rows, cleared)
        if not rows:
            raise NotFoundError("This entry no longer exists; it was deleted elsewhere.")
        session.execute(delete(table).where(table.c.id == row_id))
        return DeletedRows(
            rows=tuple((t.name, row) for t, row in rows),
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


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _label(model: type[Any]) -> str:
    return model.__name__.replace("_", " ").lower()


@contextmanager
def translate_integrity_errors() -> Iterator[None]:
    """Turn the database's refusals into :class:`ValidationError` with a plain sentence."""
    try:
        yield
    except IntegrityError as error:
        raise integrity_message(error) from error
    except StatementError as error:
        if isinstance(error.orig, ValueError):
            raise ValidationError(str(error.orig)) from error
        raise


def integrity_message(error: IntegrityError) -> ValidationError:
    """A user's sentence for a constraint the database refused."""
    collision = unique_collision(error)
    if collision is not None:
        return collision_error(collision)
    text = str(error.orig)
    if "FOREIGN KEY" in text or "foreign key" in text:
        return ValidationError(
            "This refers to an entry that no longer exists, or is still used elsewhere."
        )
    if "CHECK" in text or "check constraint" in text:
        name = text.rsplit(":", 1)[-1].strip()
        return ValidationError(f"This value is outside the allowed range ({name}).")
    if "NOT NULL" in text or "null value" in text:
        column = text.rsplit(".", 1)[-1].strip()
        return ValidationError("This field must not be empty.", column)
    return ValidationError(f"The database refused this change: {text}")
