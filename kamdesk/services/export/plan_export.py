"""Exporting an account plan (PDF, Word document or slide deck) or meeting brief, and
remembering the export.

Data in, bytes out: the plan is assembled in one read-only transaction, the renderer turns
that plain object into the file's bytes, the file is written atomically, and only then is
a plan snapshot (reason "export") stored, so the next review can show what changed since.
The Word and PowerPoint renderers are imported only when one is asked for, and the ORM
not at all: the plan is read and its snapshot written through Core, which is what keeps
``kamdesk export plan`` quick to start.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError

from kamdesk.domain.document_choices import AUDIENCES, LANGUAGES, PAPERS
from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.plain_json import dumps
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage, message_of
from kamdesk.reports.brief_document import render_brief
from kamdesk.reports.plan_document import render_plan
from kamdesk.reports.plan_sections import DOCX, FORMATS, PDF, PLAN_SECTIONS, PPTX
from kamdesk.reports.plan_sections import available_sections as sections_of
from kamdesk.services.export.document_choice_refusals import (
    AUDIENCE,
    DOCUMENT,
    FILE_FORMAT,
    LANGUAGE,
    PAPER_SIZE,
    check_choice,
)
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.store.column_types import utc_now
from kamdesk.store.database import Database
from kamdesk.store.editors import editor_for
from kamdesk.store.errors import StorageError, ValidationError
from kamdesk.store.light_tables import plan_snapshot
from kamdesk.store.row_versions import draw_row_version

KINDS = ("plan", "brief")
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


# The audience is a word of the sentence, so each version has its own (German inflects it).
NOT_IN_VERSION = {
    "internal": QT_TRANSLATE_NOOP(
        "ServiceMessage", "None of these sections is in the internal version; it has {known}."
    ),
    "client": QT_TRANSLATE_NOOP(
        "ServiceMessage", "None of these sections is in the client version; it has {known}."
    ),
}

# What each file format is called in messages (and in programming errors).
FORMAT_NAMES = {PDF: "PDF", DOCX: "Word document", PPTX: "slide deck"}


@dataclass(frozen=True)
class ExportOptions:
    """How to print: which document, in which file format, for whom, in which language, on
    which paper, with which sections; a slide deck may name the firm's template."""

    kind: str = "plan"
    lang: str = "en"
    paper: str = "a4"
    audience: str = "internal"
    sections: tuple[str, ...] | None = None
    format: str = PDF
    template: Path | None = None

    def check(self) -> None:
        """Refuse options the renderer does not know, with one sentence."""
        check_choice(DOCUMENT, self.kind, KINDS)
        check_choice(LANGUAGE, self.lang, LANGUAGES)
        check_choice(PAPER_SIZE, self.paper, PAPERS)
        check_choice(AUDIENCE, self.audience, AUDIENCES)
        check_choice(FILE_FORMAT, self.format, FORMATS)
        if self.kind == "brief" and self.format != PDF:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "The meeting brief is made as a PDF only.")
            )
        if self.template is not None and self.format != PPTX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "A template is used for slide decks only.")
            )
        unknown = [s for s in self.sections or () if s not in PLAN_SECTIONS]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "Unknown section(s) {unknown}; the sections are {known}.",
                ).format(unknown=', '.join(unknown), known=', '.join(PLAN_SECTIONS))
            )
        if self.format == PPTX:
            no_slides = [s for s in self.sections or () if s not in sections_of(PPTX, "internal")]
            if no_slides:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ServiceMessage",
                        "The slide deck has no slides for {unknown}; its sections are "
                        "{known}.",
                    ).format(
                        unknown=', '.join(no_slides),
                        known=', '.join(sections_of(PPTX, 'internal')),
                    )
                )
        sections_here = available_sections(self.audience, self.format)
        if self.kind == "plan" and self.sections and not set(self.sections) & set(sections_here):
            # The renderer would drop them all and print an empty document.
            raise ValidationError(
                NOT_IN_VERSION[self.audience].format(known=', '.join(sections_here))
            )


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered document, the plan it shows and what it holds.

    ``parts`` counts pages of a PDF, slides of a deck or plan sections of a Word document
    (Word lays out the pages itself); ``outline`` lists the slides' or sections' titles.
    """

    data: bytes
    plan: AccountPlan
    options: ExportOptions
    parts: int
    outline: tuple[str, ...] = ()

    @property
    def pdf(self) -> bytes:
        """The PDF's bytes (only a PDF export has them)."""
        if self.options.format != PDF:
            raise ValueError(f"a {FORMAT_NAMES[self.options.format]} is not a PDF")
        return self.data

    @property
    def page_count(self) -> int:
        """Pages in the PDF (0 for the other formats, whose pages the office suite makes)."""
        return self.parts if self.options.format == PDF else 0


def available_sections(audience: str, file_format: str = PDF) -> tuple[str, ...]:
    """The sections a document of this format for this audience can have, in its order."""
    return sections_of(file_format, audience)


def default_language(locale: str) -> str:
    """The document language that goes with a locale such as ``de_DE``."""
    return "de" if locale.lower().startswith("de") else "en"


