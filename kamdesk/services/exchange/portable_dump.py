"""The whole database as one portable JSON file, and loading it into an empty database.

For moving to a new laptop, or from a SQLite file to a team's PostgreSQL server (and, later,
as that server's backup). The dump is backend-neutral: it is read and written with
SQLAlchemy Core over the ORM's tables, every row with its ids, values in plain JSON (money
as exact decimal strings, dates and UTC timestamps in ISO form, the logo in base64). It
names the schema revision it was written at and carries a SHA-256 of its tables.

Loading refuses, writing nothing: a file that is not a kamdesk dump, a damaged one (bad
JSON, wrong checksum, unknown tables or columns, values of the wrong type), a dump from a
newer kamdesk, and a database that already holds data. A dump from an older kamdesk loads:
the revisions since then only added tables and columns, and a column the dump lacks gets the
value the migration gave existing rows (its default, or empty where it may be empty); a
column that has neither is refused by name rather than guessed. Everything is inserted in one
transaction with the dump's ids; on PostgreSQL the id sequences are then moved past them.
A database at an older schema is dumped as it is (the backup before a server's upgrade):
only the tables and columns it holds.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, LargeBinary, Table, func, insert, select
from sqlalchemy import delete as sql_delete
from sqlalchemy import inspect as sql_inspect
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from kamdesk import __version__
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.export.plan_export import write_atomically
from kamdesk.store.column_types import ScaledDecimal, UtcDateTime
from kamdesk.store.database import Database, stored_revision
from kamdesk.store.errors import NewerSchemaError, ValidationError
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import CompanySettings
from kamdesk.store.orm.base import data_tables, row_version_clock
from kamdesk.store.schema_revisions import head_revision, known_revisions

FORMAT = "kamdesk-dump"
FORMAT_VERSION = 1
CHUNK = 1000


@dataclass(frozen=True)
class DumpSummary:
    """What a dump holds (or a load wrote)."""

    tables: int
    rows: int
    revision: str


def _tables() -> list[Table]:
    # The row-version clock is bookkeeping, not data: the database loaded into keeps its own
    # and moves it past every loaded version (see load_dump).
    return data_tables()


def _plain(column: Column[Any], value: Any) -> Any:
    """A stored value as JSON."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return str(value)
    if isinstance(kind, UtcDateTime):
        return value.astimezone(UTC).isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    if isinstance(kind, Enum):
        return str(value.value if hasattr(value, "value") else value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _stored(column: Column[Any], value: Any) -> Any:
    """A JSON value as the column stores it; ValueError/TypeError when it cannot be."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        if not isinstance(value, str):
            raise TypeError("money is written as a decimal string")
        return Decimal(value)
    if isinstance(kind, UtcDateTime):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("timestamps carry their zone")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value, validate=True)
    if isinstance(kind, Enum):
        enum_class = kind.enum_class
        return enum_class(value) if enum_class is not None else str(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError("a flag is true or false")
        return value
    if column.type.python_type is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError("a whole number was expected")
    if column.type.python_type is str and not isinstance(value, str):
        raise TypeError("text was expected")
    return value


def tables_checksum(tables: dict[str, Any]) -> str:
    """The SHA-256 a dump carries of its tables (canonical JSON, so key order does not count)."""
    canonical = json.dumps(tables, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dump_data(db: Database) -> dict[str, Any]:
    """The whole database as a JSON-ready dict, read in one transaction."""
    tables: dict[str, Any] = {}
    rows_total = 0
    with db.session() as session:
        revision = stored_revision(session.connection()) or head_revision()
        present = None if revision == head_revision() else _stored_columns(session)
        for table in _tables():
            if present is not None and table.name not in present:
                continue  # an older schema without this table: nothing of it to keep
            columns = [
                column for column in table.columns
                if present is None or column.name in present[table.name]
            ]
            rows = [
                [_plain(column, row[index]) for index, column in enumerate(columns)]
                for row in session.execute(
                    select(*columns).order_by(*table.primary_key.columns)
                )
            ]
            rows_total += len(rows)
            tables[table.name] = {"columns": [c.name for c in columns], "rows": rows}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "kamdesk_version": __version__,
        "written_at": datetime.now(UTC).isoformat(),
        "tables": tables,
        "sha256": tables_checksum(tables),
    }


def _stored_columns(session: Session) -> dict[str, set[str]]:
    """The tables and columns a database at an older schema holds (read before an upgrade)."""
    inspector = sql_inspect(session.connection())
    return {
        name: {column["name"] for column in inspector.get_columns(name)}
        for name in inspector.get_table_names()
    }


def write_dump(db: Database, destination: Path) -> DumpSummary:
    """Write the dump to a file, whole or not at all."""
    data = dump_data(db)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_atomically(destination, text.encode("utf-8"))
    return DumpSummary(
        tables=len(data["tables"]),
        rows=sum(len(t["rows"]) for t in data["tables"].values()),
        revision=data["schema_revision"],
    )


def read_dump(path: Path) -> dict[str, Any]:
    """A dump file's content, checked: format, version, schema and checksum."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is not a kamdesk dump, or it is damaged (not complete JSON); "
                "nothing was loaded.",
            ).format(path=path)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is not a kamdesk dump; nothing was loaded.",
            ).format(path=path)
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} was written by a newer kamdesk (dump format {version}); update "
                "kamdesk to load it. Nothing was loaded.",
            ).format(path=path, version=version)
        )
    revision = data.get("schema_revision")
    if revision not in known_revisions():
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} was written by a newer kamdesk (schema {revision}); update "
                "kamdesk to load it. Nothing was loaded.",
            ).format(path=path, revision=revision)
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or data.get("sha256") != tables_checksum(tables):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is damaged (its content does not match its checksum); nothing was"
                " loaded.",
            ).format(path=path)
        )
    return data


