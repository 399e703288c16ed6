"""LibreOffice draws the deck and the Word document: every slide a page, text as written.

Only this drawing needs LibreOffice; where it is not installed these tests are skipped, and
the structural tests of the files (tests/reports/deck, tests/reports/document) still run.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.services.export.office_preview import libreoffice, office_to_pdf
from kamdesk.services.export.plan_export import ExportOptions, render_document
from kamdesk.store.database import Database
from tests.services.export.test_plan_export import ACCOUNT_NAME, build_marked_account

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed; only the drawing of pages is skipped",
)


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "")
            for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_draws_every_slide_and_the_word_pages(db: Database) -> None:
    account = build_marked_account(db)
    deck = render_document(db, account, ExportOptions(format="pptx", lang="en"))
    deck_pdf = office_to_pdf(deck.data, ".pptx")
    assert deck_pdf is not None
    slides = _pages(deck_pdf)
    assert len(slides) == deck.parts
    assert ACCOUNT_NAME in slides[0] and "Where we stand" in slides[2]
    word = render_document(db, account, ExportOptions(format="docx", lang="en"))
    word_pdf = office_to_pdf(word.data, ".docx")
    assert word_pdf is not None
    pages = _pages(word_pdf)
    assert len(pages) > 3
    # LibreOffice fills in the page fields of the footer.
    assert f"Page 2 of {len(pages)}" in pages[1]


def test_without_libreoffice_there_is_no_drawing(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where LibreOffice is not installed
    assert libreoffice() is None
    assert office_to_pdf(b"PK whatever", ".pptx") is None

