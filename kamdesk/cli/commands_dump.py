"""``kamdesk dump -o FILE.json`` and ``kamdesk load FILE.json``: the whole database, portable.

A dump holds every table, row by row with its ids, and the schema revision it was written
at: for moving to a new laptop, or from a SQLite file to a team's PostgreSQL server. Load
fills an empty database only; a dump from a newer kamdesk, or a damaged one, loads nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.errors import CommandError


def register(subparsers: Any) -> None:
    """Add ``dump`` and ``load``."""
    dump = subparsers.add_parser("dump", help="write the whole database as portable JSON")
    dump.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    dump.set_defaults(handler=run_dump)
    load = subparsers.add_parser("load", help="fill an empty database from a dump")
    load.add_argument("file", type=Path, metavar="FILE.json")
    load.set_defaults(handler=run_load)


def run_dump(arguments: argparse.Namespace) -> int:
    """Write the dump atomically and say what it holds."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.exchange.portable_dump import write_dump

    output: Path = arguments.output
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    db = open_chosen_database(arguments)
    try:
        summary = write_dump(db, output)
    finally:
        db.close()
    print(f"Dumped {summary.rows} rows of {summary.tables} tables (schema "
          f"{summary.revision}) to {output}.")
    return 0


def run_load(arguments: argparse.Namespace) -> int:
    """Load a dump into the (empty) database."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.exchange.portable_dump import load_dump

    if not arguments.file.is_file():
        raise CommandError(f"{arguments.file} does not exist.")
    db = open_chosen_database(arguments)
    try:
        summary = load_dump(db, arguments.file)
    finally:
        db.close()
    print(f"Loaded {summary.rows} rows of {summary.tables} tables into "
          f"{db.location.display()}.")
    return 0