def _database_is_empty(session: Session) -> bool:
    for table in _tables():
        if table.name == CompanySettings.__tablename__:
            continue  # a fresh database may hold the default settings row
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True


def _value_for_older_rows(column: Column[Any], path: Path) -> Any:
    """What the migration that added ``column`` gave the rows that existed before it."""
    default = column.default
    if isinstance(default, ScalarElementColumnDefault):
        return default.arg
    if column.nullable:
        return None
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} was written by an older kamdesk and lacks {table}.{column}, which this "
            "kamdesk cannot fill in; open it with the kamdesk that wrote it, upgrade that"
            " database, and dump it again. Nothing was loaded.",
        ).format(path=path, table=column.table.name, column=column.name)
    )


def _rows_of(table: Table, content: Any, path: Path, *, older: bool) -> list[dict[str, Any]]:
    damaged = ValidationError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} is damaged (table {name} does not fit this kamdesk); nothing was "
            "loaded.",
        ).format(path=path, name=table.name)
    )
    if not isinstance(content, dict) or not isinstance(content.get("rows"), list):
        raise damaged
    names = content.get("columns")
    if (
        not isinstance(names, list)
        or len(set(names)) != len(names)
        or not set(names) <= {c.name for c in table.columns}
        or (not older and len(names) != len(table.columns))
    ):
        raise damaged
    columns = [table.c[name] for name in names]
    filled = {c.name: _value_for_older_rows(c, path) for c in table.columns if c.name not in names}
    rows: list[dict[str, Any]] = []
    for values in content["rows"]:
        if not isinstance(values, list) or len(values) != len(columns):
            raise damaged
        try:
            rows.append({c.name: _stored(c, v) for c, v in zip(columns, values, strict=True)}
                        | filled)
        except (ValueError, TypeError, InvalidOperation, KeyError):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{path} is damaged (a value of table {name} cannot be read); nothing "
                    "was loaded.",
                ).format(path=path, name=table.name)
            ) from None
    return rows


def load_dump(db: Database, path: Path) -> DumpSummary:
    """Fill an empty database from a dump, in one transaction (see the module doc)."""
    data = read_dump(path)
    tables = _tables()
    unknown = set(data["tables"]) - {t.name for t in tables}
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is damaged (unknown table {table}); nothing was loaded.",
            ).format(path=path, table=sorted(unknown)[0])
        )
    older = data["schema_revision"] != head_revision()
    prepared = [(t, _rows_of(t, data["tables"].get(t.name, {"columns": [c.name for c in
                 t.columns], "rows": []}), path, older=older)) for t in tables]
    total = 0
    from kamdesk.services.common.compare_and_set import translate_integrity_errors

    with translate_integrity_errors(), db.session() as session:
        if not _database_is_empty(session):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{database} already holds data; load a dump into a new, empty database "
                    "only. Nothing was loaded.",
                ).format(database=db.location.display())
            )
        session.execute(sql_delete(CompanySettings))
        _move_version_clock_past(session, prepared)
        for table, rows in prepared:
            total += len(rows)
            _insert(session, table, rows)
        move_sequences_past_ids(session, tables)
    return DumpSummary(len(tables), total, data["schema_revision"])


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows with their ids; references within the table are set afterwards."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[tuple[Any, str, Any, dict[str, Any]]] = []
    if own:
        for row in rows:
            for name in own:
                if row[name] is not None:
                    # The stored timestamp, version and author are given, or the columns'
                    # onupdate would replace them with now, a new version and the loader.
                    kept: dict[str, Any] = {
                        key: row[key]
                        for key in ("updated_at", "version", "changed_by")
                        if key in row
                    }
                    later.append((row["id"], name, row[name], kept))
                    row[name] = None
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start:start + CHUNK])
    for row_id, name, value, stored in later:
        session.execute(
            sql_update(table).where(table.c.id == row_id).values({name: value, **stored})
        )


def _move_version_clock_past(
    session: Session, prepared: list[tuple[Table, list[dict[str, Any]]]]
) -> None:
    """Let every version drawn after the load lie above the loaded ones, so none repeats."""
    highest = max(
        (row["version"] for table, rows in prepared if "version" in table.c for row in rows),
        default=0,
    )
    session.execute(
        sql_update(row_version_clock).values(
            value=func.max(row_version_clock.c.value, highest)
            if session.get_bind().dialect.name == "sqlite"
            else func.greatest(row_version_clock.c.value, highest)
        )
    )

