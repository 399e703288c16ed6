"""The printed account plan: sections in both languages, the client version, hostile text,
fonts, page sizes, extreme plans and PDF validity."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_helpers import flat, font_files, metadata_text, printed_on_a_page, reader, squeezed
from plan_factory import (
    ARABIC,
    HEBREW,
    HOSTILE,
    LONG_WORD,
    MARKERS,
    big_plan,
    empty_plan,
    hostile_plan,
    rich_plan,
)

from kamdesk.reports import CLIENT_SECTIONS, PLAN_SECTIONS, render_plan
from kamdesk.reports.catalogue import text

# Section id → catalogue id of its title in each audience (cover and contents have none).
INTERNAL_TITLES = {
    "contents": "section.contents",
    "summary": "section.summary",
    "profile": "section.profile",
    "stakeholder_map": "section.stakeholder_map",
    "stakeholders": "section.stakeholders",
    "buying_centers": "section.buying_centers",
    "needs": "section.needs",
    "swot": "section.swot",
    "goals": "section.goals",
    "actions": "section.actions",
    "whitespace": "section.whitespace",
    "opportunities": "section.opportunities",
    "revenue": "section.revenue",
    "team": "section.team",
    "reviews": "section.reviews",
    "changes": "section.changes",
}
CLIENT_TITLES = {
    "contents": "section.contents",
    "summary": "section.summary_client",
    "profile": "section.profile_client",
    "stakeholders": "section.stakeholders_client",
    "goals": "section.goals_client",
    "actions": "section.actions_client",
    "reviews": "section.reviews_client",
}


@pytest.fixture(scope="module")
def internal_pdfs() -> dict[str, bytes]:
    plan = rich_plan()
    return {lang: render_plan(plan, lang=lang) for lang in ("en", "de")}


@pytest.fixture(scope="module")
def client_pdfs() -> dict[str, bytes]:
    plan = rich_plan()
    return {lang: render_plan(plan, lang=lang, audience="client") for lang in ("en", "de")}


@pytest.fixture(scope="module")
def hostile_pdf() -> bytes:
    return render_plan(hostile_plan())


def test_section_ids() -> None:
    assert PLAN_SECTIONS[:3] == ("cover", "contents", "summary")
    assert set(CLIENT_SECTIONS) <= set(PLAN_SECTIONS)
    assert set(INTERNAL_TITLES) == set(PLAN_SECTIONS) - {"cover"}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_internal_section_title_is_printed(
    internal_pdfs: dict[str, bytes], lang: str
) -> None:
    content = flat(internal_pdfs[lang])
    for section, msgid in INTERNAL_TITLES.items():
        assert text(msgid, lang) in content, section
    assert text("cover.confidential", lang) in content


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_client_section_title_is_printed(client_pdfs: dict[str, bytes], lang: str) -> None:
    content = flat(client_pdfs[lang])
    for section, msgid in CLIENT_TITLES.items():
        assert text(msgid, lang) in content, section
    assert text("section.team_client", lang, company="Nordwerk Systems GmbH") in content
    assert text("cover.prepared_for", lang, client="Helios Maschinenbau AG") in content


@pytest.mark.parametrize("lang", ["en", "de"])
def test_client_version_holds_nothing_internal(client_pdfs: dict[str, bytes], lang: str) -> None:
    pdf = client_pdfs[lang]
    content = flat(pdf) + " " + squeezed(pdf) + " " + metadata_text(pdf)
    for name, marker in MARKERS.items():
        assert marker not in content, name
    assert "987.654" not in content  # CLV in German
    for msgid in (
        "cover.confidential",
        "section.swot",
        "section.whitespace",
        "section.stakeholder_map",
        "section.revenue",
        "section.buying_centers",
        "Attitude.champion",
        "Attitude.blocker",
        "col.influence",
    ):
        assert text(msgid, lang) not in content, msgid


def test_internal_version_does_hold_the_markers(internal_pdfs: dict[str, bytes]) -> None:
    content = flat(internal_pdfs["en"]) + squeezed(internal_pdfs["en"])
    for name in (
        "internal_goal",
        "competitor",
        "swot",
        "opportunity",
        "account_note",
        "clv",
        "whitespace_unit",
    ):
        assert MARKERS[name] in content, name


def test_client_metadata_is_neutral(client_pdfs: dict[str, bytes]) -> None:
    meta = reader(client_pdfs["en"]).metadata
    assert meta is not None
    assert meta.title == "Partnership plan 2025 — Helios Maschinenbau AG"
    assert meta.subject == "Partnership plan"
    assert meta.author == "Nordwerk Systems GmbH"
    assert "internal" not in metadata_text(client_pdfs["en"]).lower()


def test_contents_lists_page_numbers(internal_pdfs: dict[str, bytes]) -> None:
    contents_page = reader(internal_pdfs["en"]).pages[1].extract_text()
    assert "Executive summary" in contents_page
    assert "Page 2 of" in contents_page


def listed_in_contents(pdf: bytes, tmp_path: Path) -> dict[str, int]:
    """Title → page number as the contents page prints them (poppler draws the page's forms)."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    listed = {}
    for line in text.splitlines():
        match = re.match(r"^(\S.*?)[ .]+?(\d+)$", line.strip())
        if match and " . " in line:
            listed[match.group(1)] = int(match.group(2))
    return listed


@pytest.mark.parametrize("lang", ["en", "de"])
def test_contents_outline_and_links_lead_to_the_page_each_section_starts_on(
    internal_pdfs: dict[str, bytes], lang: str, tmp_path: Path
) -> None:
    document = reader(internal_pdfs[lang])
    outline = {item.title: document.get_destination_page_number(item) + 1
               for item in document.outline}
    assert len(outline) >= 10
    for title, page in outline.items():
        page_text = re.sub(r"\s+", "", document.pages[page - 1].extract_text())
        assert re.sub(r"\s+", "", title) in page_text, (title, page)
    assert list(outline.values()) == sorted(outline.values()) and min(outline.values()) > 2
    # The printed contents: every section with the page of its heading, dots in between.
    assert listed_in_contents(internal_pdfs[lang], tmp_path) == outline
    # A click on an entry of the contents goes to the same page.
    page_numbers = {page.indirect_reference.idnum: number
                    for number, page in enumerate(document.pages, start=1)}
    links = [annotation.get_object() for annotation in document.pages[1]["/Annots"]]
    targets = [page_numbers[link["/Dest"][0].idnum] for link in links
               if link["/Subtype"] == "/Link"]
    assert targets == list(outline.values())


def test_hostile_text_is_printed_literally(hostile_pdf: bytes) -> None:
    content = flat(hostile_pdf)
    for fragment in ("<b>bold?</b>", "AT&T", "<img src=x>", "]]>", "<unknown>", "a<b"):
        assert fragment in content, fragment
    squeezed_text = squeezed(hostile_pdf)
    assert LONG_WORD in squeezed_text
    assert "bellnullesc" in squeezed_text  # control characters removed, letters kept
    # pypdf returns right-to-left runs in visual order; either order proves the letters.
    for word in (HEBREW.split()[0], ARABIC.split()[0]):
        assert word in content or word[::-1] in content, word
    assert HOSTILE in metadata_text(hostile_pdf)


def test_all_fonts_are_embedded(internal_pdfs: dict[str, bytes], hostile_pdf: bytes) -> None:
    for pdf in (internal_pdfs["en"], hostile_pdf):
        fonts = font_files(pdf)
        assert fonts
        assert all(fonts.values()), fonts


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(paper: str, size: tuple[int, int]) -> None:
    pdf = render_plan(rich_plan(), paper=paper, sections=["cover", "summary", "whitespace"])
    pages = reader(pdf).pages
    first = pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == size
    # The whitespace matrix is wider than six offerings: a landscape page.
    last = pages[-1].mediabox
    assert (round(float(last.width)), round(float(last.height))) == (size[1], size[0])


def test_empty_plan_says_so_in_every_section() -> None:
    content = flat(render_plan(empty_plan(), lang="de"))
    assert content.count(text("empty.section", "de")) >= 8
    assert text("empty.changes", "de") in content


def test_sections_subset_keeps_document_order() -> None:
    content = flat(render_plan(rich_plan(), sections=["team", "summary"]))
    assert content.index("Executive summary") < content.index("Account team")
    assert "Stakeholder map" not in content


@pytest.mark.parametrize(
    "options",
    [{"lang": "fr"}, {"paper": "a3"}, {"audience": "press"}, {"sections": ["cover", "gossip"]}],
)
def test_unknown_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        render_plan(rich_plan(), **options)  # type: ignore[arg-type]


@pytest.mark.slow
def test_three_hundred_stakeholders_render() -> None:
    pdf = render_plan(big_plan(300))
    assert printed_on_a_page(pdf, "Person 300")
    assert len(reader(pdf).pages) > 10


def test_qpdf_check_passes(
    internal_pdfs: dict[str, bytes],
    client_pdfs: dict[str, bytes],
    hostile_pdf: bytes,
    tmp_path: Path,
) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed")
    for name, pdf in (
        ("internal", internal_pdfs["de"]),
        ("client", client_pdfs["en"]),
        ("hostile", hostile_pdf),
    ):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            [qpdf, "--check", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
