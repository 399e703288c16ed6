"""``kamdesk export plan`` and ``kamdesk export brief``: the printed account plan and brief.

``export plan -o FILE.docx`` writes the plan as an editable Word document instead of a PDF:
the output's extension chooses (anything else stays a PDF, as it always was).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.command_collector import uncollected
from kamdesk.cli.database_option import open_chosen_database
from kamdesk.cli.errors import CommandError
from kamdesk.domain.document_choices import AUDIENCES, LANGUAGES, PAPERS
from kamdesk.store.errors import ValidationError


def register_export(export_subparsers: Any) -> None:
    """Add ``export plan`` and ``export brief``."""
    plan = export_subparsers.add_parser(
        "plan", help="the account plan as PDF or Word document",
        description="Write the account plan. The output's extension chooses the format: "
        ".docx gives an editable Word document, anything else a PDF.",
    )
    _common(plan, "FILE.pdf|FILE.docx")
    plan.add_argument("--audience", choices=AUDIENCES, default="internal",
                      help="internal (everything) or client (what may lie on their table)")
    plan.add_argument("--sections", type=_sections, metavar="LIST",
                      help="comma-separated sections to include (default: all)")
    plan.set_defaults(handler=run_export, export_kind="plan")

    brief = export_subparsers.add_parser("brief", help="a one-page meeting brief as PDF")
    _common(brief, "FILE.pdf")
    brief.set_defaults(handler=run_export, export_kind="brief", audience="internal",
                       sections=None)


def _common(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument("account", metavar="ACCOUNT", help="the account's id or exact name")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=metavar)
    parser.add_argument("--lang", dest="document_lang", choices=LANGUAGES,
                        help="document language (default: --lang, else the company locale)")
    parser.add_argument("--paper", choices=PAPERS,
                        help="paper size (default: from the company locale)")


def run_export(arguments: argparse.Namespace) -> int:
    """Render, write and record one document."""
    # The process ends after this document: it need not collect garbage on the way.
    with uncollected(arguments.db):
        return _export(arguments)


def _export(arguments: argparse.Namespace) -> int:
    from kamdesk.services.common.company_settings_reader import company_locale
    from kamdesk.services.export.plan_export import (
        ExportOptions,
        default_language,
        default_paper,
        render_document,
        save_document,
    )
    suffix = arguments.output.suffix.lower()
    if suffix == ".pptx":
        raise CommandError(f"{arguments.output}: slide decks are made by `kamdesk export deck`.")
    file_format = "docx" if suffix == ".docx" else "pdf"

    db = open_chosen_database(arguments)
    try:
        locale = company_locale(db)
        options = ExportOptions(
            kind=arguments.export_kind,
            lang=arguments.document_lang or arguments.lang or default_language(locale),
            paper=arguments.paper or default_paper(locale),
            audience=arguments.audience,
            sections=arguments.sections,
            format=file_format,
        )
        document = render_document(db, arguments.account, options)
        save_document(db, document, arguments.output.expanduser().absolute())
    finally:
        db.close()
    if file_format == "docx":
        count = document.parts
        print(f"Wrote {arguments.output} (Word document, {count} "
              f"{'section' if count == 1 else 'sections'}).")
        return 0
    pages = document.page_count
    print(f"Wrote {arguments.output} ({pages} {'page' if pages == 1 else 'pages'}).")
    return 0


def _sections(text: str) -> tuple[str, ...]:
    # Checked against the renderer's sections: parsed only when the plan is exported anyway.
    from kamdesk.services.export.plan_export import parse_sections

    try:
        return parse_sections(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
