"""Putting a used test database back into the state of the migrated template, in place.

``CREATE DATABASE … TEMPLATE`` makes the server write a checkpoint and copy some 9 MB of
files, a few tenths of a second a test (more on a busy machine), and a few hundred tests
run on PostgreSQL. Deleting a test's rows and restoring the template's few rows and
sequence positions takes some milliseconds. It is only safe where the test changed rows,
not the schema: a :class:`TemplateState` records the template's schema as a fingerprint,
and a database whose fingerprint differs (a test that added a constraint, disabled a
trigger, changed a column or the database's settings) is dropped instead of reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Everything about the schema a test might change, as text: tables and their columns,
#: constraints (with whether they are validated), indexes, triggers (with whether they are
#: enabled), sequences, views, functions, and the database's own settings.
FINGERPRINT_QUERY = """
SELECT md5(concat_ws('|',
  (SELECT string_agg(format('%s.%s:%s:%s:%s', c.table_name, c.column_name, c.data_type,
                            c.is_nullable, coalesce(c.column_default, '')), ','
                     ORDER BY c.table_name, c.ordinal_position)
     FROM information_schema.columns c WHERE c.table_schema = 'public'),
  (SELECT string_agg(format('%s:%s:%s:%s', conrelid::regclass, conname, convalidated,
                            pg_get_constraintdef(oid)), ','
                     ORDER BY conrelid::regclass::text, conname)
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
  (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes
     WHERE schemaname = 'public'),
  (SELECT string_agg(format('%s:%s:%s', tgrelid::regclass, tgname, tgenabled), ','
                     ORDER BY tgrelid::regclass::text, tgname)
     FROM pg_trigger WHERE tgrelid IN (
       SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)),
  (SELECT string_agg(format('%s:%s', relname, relkind), ',' ORDER BY relname)
     FROM pg_class WHERE relnamespace = 'public'::regnamespace),
  (SELECT string_agg(md5(prosrc) || proname, ',' ORDER BY proname)
     FROM pg_proc WHERE pronamespace = 'public'::regnamespace),
  (SELECT string_agg(array_to_string(setconfig, ';'), ',') FROM pg_db_role_setting
     WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database()))
))
"""

TABLES_QUERY = """
SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename
"""

SEQUENCES_QUERY = """
SELECT quote_ident(sequencename), last_value IS NOT NULL, coalesce(last_value, start_value)
FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename
"""


@dataclass(frozen=True)
class TemplateState:
    """The template's schema fingerprint, its rows (as COPY text) and sequence positions."""

    fingerprint: str
    tables: tuple[str, ...]
    rows: dict[str, bytes]
    sequences: tuple[tuple[str, bool, int], ...]

    @classmethod
    def read(cls, connection: Any) -> TemplateState:
        """Record the state of the database ``connection`` (a psycopg connection) is on."""
        fingerprint = connection.execute(FINGERPRINT_QUERY).fetchone()[0]
        tables = tuple(row[0] for row in connection.execute(TABLES_QUERY))
        rows: dict[str, bytes] = {}
        for table in tables:
            data = bytearray()
            with connection.cursor().copy(f"COPY {table} TO STDOUT") as copy:
                for chunk in copy:
                    data += chunk
            if data:
                rows[table] = bytes(data)
        sequences = tuple(
            (str(name), bool(called), int(value))
            for name, called, value in connection.execute(SEQUENCES_QUERY)
        )
        return cls(str(fingerprint), tables, rows, sequences)

    def restore(self, connection: Any) -> bool:
        """Put the database back to this state; False if its schema differs (drop it then).

        ``connection`` is a psycopg connection to the database, in a transaction of its
        own; the caller commits. Other sessions on the database must have ended.
        """
        if connection.execute(FINGERPRINT_QUERY).fetchone()[0] != self.fingerprint:
            return False
        # Replica mode skips the foreign-key and other triggers while every row goes. One
        # round trip for all the statements (they take no parameters).
        connection.execute(";".join([
            "SET LOCAL session_replication_role = replica",
            *(f"DELETE FROM {table}" for table in self.tables),
            *(f"SELECT setval('{name}', {value}, {called})"
              for name, called, value in self.sequences),
        ]))
        for table, data in self.rows.items():
            with connection.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                copy.write(data)
        return True
