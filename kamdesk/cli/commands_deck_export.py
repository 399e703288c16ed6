"""``kamdesk export deck ACCOUNT -o FILE.pptx``: the account plan as a QBR slide deck.

Options as for the printed plan (audience, language, sections), plus ``--template`` for the
firm's own PowerPoint master. Services and renderers are imported inside the handler, so
``kamdesk --help`` does not pay for python-pptx.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.errors import CommandError

AUDIENCES = ("internal", "client")
LANGUAGES = ("en", "de")


def register_export(export_subparsers: Any) -> None:
    """Add ``export deck``."""
    parser = export_subparsers.add_parser(
        "deck",
        help="the account plan as a slide deck (.pptx) for the review meeting",
        description="Write a 16:9 PowerPoint deck of the account plan: title, agenda, where "
        "we stand, revenue as a native chart, goals, the stakeholder map, growth slides "
        "(internal), actions, team and the next meeting; details in the speaker notes.",
    )
    parser.add_argument("account", metavar="ACCOUNT", help="the account's id or exact name")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pptx",
                        help="the deck to write (replaced if it exists)")
    parser.add_argument("--audience", choices=AUDIENCES, default="internal",
                        help="internal (everything) or client (what may be shown to them)")
    parser.add_argument("--lang", dest="document_lang", choices=LANGUAGES,
                        help="deck language (default: --lang, else the company locale)")
    parser.add_argument("--sections", type=_sections, metavar="LIST",
                        help="comma-separated sections to include (default: all)")
    parser.add_argument("--template", type=Path, metavar="FILE.pptx",
                        help="the firm's PowerPoint template to build on (its layouts "
                        "“Title Slide” and “Title Only”, or any with a title)")
    parser.set_defaults(handler=run_export_deck)


def run_export_deck(arguments: argparse.Namespace) -> int:
    """Render, write and record the deck."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.common.company_settings_reader import company_locale
    from kamdesk.services.export.plan_export import (
        ExportOptions,
        default_language,
        render_document,
        save_document,
    )

    output: Path = arguments.output
    if output.suffix.lower() != ".pptx":
        raise CommandError(f"{output} should end in .pptx; a slide deck is a PowerPoint file.")
    template: Path | None = arguments.template
    if template is not None:
        template = template.expanduser().absolute()
        if not template.is_file():
            raise CommandError(f"The template {arguments.template} does not exist.")
    db = open_chosen_database(arguments)
    try:
        options = ExportOptions(
            kind="plan",
            lang=arguments.document_lang or arguments.lang or default_language(company_locale(db)),
            audience=arguments.audience,
            sections=arguments.sections,
            format="pptx",
            template=template,
        )
        document = render_document(db, arguments.account, options)
        save_document(db, document, output.expanduser().absolute())
    finally:
        db.close()
    slides = document.parts
    print(f"Wrote {output} ({slides} {'slide' if slides == 1 else 'slides'}).")
    return 0


def _sections(text: str) -> tuple[str, ...]:
    from kamdesk.services.export.plan_export import parse_sections
    from kamdesk.store.errors import ValidationError

    try:
        return parse_sections(text, "pptx")
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
