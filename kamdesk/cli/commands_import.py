"""``kamdesk import accounts|contacts|revenue FILE``: spreadsheets and vCards into kamdesk.

All or nothing: a file with any invalid row writes nothing, lists every problem by line and
column and exits 1; ``--skip-invalid`` writes the valid rows and lists the rest;
``--dry-run`` writes nothing and says what would happen. What was sniffed (encoding,
delimiter, number format, date order, column mapping) is printed so that it can be
overridden with the options below. Services are imported inside the handler, so that
``kamdesk --help`` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kamdesk.cli.errors import CommandError

KINDS = ("accounts", "contacts", "revenue")
DELIMITER_NAMES = {";": ";", ",": ",", "tab": "\t", "\\t": "\t"}
ENCODING_NAMES = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}


def register(subparsers: Any) -> None:
    """Add ``import``."""
    parser = subparsers.add_parser(
        "import",
        help="import accounts, contacts or revenue from CSV, .xlsx or vCard files",
        description="Import a spreadsheet (CSV/TXT as Excel writes it, or .xlsx) or, for "
        "contacts, a vCard file. Columns are matched by their German or English headers; "
        "existing records are matched and updated, so importing a file twice changes "
        "nothing the second time. A file with any invalid row writes nothing.",
    )
    parser.add_argument("kind", choices=KINDS, help="what the file holds")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true",
                        help="write nothing; show what would be created, updated, unchanged")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="write the valid rows and list the rejected ones")
    parser.add_argument("--mapping", type=Path, metavar="MAP.json",
                        help='a JSON object of column → field, e.g. {"Security": "name"}; '
                        "null ignores a column")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="map one column (repeatable); an empty FIELD ignores it")
    parser.add_argument("--account", metavar="ACCOUNT",
                        help="put every row into this account, whatever the file's company "
                        "column says (contacts, revenue)")
    parser.add_argument("--encoding", help="the file's encoding (default: detected), "
                        "e.g. utf-8, cp1252")
    parser.add_argument("--delimiter", choices=sorted(DELIMITER_NAMES),
                        help="the CSV delimiter (default: detected)")
    parser.add_argument("--decimal", choices=("comma", "point"),
                        help="the decimal mark of numbers (default: detected)")
    parser.add_argument("--date-order", choices=("dmy", "mdy"),
                        help="how dates with slashes read: 31/12/2024 (dmy) or 12/31/2024 "
                        "(mdy); default: detected")
    parser.add_argument("--sheet", help="the sheet of an .xlsx workbook (default: the first)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=run_import_command)


def _mapping(arguments: argparse.Namespace) -> dict[str, str | None]:
    from kamdesk.services.exchange.import_runner import read_mapping_file

    mapping: dict[str, str | None] = {}
    if arguments.mapping is not None:
        mapping.update(read_mapping_file(arguments.mapping))
    for item in arguments.map:
        column, separator, target = item.partition("=")
        if not separator or not column.strip():
            raise CommandError(f"--map {item!r} should read COLUMN=FIELD, e.g. Firma=name.")
        mapping[column.strip()] = target.strip() or None
    return mapping


def run_import_command(arguments: argparse.Namespace) -> int:
    """Run the import and report it as text or JSON."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.cli.output import print_json
    from kamdesk.domain.import_fields import ImportKind
    from kamdesk.domain.spreadsheet_dates import SlashOrder
    from kamdesk.services.exchange.import_runner import ImportRequest, run_import
    from kamdesk.services.exchange.raw_table import ReadOptions

    path: Path = arguments.file
    if not path.is_file():
        raise CommandError(f"{path} does not exist." if not path.exists()
                           else f"{path} is not a file.")
    request = ImportRequest(
        kind=ImportKind(arguments.kind),
        path=path,
        read=ReadOptions(
            encoding=arguments.encoding,
            delimiter=DELIMITER_NAMES[arguments.delimiter] if arguments.delimiter else None,
            sheet=arguments.sheet,
        ),
        mapping=_mapping(arguments),
        decimal_comma=None if arguments.decimal is None else arguments.decimal == "comma",
        slash_order=SlashOrder(arguments.date_order) if arguments.date_order else None,
        account=arguments.account,
    )
    db = open_chosen_database(arguments)
    try:
        report = run_import(db, request, dry_run=arguments.dry_run,
                            skip_invalid=arguments.skip_invalid)
    finally:
        db.close()
    if arguments.format == "json":
        print_json(report.as_json())
    else:
        _print_text(report, mapped=bool(request.mapping))
    if report.rejected and not arguments.skip_invalid:
        count = len(report.rejected)
        rows = "1 problem" if count == 1 else f"{count} problems"
        valid = report.created + report.updated + report.unchanged
        raise CommandError(
            f"{path.name} has {rows}; nothing was imported. Fix the rows, or use "
            f"--skip-invalid to import the {valid} valid ones."
        )
    return 0


def _print_text(report: Any, mapped: bool) -> None:
    """What was read, decided and done, for people."""
    preview = report.preview
    table = preview.table
    out = sys.stdout
    how = []
    if table.encoding:
        how.append(ENCODING_NAMES.get(table.encoding, table.encoding))
    if table.delimiter:
        how.append("delimiter " + ("tab" if table.delimiter == "\t" else repr(table.delimiter)))
    if table.sheet:
        how.append(f"sheet {table.sheet!r}")
    how.append("decimal comma" if preview.formats.decimal_comma else "decimal point")
    if preview.formats.slash_order is not None:
        how.append("slash dates " + preview.formats.slash_order.value)
    out.write(f"Read {report.preview.table.file_kind.upper()} file: {', '.join(how)}; "
              f"{len(table.rows)} rows.\n")
    pairs = [f"{h} → {t}" for h, t in preview.mapping.as_dict().items() if t is not None]
    out.write("Columns: " + "; ".join(pairs) + ".\n")
    unused = preview.mapping.unused()
    if unused:
        hint = "" if mapped else " (map them with --mapping or --map)"
        out.write(f"Not imported{hint}: " + ", ".join(unused) + ".\n")
    for item in report.rejected:
        out.write(("rejected: " if report.written or report.dry_run else "") +
                  item.sentence() + "\n")
    members = report.team_members_created
    team = f"; {members} new team member{'s' if members != 1 else ''}" if members else ""
    if report.dry_run:
        out.write(f"Dry run — nothing was written. Would create {report.created}, update "
                  f"{report.updated}, leave {report.unchanged} unchanged{team}.\n")
    elif report.written or not report.rejected:
        out.write(f"Imported {report.kind.value}: {report.created} created, {report.updated} "
                  f"updated, {report.unchanged} unchanged{team}.\n")
