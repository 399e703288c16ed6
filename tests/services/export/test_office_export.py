"""Exporting the plan as a slide deck or Word document through the export service: options,
the files' bytes, the export snapshot, templates, and nothing internal for the client."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from kamdesk.services.export.plan_export import (
    ExportOptions,
    available_sections,
    parse_sections,
    render_document,
    save_document,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from tests.reports.office_files import all_text
from tests.services.export.test_plan_export import (
    INTERNAL_MARKERS,
    SHARED_MARKERS,
    build_marked_account,
    snapshots,
)

pytestmark = pytest.mark.slow  # real plans rendered into real files


@pytest.fixture
def account(db: Database) -> int:
    return build_marked_account(db)


def test_deck_is_rendered_saved_and_remembered(db: Database, account: int,
                                               tmp_path: Path) -> None:
    document = render_document(db, account, ExportOptions(format="pptx"))
    deck = Presentation(io.BytesIO(document.data))
    assert document.parts == len(deck.slides) == len(document.outline)
    assert document.outline[1:3] == ("Agenda", "Where we stand")
    assert document.page_count == 0
    with pytest.raises(ValueError, match="not a PDF"):
        _ = document.pdf
    target = tmp_path / "deck.pptx"
    save_document(db, document, target)
    assert target.read_bytes() == document.data
    assert [reason.value for reason, _ in snapshots(db, account)] == ["export"]


def test_word_document_has_the_pdf_sections(db: Database, account: int) -> None:
    options = ExportOptions(format="docx", audience="client", lang="de")
    document = render_document(db, account, options)
    doc = Document(io.BytesIO(document.data))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert tuple(headings) == document.outline
    assert document.parts == len(available_sections("client", "docx")) - 2  # cover, contents


@pytest.mark.parametrize("file_format", ["pptx", "docx"])
def test_client_files_hold_nothing_internal(db: Database, account: int,
                                            file_format: str) -> None:
    text = all_text(render_document(
        db, account, ExportOptions(format=file_format, audience="client")).data)
    for name, marker in INTERNAL_MARKERS.items():
        assert marker not in text, name
    for name, marker in SHARED_MARKERS.items():
        assert marker in text, name


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ExportOptions(kind="brief", format="docx"), "PDF only"),
        (ExportOptions(format="pdf", template=Path("firm.pptx")), "slide decks only"),
        (ExportOptions(format="pptx", sections=("profile", "goals")), "no slides for profile"),
        (ExportOptions(format="odp"), "Unknown file format"),
    ],
)
def test_options_that_cannot_work_are_refused(options: ExportOptions, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        options.check()


def test_deck_sections_are_parsed_against_the_deck() -> None:
    assert parse_sections("revenue, cover", "pptx") == ("revenue", "cover")
    with pytest.raises(ValidationError, match="no slides for buying_centers"):
        parse_sections("buying_centers", "pptx")
    assert parse_sections("buying_centers") == ("buying_centers",)


def test_an_unreadable_template_is_one_sentence(db: Database, account: int,
                                                tmp_path: Path) -> None:
    options = ExportOptions(format="pptx", template=tmp_path)  # a folder, not a file
    with pytest.raises(ValidationError, match=r"^Could not read the template .*\.$"):
        render_document(db, account, options)


def test_a_damaged_template_is_refused_and_untouched(db: Database, account: int,
                                                     tmp_path: Path) -> None:
    template = tmp_path / "master.pptx"
    template.write_bytes(b"\x00\x01 not a deck")
    options = ExportOptions(format="pptx", template=template)
    with pytest.raises(ValidationError, match=r"master\.pptx is not a PowerPoint presentation"):
        render_document(db, account, options)
    assert template.read_bytes() == b"\x00\x01 not a deck"
    assert snapshots(db, account) == []
