"""``kamdesk db upgrade|current``, ``check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.database_option import open_chosen_database
from kamdesk.cli.errors import CommandError


def register(subparsers: Any) -> None:
    """Add the storage commands."""
    db = subparsers.add_parser("db", help="the database schema")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="migrate the database to this version")
    upgrade.set_defaults(handler=run_upgrade)
    current = db_commands.add_parser("current", help="show the schema revision")
    current.set_defaults(handler=run_current)

    check = subparsers.add_parser("check", help="check the database (file or server) for damage")
    check.set_defaults(handler=run_check)

    backup = subparsers.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="where to write it (default: the backups folder next to it)")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_upgrade(arguments: argparse.Namespace) -> int:
    """Open the database, which migrates it (after a backup)."""
    from kamdesk.services.admin.schema_revision_info import revision_info

    db = open_chosen_database(arguments)
    db.close()
    info = revision_info(arguments.db)
    print(f"{info.location} is at schema {info.current}.")
    return 0


def run_current(arguments: argparse.Namespace) -> int:
    """Print the current and the newest known revision."""
    from kamdesk.services.admin.schema_revision_info import revision_info

    info = revision_info(arguments.db)
    state = "up to date" if info.current == info.head else "needs upgrade"
    print(f"current: {info.current or 'empty'}")
    print(f"head: {info.head} ({state})")
    return 0


def run_check(arguments: argparse.Namespace) -> int:
    """Report what the integrity checks find; exit 1 if anything."""
    from kamdesk.store.location import resolve_location

    if resolve_location(arguments.db).path is None:
        return _check_server(arguments)
    from kamdesk.services.admin.database_maintenance import check_database

    db = open_chosen_database(arguments)
    try:
        problems = check_database(db)
    finally:
        db.close()
    if problems:
        for problem in problems[:-1]:
            print(problem)
        raise CommandError(f"the database has {len(problems)} problem(s); last: {problems[-1]}")
    print(f"{db.location.display()}: integrity and foreign keys ok.")
    return 0


def _check_server(arguments: argparse.Namespace) -> int:
    """One line per check on a server database, then its problems; exit 1 if any."""
    from kamdesk.services.admin.server_check import check_server

    # A check changes nothing: a schema behind this kamdesk is reported, not upgraded.
    db = open_chosen_database(arguments, migrate=False)
    try:
        report = check_server(db)
    finally:
        db.close()
    print(f"{db.location.display()}:")
    for line in report.checks:
        print(f"  {line}")
    for problem in report.problems:
        print(problem)
    if report.problems:
        raise CommandError(f"the database has {len(report.problems)} problem(s).")
    print("All checks passed.")
    return 0


def run_backup(arguments: argparse.Namespace) -> int:
    """Write a backup and print where."""
    from kamdesk.services.admin.database_maintenance import backup_database

    path = backup_database(arguments.db, arguments.output)
    print(f"Backup written to {path}")
    if path.suffix == ".json":
        print(f"Restore it into an empty database with: kamdesk --db URL load {path}")
    return 0


def run_restore(arguments: argparse.Namespace) -> int:
    """Restore a backup over the database."""
    from kamdesk.services.admin.database_maintenance import restore_database

    result = restore_database(arguments.db, arguments.file)
    if result.safety_backup is not None:
        print(f"The previous database was saved to {result.safety_backup}")
    if result.set_aside is not None:
        print(f"The previous database was damaged; its bytes were kept in {result.set_aside}")
    print(f"Restored {arguments.file}")
    return 0
