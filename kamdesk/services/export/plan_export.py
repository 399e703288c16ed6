"""Exporting an account plan or meeting brief as PDF, and remembering the export.

Data in, bytes out: the plan is assembled in one read-only transaction, the renderer turns
that plain object into PDF bytes, the file is written atomically, and only then is a plan
snapshot (reason "export") stored, so the next review can show what changed since.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.plain_json import dumps
from kamdesk.domain.plan import AccountPlan
from kamdesk.reports.brief_document import render_brief
from kamdesk.reports.plan_document import CLIENT_SECTIONS, PLAN_SECTIONS, render_plan
from kamdesk.services.common.row_editing import translate_integrity_errors
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.store.database import Database
from kamdesk.store.errors import StorageError, ValidationError
from kamdesk.store.orm import PlanSnapshot

KINDS = ("plan", "brief")
LANGUAGES = ("en", "de")
PAPERS = ("a4", "letter")
AUDIENCES = ("internal", "client")
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True)
class ExportOptions:
    """How to print: which document, for whom, in which language, on which paper."""

    kind: str = "plan"
    lang: str = "en"
    paper: str = "a4"
    audience: str = "internal"
    sections: tuple[str, ...] | None = None

    def check(self) -> None:
        """Refuse options the renderer does not know, with one sentence."""
        for value, allowed, what in (
            (self.kind, KINDS, "document"),
            (self.lang, LANGUAGES, "language"),
            (self.paper, PAPERS, "paper size"),
            (self.audience, AUDIENCES, "audience"),
        ):
            if value not in allowed:
                raise ValidationError(f"Unknown {what} {value!r}; use one of {', '.join(allowed)}.")
        unknown = [s for s in self.sections or () if s not in PLAN_SECTIONS]
        if unknown:
            raise ValidationError(
                f"Unknown section(s) {', '.join(unknown)}; the sections are "
                f"{', '.join(PLAN_SECTIONS)}."
            )
        sections_here = available_sections(self.audience)
        if self.kind == "plan" and self.sections and not set(self.sections) & set(sections_here):
            # The renderer would drop them all and print an empty document.
            raise ValidationError(
                f"None of these sections is in the {self.audience} version; it has "
                f"{', '.join(sections_here)}."
            )


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered PDF and the plan it shows."""

    pdf: bytes
    plan: AccountPlan
    options: ExportOptions

    @property
    def page_count(self) -> int:
        """Pages in the PDF (counted from its page objects)."""
        return len(_PAGE_OBJECT.findall(self.pdf))


def available_sections(audience: str) -> tuple[str, ...]:
    """The sections a document for this audience can have, in document order."""
    return CLIENT_SECTIONS if audience == "client" else PLAN_SECTIONS


def default_language(locale: str) -> str:
    """The document language that goes with a locale such as ``de_DE``."""
    return "de" if locale.lower().startswith("de") else "en"


def default_paper(locale: str) -> str:
    """Letter where it is the custom (US, Canada, Mexico …), A4 elsewhere."""
    return "letter" if locale.upper().endswith(("_US", "_CA", "_MX", "_PH", "_CL")) else "a4"


def render_document(
    db: Database, reference: str | int, options: ExportOptions, today: date | None = None
) -> RenderedDocument:
    """Assemble the plan and render it as PDF bytes (nothing is written or recorded)."""
    options.check()
    plan = assemble_plan(db, reference, today)
    try:
        if options.kind == "brief":
            pdf = render_brief(plan, lang=options.lang, paper=options.paper)
        else:
            pdf = render_plan(plan, lang=options.lang, paper=options.paper,
                              audience=options.audience, sections=options.sections)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    return RenderedDocument(pdf, plan, options)


def save_document(db: Database, document: RenderedDocument, destination: Path) -> int:
    """Store the export snapshot and write the PDF: both, or neither; returns the snapshot id.

    The snapshot is inserted first (a locked or full database fails there, before any file
    is written); the file is written inside the same transaction, which only commits once
    the file is in place, so a failed write leaves no snapshot either.
    """
    with translate_integrity_errors(), db.session() as session:
        snapshot = _export_snapshot(document.plan)
        session.add(snapshot)
        session.flush()
        write_atomically(destination, document.pdf)
        return snapshot.id


def _export_snapshot(plan: AccountPlan) -> PlanSnapshot:
    """The plan as exported, so that the next review can show what changed since."""
    return PlanSnapshot(
        account_id=plan.account.id,
        taken_at=datetime.now(UTC),
        reason=SnapshotReason.EXPORT,
        content=dumps(plan, indent=None),
    )


def write_atomically(destination: Path, data: bytes) -> None:
    """Write a file whole or not at all: a failed export never leaves half a PDF behind.

    The file gets the permissions the user's umask gives a new file, as any program's
    saved file would (0600 under umask 077), never a fixed mode.
    """
    folder = destination.parent
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist.")
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


def _cannot_write(destination: Path, error: OSError) -> str:
    # The temporary file's name means nothing to the user: name the file they asked for.
    reason = error.strerror or type(error).__name__
    return f"Could not write {destination}: {reason}."


def parse_sections(text: str) -> tuple[str, ...]:
    """``"cover,goals, swot"`` → the section ids, checked against the known ones."""
    sections = tuple(part.strip() for part in text.split(",") if part.strip())
    if not sections:
        raise ValidationError("Name at least one section.")
    ExportOptions(sections=sections).check()
    return sections

