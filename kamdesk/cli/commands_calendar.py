"""``kamdesk export calendar -o FILE.ics``: review and action due dates for a calendar app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.database_option import open_chosen_database
from kamdesk.cli.errors import CommandError


def register_export(export_subparsers: Any) -> None:
    """Add ``export calendar``."""
    calendar = export_subparsers.add_parser(
        "calendar",
        help="review due dates and open action due dates as an iCalendar file",
        description="Write the next review of every active account and every open action "
        "with a due date as all-day events. Event ids stay the same between exports, so "
        "importing a newer file updates the calendar instead of duplicating entries.",
    )
    calendar.add_argument("-o", "--output", required=True, metavar="FILE.ics", type=Path,
                          help="the file to write (replaced if it exists)")
    calendar.set_defaults(handler=run_export_calendar)


def run_export_calendar(arguments: argparse.Namespace) -> int:
    """Write the calendar file and say how many events it holds."""
    from kamdesk.services.export.calendar_export import write_calendar  # loads icalendar

    output: Path = arguments.output
    if output.suffix.lower() != ".ics":
        raise CommandError(f"{output} should end in .ics, the extension calendar apps expect.")
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    db = open_chosen_database(arguments)
    try:
        count = write_calendar(db, output, language=arguments.lang or "en")
    finally:
        db.close()
    print(f"{count} events written to {output}.")
    return 0
