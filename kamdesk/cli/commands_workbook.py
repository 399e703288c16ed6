"""``kamdesk export workbook -o FILE.xlsx [--account ACCOUNT]``: the portfolio for Excel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.errors import CommandError


def register_export(export_subparsers: Any) -> None:
    """Add ``export workbook``."""
    parser = export_subparsers.add_parser(
        "workbook",
        help="the portfolio as an Excel workbook (.xlsx)",
        description="Write sheets for accounts (tier, ABC class, owner, revenue of the last "
        "four quarters, growth), contacts, goals, actions, revenue by quarter, opportunities "
        "and whitespace, with real numbers and dates, frozen headers and filters.",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    parser.add_argument("--account", metavar="ACCOUNT", help="only this account (id or name)")
    parser.add_argument("--lang", dest="document_lang", choices=("en", "de"),
                        help="language of headers and labels (default: --lang, else the "
                        "company locale)")
    parser.set_defaults(handler=run_export_workbook)


def run_export_workbook(arguments: argparse.Namespace) -> int:
    """Write the workbook and say what it holds."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.exchange.workbook_export import export_workbook

    output: Path = arguments.output
    if output.suffix.lower() != ".xlsx":
        raise CommandError(f"{output} should end in .xlsx, the extension Excel expects.")
    db = open_chosen_database(arguments)
    try:
        workbook = export_workbook(db, output.expanduser().absolute(),
                                   account=arguments.account,
                                   lang=arguments.document_lang or arguments.lang)
    finally:
        db.close()
    counts = ", ".join(f"{len(sheet.rows)} {sheet.key}" for sheet in workbook.sheets)
    print(f"Wrote {output}: {counts}.")
    return 0
