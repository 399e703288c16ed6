"""The SQL of ``kamdesk check`` on a PostgreSQL server.

A server keeps its own files sound, so SQLite's ``integrity_check`` has no counterpart; what
can still be wrong is what a person or a tool did to the data: a constraint added ``NOT
VALID`` (the server never checked the rows already there), rows written with triggers off
(``session_replication_role = replica`` skips foreign keys), and sequences left behind
explicitly written ids. Each function here finds one of those and changes nothing. The
foreign-key queries are generated from kamdesk's metadata, so a new table is checked
without anyone writing its query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ForeignKeyConstraint, Table, and_, exists, func, select, text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class UnvalidatedConstraint:
    """A constraint the server holds but never checked against the rows already there."""

    table: str
    name: str


@dataclass(frozen=True)
class OrphanRows:
    """Rows whose foreign key points at no row of the table it refers to."""

    table: str
    columns: tuple[str, ...]
    referred_table: str
    count: int


def unvalidated_constraints(connection: Connection) -> tuple[int, list[UnvalidatedConstraint]]:
    """How many constraints the current schema holds, and those not validated."""
    rows = connection.execute(text(
        "SELECT c.conrelid::regclass::text, c.conname, c.convalidated "
        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE n.nspname = current_schema() AND c.conrelid <> 0 "
        "ORDER BY 1, 2"
    )).all()
    unvalidated = [UnvalidatedConstraint(str(table), str(name))
                   for table, name, validated in rows if not validated]
    return len(rows), unvalidated


def foreign_keys_of(tables: Iterable[Table]) -> list[ForeignKeyConstraint]:
    """Every foreign key of the tables, in a stable order."""
    found = [fk for table in tables for fk in table.foreign_key_constraints]
    return sorted(found, key=lambda fk: (fk.parent.name, tuple(fk.column_keys)))


def orphan_rows(connection: Connection, foreign_key: ForeignKeyConstraint) -> OrphanRows:
    """Count the rows of one foreign key that point at nothing (NULL points nowhere on purpose)."""
    child = foreign_key.parent
    # An alias, so a table referring to itself (a stakeholder's reports-to) is two tables here.
    referred = foreign_key.referred_table.alias("referred")
    local = [element.parent for element in foreign_key.elements]
    matches = [referred.c[element.column.name] == element.parent
               for element in foreign_key.elements]
    query = (
        select(func.count())
        .select_from(child)
        .where(*[column.is_not(None) for column in local])
        .where(~exists().where(and_(*matches)))
    )
    return OrphanRows(
        table=child.name,
        columns=tuple(column.name for column in local),
        referred_table=foreign_key.referred_table.name,
        count=int(connection.execute(query).scalar_one()),
    )
