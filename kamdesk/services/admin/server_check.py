"""What ``kamdesk check`` does on a PostgreSQL server: four checks, each saying what it found.

The schema is at this kamdesk's revision, every constraint is validated, every foreign key
holds (no orphan rows), and every id sequence is ahead of its table's largest id. The report
names each check with its result, and each problem in one sentence, so "all well" is only
ever said after something was looked at. Nothing is changed, not even a migration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kamdesk.store.database import Database, stored_revision
from kamdesk.store.id_sequences import sequences_behind_ids
from kamdesk.store.orm.base import Base, data_tables
from kamdesk.store.schema_revisions import head_revision
from kamdesk.store.server_checks import foreign_keys_of, orphan_rows, unvalidated_constraints


@dataclass(frozen=True)
class ServerCheckReport:
    """One line per check that ran, and one sentence per problem found."""

    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_server(db: Database) -> ServerCheckReport:
    """Run the server's checks in one read-only transaction."""
    report = ServerCheckReport()
    with db.engine.connect() as connection, connection.begin():
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        revision, head = stored_revision(connection), head_revision()
        if revision == head:
            report.checks.append(f"schema: at this kamdesk's revision {head}.")
        else:
            report.checks.append(f"schema: at {revision or 'no revision'}, not {head}.")
            report.problems.append(
                f"The schema is at revision {revision or 'none'}, not this kamdesk's {head}; "
                "`kamdesk db upgrade` brings it up to date."
            )

        total, unvalidated = unvalidated_constraints(connection)
        report.checks.append(
            f"constraints: {total - len(unvalidated)} of {total} validated."
        )
        report.problems.extend(
            f"The constraint {item.name} on {item.table} was never validated against the "
            "rows already there."
            for item in unvalidated
        )

        foreign_keys = foreign_keys_of(Base.metadata.sorted_tables)
        orphans = [found for found in (orphan_rows(connection, fk) for fk in foreign_keys)
                   if found.count]
        report.checks.append(
            f"foreign keys: {len(foreign_keys)} checked, "
            f"{sum(found.count for found in orphans)} orphan row(s)."
        )
        report.problems.extend(
            f"{found.count} row(s) of {found.table} point with {', '.join(found.columns)} "
            f"at no row of {found.referred_table}."
            for found in orphans
        )

        tables = data_tables()
        behind = sequences_behind_ids(connection, tables)
        report.checks.append(
            f"id sequences: {len(behind)} of {len(tables)} tables behind their largest id."
        )
        report.problems.extend(
            f"The id sequence of {table} is behind its largest id: the next new record "
            "there would be refused as a duplicate."
            for table in behind
        )
    return report