def default_paper(locale: str) -> str:
    """Letter where it is the custom (US, Canada, Mexico …), A4 elsewhere."""
    return "letter" if locale.upper().endswith(("_US", "_CA", "_MX", "_PH", "_CL")) else "a4"


def render_document(
    db: Database, reference: str | int, options: ExportOptions, today: date | None = None
) -> RenderedDocument:
    """Assemble the plan and render it in the chosen format (nothing is written or recorded)."""
    options.check()
    template = _read_template(options.template)
    plan = assemble_plan(db, reference, today)
    try:
        if options.kind == "brief":
            pdf = render_brief(plan, lang=options.lang, paper=options.paper)
            return RenderedDocument(pdf, plan, options, _pages(pdf))
        if options.format == PPTX:
            from kamdesk.reports.deck import render_deck

            deck = render_deck(plan, lang=options.lang, audience=options.audience,
                               sections=options.sections, template=template,
                               template_name=options.template.name if options.template else "")
            return RenderedDocument(deck.pptx, plan, options, deck.slides, deck.outline)
        if options.format == DOCX:
            from kamdesk.reports.document import render_word_plan

            word = render_word_plan(plan, lang=options.lang, paper=options.paper,
                                    audience=options.audience, sections=options.sections)
            return RenderedDocument(word.docx, plan, options, word.sections, word.outline)
        pdf = render_plan(plan, lang=options.lang, paper=options.paper,
                          audience=options.audience, sections=options.sections)
    except ValueError as error:  # a template that cannot serve says why, translatably
        raise ValidationError(message_of(error) or str(error)) from error
    return RenderedDocument(pdf, plan, options, _pages(pdf))


def _pages(pdf: bytes) -> int:
    """Pages in a PDF (counted from its page objects)."""
    return len(_PAGE_OBJECT.findall(pdf))


def _read_template(path: Path | None) -> bytes | None:
    """The template's bytes; it is only ever read, so a refused one stays as it was."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        reason = os_reason(error)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "Could not read the template {path}: {reason}.",
            ).format(path=path, reason=reason)
        ) from error


def save_document(db: Database, document: RenderedDocument, destination: Path) -> int:
    """Store the export snapshot and write the file: both, or neither; returns the snapshot id.

    The snapshot is inserted first (a locked or full database fails there, before any file
    is written); the file is written inside the same transaction, which only commits once
    the file is in place, so a failed write leaves no snapshot either.
    """
    with _refusals_in_one_sentence(), db.read() as connection, connection.begin():
        snapshot_id = _store_export_snapshot(connection, document.plan)
        write_atomically(destination, document.data)
        return snapshot_id


def _store_export_snapshot(connection: Connection, plan: AccountPlan) -> int:
    """The plan as exported, so that the next review can show what changed since.

    Written as the ORM writes a new row: a version from the database-wide clock, the
    editor's name and both timestamps.
    """
    now = utc_now()
    stored = connection.execute(
        insert(plan_snapshot)
        .values(
            version=draw_row_version(connection),
            account_id=plan.account.id,
            taken_at=now,
            reason=SnapshotReason.EXPORT,
            content=dumps(plan, indent=None),
            changed_by=editor_for(connection.engine),
            created_at=now,
            updated_at=now,
        )
        .returning(plan_snapshot.c.id)
    )
    return int(stored.scalar_one())


@contextmanager
def _refusals_in_one_sentence() -> Iterator[None]:
    """The database's refusals as one sentence (loading the translation only when one comes)."""
    try:
        yield
    except StatementError:
        from kamdesk.services.common.compare_and_set import translate_integrity_errors

        with translate_integrity_errors():
            raise


def write_atomically(destination: Path, data: bytes) -> None:
    """Write a file whole or not at all: a failed export never leaves half a file behind.

    The file gets the permissions the user's umask gives a new file, as any program's
    saved file would (0600 under umask 077), never a fixed mode.
    """
    folder = destination.parent
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The folder {folder} does not exist.",
            ).format(folder=folder)
        )
    try:
        descriptor, temporary = _new_temporary(folder)
    except OSError as error:
        raise StorageError(_cannot_write(destination, error)) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, destination)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StorageError(_cannot_write(destination, error)) from error
        raise


def _new_temporary(folder: Path) -> tuple[int, Path]:
    """A new hidden file in ``folder``, created with mode 0666 less the umask."""
    while True:
        candidate = folder / f".kamdesk-{secrets.token_hex(6)}.part"
        try:
            return os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666), candidate
        except FileExistsError:
            continue


def _cannot_write(destination: Path, error: OSError) -> UserMessage:
    # The temporary file's name means nothing to the user: name the file they asked for.
    reason = os_reason(error)
    return QT_TRANSLATE_NOOP("ServiceMessage", "Could not write {path}: {reason}.").format(
        path=destination, reason=reason
    )


def parse_sections(text: str, file_format: str = PDF) -> tuple[str, ...]:
    """``"cover,goals, swot"`` → the section ids, checked against those of the format."""
    sections = tuple(part.strip() for part in text.split(",") if part.strip())
    if not sections:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "Name at least one section.")
        )
    ExportOptions(sections=sections, format=file_format).check()
    return sections

