"""What an import wrote, written in bulk, and undone or redone as one step.

Imports insert with Core ``executemany`` (ORM ``add()`` is about ten times slower per row,
see NOTES.md) and let the database assign ids, returned in order, so that nothing here
depends on the backend's id sequences. Every row written gets a version drawn from the
database-wide clock (:func:`~kamdesk.store.row_versions.draw_row_version`), never 1 or "one
more": a version a window once saw must not come back. Every insert and update is recorded in
:class:`ImportChanges`: the app's Undo deletes what the import created and puts updated
fields back; Redo puts the same rows back, with the same ids. Both refuse, with a sentence
and without writing, when someone changed those rows since.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.database import Database
from kamdesk.store.errors import edit_conflict
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import Base
from kamdesk.store.row_versions import draw_row_version

CHUNK = 2000


#: The pieces of the sentence when someone changed an import's rows before its undo or redo.
ROWS_CREATED = QT_TRANSLATE_NOOP("ServiceMessage", "Rows this import created")
ROWS_UPDATED = QT_TRANSLATE_NOOP("ServiceMessage", "Rows this import updated")
ENTRIES = QT_TRANSLATE_NOOP("ServiceMessage", "Entries")
CANNOT_UNDO = QT_TRANSLATE_NOOP("ServiceMessage", "the import cannot be undone")
CANNOT_REDO = QT_TRANSLATE_NOOP("ServiceMessage", "the import cannot be redone")


@dataclass(frozen=True)
class RowUpdate:
    """One updated row: the fields before and after (``version`` included)."""

    table: str
    row_id: int
    before: Mapping[str, Any]
    after: Mapping[str, Any]


@dataclass
class ImportChanges:
    """Every row an import inserted (whole, with ids) and every update it made."""

    inserted: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updated: list[RowUpdate] = field(default_factory=list)

    def is_empty(self) -> bool:
        """Whether the import wrote nothing."""
        return not self.updated and not any(self.inserted.values())


def table_of(model: type[Base]) -> Table:
    """The Core table of an ORM class."""
    return cast(Table, model.__table__)


def column_defaults(table: Table) -> dict[str, Any]:
    """Each column's scalar default (None where it has none), for rows given in bulk.

    ``executemany`` needs every row to name the same columns; defaults that are functions
    (timestamps) are filled by the caller, once for the whole import.
    """
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.primary_key:
            continue
        default = column.default
        arg = getattr(default, "arg", None) if default is not None else None
        defaults[column.name] = arg if default is not None and getattr(
            default, "is_scalar", False) else None
    return defaults


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    changes: ImportChanges,
    key: Sequence[str],
) -> list[int]:
    """Insert rows (all with the same keys) and return their new ids, in the rows' order.

    ``key`` names columns whose values tell the new rows apart (an account's name, a
    revenue entry's account and quarter): the database returns each id with them, in
    whatever order it likes, in batched multi-row INSERT … RETURNING statements. (Asking
    SQLAlchemy to keep the parameters' order makes SQLite insert one row per statement,
    which tripled the time of a 10,000-row import.)
    """
    stamp = draw_row_version(session.connection())
    rows = [{**row, "version": stamp} for row in rows]
    key_columns = [table.c[name] for name in key]
    found: dict[tuple[Any, ...], int] = {}
    for start in range(0, len(rows), CHUNK):
        result = session.execute(
            insert(table).returning(table.c.id, *key_columns), rows[start:start + CHUNK]
        )
        for returned in result:
            found[tuple(returned[1:])] = returned[0]
    ids = [found[tuple(row[name] for name in key)] for row in rows]
    inserted = changes.inserted.setdefault(table.name, [])
    for row_id, row in zip(ids, rows, strict=True):
        inserted.append({**row, "id": row_id})
    return ids


def update_rows(
    session: Session, table: Table, updates: Sequence[RowUpdate], changes: ImportChanges
) -> None:
    """Apply updates, grouped by the columns they set, in bulk; each gets a new version."""
    stamp = draw_row_version(session.connection())
    updates = [
        RowUpdate(change.table, change.row_id, change.before, {**change.after, "version": stamp})
        for change in updates
    ]
    groups: dict[tuple[str, ...], list[RowUpdate]] = {}
    for change in updates:
        groups.setdefault(tuple(sorted(change.after)), []).append(change)
    for columns, group in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        params = [
            {"_id": change.row_id, **{f"_{name}": change.after[name] for name in columns}}
            for change in group
        ]
        session.connection().execute(statement, params)
        changes.updated.extend(group)


def _tables_children_first(names: Sequence[str]) -> list[Table]:
    order = [t for t in reversed(Base.metadata.sorted_tables) if t.name in names]
    return order


def undo_changes(db: Database, changes: ImportChanges, now: datetime) -> None:
    """Remove what the import inserted and put its updated fields back, in one transaction."""
    tables = Base.metadata.tables
    with db.session() as session:
        _check_unchanged(session, changes, after=True)
        stamp = draw_row_version(session.connection())
        for change in changes.updated:
            table = tables[change.table]
            values = {**change.before, "version": stamp, "updated_at": now}
            session.execute(update(table).where(table.c.id == change.row_id).values(values))
        # Checked once the updates are reverted: an updated account may point at a new owner.
        _check_no_new_dependents(session, changes)
        for table in _tables_children_first(list(changes.inserted)):
            ids = [row["id"] for row in changes.inserted[table.name]]
            for start in range(0, len(ids), CHUNK):
                session.execute(delete(table).where(table.c.id.in_(ids[start:start + CHUNK])))


def redo_changes(db: Database, changes: ImportChanges, now: datetime) -> None:
    """Put back what :func:`undo_changes` removed (same ids) and re-apply the updates."""
    tables = Base.metadata.tables
    with db.session() as session:
        _check_unchanged(session, changes, after=False)
        for table in reversed(_tables_children_first(list(changes.inserted))):
            rows = changes.inserted[table.name]
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(table), rows[start:start + CHUNK])
        move_sequences_past_ids(session, _tables_children_first(list(changes.inserted)))
        stamp = draw_row_version(session.connection())
        for change in changes.updated:
            table = tables[change.table]
            values = {**change.after, "version": stamp, "updated_at": now}
            session.execute(update(table).where(table.c.id == change.row_id).values(values))


def _check_unchanged(session: Session, changes: ImportChanges, *, after: bool) -> None:
    """Refuse when an imported or updated row was edited (or deleted) since."""
    tables = Base.metadata.tables
    if after:
        for name, rows in changes.inserted.items():
            table = tables[name]
            by_version: dict[int, list[int]] = {}
            for row in rows:
                by_version.setdefault(row["version"], []).append(row["id"])
            for written, ids in by_version.items():
                for start in range(0, len(ids), CHUNK):
                    part = ids[start:start + CHUNK]
                    count = session.execute(
                        select(func.count()).select_from(table)
                        .where(table.c.id.in_(part), table.c.version == written)
                    ).scalar_one()
                    if count != len(part):
                        raise edit_conflict(
                            ROWS_CREATED, CANNOT_UNDO, changed="were changed or deleted"
                        )
    for change in changes.updated:
        table = tables[change.table]
        version = session.execute(
            select(table.c.version).where(table.c.id == change.row_id)
        ).scalar_one_or_none()
        expected = change.after["version"] if after else None
        if version is None or (expected is not None and version != expected):
            raise edit_conflict(
                ROWS_UPDATED, CANNOT_UNDO if after else CANNOT_REDO, changed="were changed"
            )


def _check_no_new_dependents(session: Session, changes: ImportChanges) -> None:
    """Refuse when rows were added under imported ones (a goal of an imported account)."""
    tables = Base.metadata.tables
    for name, rows in changes.inserted.items():
        ids = [row["id"] for row in rows]
        parent = tables[name]
        for child in Base.metadata.sorted_tables:
            for foreign_key in child.foreign_keys:
                if foreign_key.column.table is not parent:
                    continue
                own = {row["id"] for row in changes.inserted.get(child.name, [])}
                column = foreign_key.parent
                for start in range(0, len(ids), CHUNK):
                    found = session.execute(
                        select(*child.primary_key.columns)
                        .where(column.in_(ids[start:start + CHUNK]))
                    ).all()
                    if any(len(r) != 1 or r[0] not in own for r in found):
                        raise edit_conflict(
                            ENTRIES,
                            CANNOT_UNDO,
                            changed="were added to what this import created",
                        )
