"""``kamdesk export map ACCOUNT -o FILE.svg|pdf|png``: the relationship map as a file.

SVG is written by :mod:`kamdesk.services.export.map_export`, PDF and PNG by reportlab
(:mod:`kamdesk.reports.relationship_map_export`); no Qt is loaded. PNG needs reportlab's
bitmap renderer (``rl_renderPM``); without it the command says so and suggests SVG or PDF.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.database_option import open_chosen_database
from kamdesk.cli.errors import CommandError

FORMATS = (".svg", ".pdf", ".png")


def register_export(export_subparsers: Any) -> None:
    """Add ``export map``."""
    parser = export_subparsers.add_parser(
        "map",
        help="an account's relationship map as SVG, PDF or PNG",
        description="Write the org chart of an account's current stakeholders with attitude "
        "colours, influence, owners, stale contacts, coverage flags and informal lines. "
        "The file's extension chooses the format.",
    )
    parser.add_argument("account", metavar="ACCOUNT", help="the account's id or exact name")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.svg|pdf|png", type=Path,
                        help="the file to write (replaced if it exists)")
    parser.set_defaults(handler=run_export_map)


def run_export_map(arguments: argparse.Namespace) -> int:
    """Write the map file and say how many people it shows."""
    from kamdesk.services.stakeholders.relationship_map import load_relationship_map

    output: Path = arguments.output
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise CommandError(f"{output} should end in .svg, .pdf or .png; the extension chooses "
                           "the format.")
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    db = open_chosen_database(arguments)
    try:
        relationship_map = load_relationship_map(db, arguments.account)
    finally:
        db.close()
    lang = arguments.lang or "en"
    title = (f"{relationship_map.account_name} – Beziehungslandkarte" if lang == "de"
             else f"{relationship_map.account_name} – relationship map")
    people, links = relationship_map.people, relationship_map.links
    if suffix == ".svg":
        from kamdesk.services.export.map_export import map_svg

        data = map_svg(relationship_map).encode("utf-8")
    elif suffix == ".pdf":
        from kamdesk.reports.relationship_map_export import map_pdf

        data = map_pdf(title, people, links, lang)
    else:
        from kamdesk.reports.relationship_map_export import PngUnavailableError, map_png

        try:
            data = map_png(title, people, links, lang)
        except PngUnavailableError as error:
            raise CommandError(str(error)) from error
    output.write_bytes(data)
    print(f"Relationship map of {relationship_map.account_name} ({len(people)} people) "
          f"written to {output}.")
    return 0
