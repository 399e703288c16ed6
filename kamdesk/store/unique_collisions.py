"""Which unique constraint a refused write collided with, and with which values, on both backends.

SQLite names the columns ("UNIQUE constraint failed: revenue_entry.account_id, …"),
PostgreSQL the constraint (``diag.constraint_name``) and the key in its detail ("Key
(account_id, year, quarter)=(1, 2026, 3) already exists."). Both are mapped to the
constraint's name from kamdesk's naming convention, so the services can say per constraint
what collided (see :mod:`kamdesk.services.common.collision_messages`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy.exc import IntegrityError

from kamdesk.store.orm import Base

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)")
_POSTGRES_KEY = re.compile(r"Key \((.+)\)=\((.*)\) already exists")
_INSERT = re.compile(r"^\s*INSERT INTO \S+ \(([^)]*)\) VALUES \(([^)]*)\)", re.IGNORECASE)
_UPDATE = re.compile(r"^\s*UPDATE \S+ SET (.+?) WHERE ", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Collision:
    """A write refused because another row already holds the same unique values."""

    constraint: str
    table: str
    columns: tuple[str, ...]
    #: The values that collided, by column, as far as the driver tells them.
    values: Mapping[str, Any] = field(default_factory=dict)


def unique_collision(error: IntegrityError) -> Collision | None:
    """The collision behind ``error``, or None when it is not a unique-constraint failure."""
    constraint = _constraint_named_by(error.orig)
    if constraint is None:
        return None
    table, columns = constraint
    name = constraint_name(table, columns)
    given = _statement_values(error.statement or "", error.params)
    values = {column: given[column] for column in columns if column in given}
    if len(values) < len(columns):
        values = _postgres_key_values(error.orig) or values
    return Collision(name, table, columns, values)


@cache
def unique_constraints() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every unique constraint and composite primary key: name → (table, columns)."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
                continue
            columns = tuple(column.name for column in constraint.columns)
            if isinstance(constraint, UniqueConstraint):
                # The metadata's naming convention: uq_%(table_name)s_%(column_0_N_name)s.
                found[f"uq_{table.name}_{'_'.join(columns)}"] = (table.name, columns)
            elif isinstance(constraint, PrimaryKeyConstraint) and len(columns) > 1:
                found[f"pk_{table.name}"] = (table.name, columns)
    return found


def constraint_name(table: str, columns: tuple[str, ...]) -> str:
    """The name of the unique constraint (or composite key) of ``table`` on ``columns``."""
    for name, owned in unique_constraints().items():
        if owned == (table, columns):
            return name
    return f"uq_{table}_{'_'.join(columns)}"


def _constraint_named_by(original: Any) -> tuple[str, tuple[str, ...]] | None:
    diagnosis = getattr(original, "diag", None)
    if diagnosis is not None and getattr(original, "sqlstate", None) == "23505":
        return unique_constraints().get(str(diagnosis.constraint_name))
    match = _SQLITE_UNIQUE.search(str(original))
    if match is None:
        return None
    qualified = [part.strip() for part in match.group(1).split(",")]
    table = qualified[0].split(".", 1)[0]
    return table, tuple(part.split(".", 1)[1] for part in qualified)


def _statement_values(statement: str, params: Any) -> dict[str, Any]:
    """The values a single-row INSERT or UPDATE wrote, by column, as far as they can be told.

    PostgreSQL's drivers pass named parameters; SQLite's positional ones, matched here with
    the statement's column list (``INSERT INTO t (a, b) VALUES (?, ?)``, ``SET a=?, b=?``).
    """
    if isinstance(params, Mapping):
        return dict(params)
    if not isinstance(params, tuple):
        return {}  # several rows at once: which one collided is not known
    columns: list[str] = []
    inserted = _INSERT.search(statement)
    updated = _UPDATE.search(statement)
    if inserted is not None:
        columns = [name.strip() for name in inserted.group(1).split(",")]
        placeholders = [value.strip() for value in inserted.group(2).split(",")]
        if placeholders != ["?"] * len(columns):
            return {}
    elif updated is not None:
        pairs = [pair.split("=", 1) for pair in updated.group(1).split(",")]
        if any(len(pair) != 2 or pair[1].strip() != "?" for pair in pairs):
            return {}
        columns = [pair[0].strip() for pair in pairs]
    if len(columns) > len(params):
        return {}
    return dict(zip(columns, params, strict=False))


def _postgres_key_values(original: Any) -> dict[str, str]:
    detail = getattr(getattr(original, "diag", None), "message_detail", None) or ""
    match = _POSTGRES_KEY.search(detail)
    if match is None:
        return {}
    names = [name.strip() for name in match.group(1).split(",")]
    values = [value.strip() for value in match.group(2).split(",")]
    if len(names) != len(values):  # a value held a comma: the columns are still known
        return {}
    return dict(zip(names, values, strict=True))
