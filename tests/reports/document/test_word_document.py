"""The editable plan opened with python-docx: Word heading styles for every PDF section, the
contents field, page-number fields, real tables, pictures, paper, audiences, properties."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from office_files import all_text, part_names
from plan_factory import HOSTILE, LONG_NOTE, empty_plan, hostile_plan, rich_plan

from kamdesk.reports.catalogue import text
from kamdesk.reports.document import render_word_plan
from kamdesk.reports.plan_sections import CLIENT_SECTIONS, PLAN_SECTIONS

pytestmark = pytest.mark.slow  # whole documents, with charts and maps drawn as pictures

INTERNAL = {
    "summary": "section.summary", "profile": "section.profile",
    "stakeholder_map": "section.stakeholder_map", "stakeholders": "section.stakeholders",
    "buying_centers": "section.buying_centers", "needs": "section.needs",
    "swot": "section.swot", "goals": "section.goals", "actions": "section.actions",
    "whitespace": "section.whitespace", "opportunities": "section.opportunities",
    "revenue": "section.revenue", "team": "section.team", "reviews": "section.reviews",
    "changes": "section.changes",
}
CLIENT = {
    "summary": "section.summary_client", "profile": "section.profile_client",
    "stakeholders": "section.stakeholders_client", "goals": "section.goals_client",
    "actions": "section.actions_client", "reviews": "section.reviews_client",
}


def _open(data: bytes) -> DocumentType:
    return Document(io.BytesIO(data))


def _headings(doc: DocumentType, level: int = 1) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


@pytest.fixture(scope="module")
def internal() -> bytes:
    return render_word_plan(rich_plan()).docx


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_pdf_section_is_a_heading_one(lang: str) -> None:
    doc = _open(render_word_plan(rich_plan(), lang=lang).docx)
    expected = [text(INTERNAL[name], lang) for name in PLAN_SECTIONS if name in INTERNAL]
    assert _headings(doc) == expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_client_version_has_the_client_sections(lang: str) -> None:
    doc = _open(render_word_plan(rich_plan(), lang=lang, audience="client").docx)
    expected = []
    for name in CLIENT_SECTIONS:
        if name == "team":
            expected.append(text("section.team_client", lang, company="Nordwerk Systems GmbH"))
        elif name in CLIENT:
            expected.append(text(CLIENT[name], lang))
    assert _headings(doc) == expected


def test_contents_is_a_word_field_listing_the_sections(internal: bytes) -> None:
    doc = _open(internal)
    instructions = [node.text for node in doc.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith('TOC \\o "1-2"') for i in instructions)
    # Until Word fills it, the field shows the section titles; Word is asked to update.
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Executive summary\nAccount profile\nStakeholder map" in body
    assert doc.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    # "Contents" looks like a heading but is not one (the navigation pane skips it).
    assert "Contents" not in _headings(doc)


def test_pages_are_numbered_by_fields(internal: bytes) -> None:
    doc = _open(internal)
    section = doc.sections[0]
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert "Page" in section.footer.paragraphs[0].text
    assert "Confidential — internal" in section.footer.paragraphs[0].text
    assert section.header.paragraphs[0].text == "Helios Maschinenbau AG\tAccount plan 2025"
    # The cover has no running header or footer.
    assert section.different_first_page_header_footer


def test_tables_are_real_tables_with_a_repeating_header(internal: bytes) -> None:
    doc = _open(internal)
    goal_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Goal"
                   and t.rows[0].cells[1].text == "Owner"]
    assert [len(t.rows) - 1 for t in goal_tables] == [2, 1]  # customer, then internal goals
    assert goal_tables[0].rows[1].cells[0].text.startswith("Roll out remote monitoring")
    for table in goal_tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_charts_and_map_are_pictures_and_the_map_lies_landscape(internal: bytes) -> None:
    doc = _open(internal)
    pictures = doc.inline_shapes
    assert len(pictures) == 2  # the map (one page for this plan) and the revenue chart
    orientations = [section.orientation for section in doc.sections]
    assert WD_ORIENT.LANDSCAPE in orientations and orientations[0] == WD_ORIENT.PORTRAIT
    landscape = doc.sections[orientations.index(WD_ORIENT.LANDSCAPE)]
    assert landscape.page_width > landscape.page_height


@pytest.mark.parametrize(("paper", "width"), [("a4", 595.3), ("letter", 612.0)])
def test_paper_size(paper: str, width: float) -> None:
    doc = _open(render_word_plan(rich_plan(), paper=paper, sections=["goals"]).docx)
    assert doc.sections[0].page_width == pytest.approx(Pt(width), rel=0.001)


def test_long_texts_stay_whole_and_hostile_text_literal() -> None:
    data = render_word_plan(hostile_plan()).docx
    body = all_text(data)
    assert LONG_NOTE.strip() in body  # Word tables can break across pages: nothing is cut
    assert HOSTILE in body
    assert "\x07" not in body and "\x00" not in body


def test_empty_plan_says_so_in_every_section() -> None:
    doc = _open(render_word_plan(empty_plan()).docx)
    assert _headings(doc)[0] == "Executive summary"
    lines = [p.text for p in doc.paragraphs]
    assert lines.count("Nothing recorded yet.") >= 8


def test_sections_keep_the_document_order() -> None:
    doc = _open(render_word_plan(rich_plan(), sections=["team", "goals", "summary"]).docx)
    assert _headings(doc) == ["Executive summary", "Goals", "Account team"]


@pytest.mark.parametrize(
    "options", [{"lang": "fr"}, {"paper": "a5"}, {"audience": "board"}, {"sections": ["x"]}]
)
def test_unknown_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        render_word_plan(rich_plan(), **options)  # type: ignore[arg-type]


def test_properties_name_the_plan_and_nothing_of_python_docx(internal: bytes) -> None:
    props = _open(internal).core_properties
    assert props.title == "Account plan 2025 — Helios Maschinenbau AG"
    assert props.author == "Anna Becker" and props.subject == "Internal account plan"
    client = _open(render_word_plan(rich_plan(), audience="client").docx).core_properties
    assert client.author == "Nordwerk Systems GmbH" and client.subject == "Partnership plan"
    assert "python-docx" not in all_text(internal)
    assert "docProps/thumbnail.jpeg" not in part_names(internal)


def test_three_hundred_people_give_a_map_per_department_group() -> None:
    from plan_factory import big_plan

    doc = _open(render_word_plan(big_plan(300), sections=["stakeholder_map"]).docx)
    assert len(doc.inline_shapes) > 1
    parts = _headings(doc, 3)
    assert len(parts) == len(doc.inline_shapes)
    assert all(p.startswith(("Department", "Departments")) for p in parts)
