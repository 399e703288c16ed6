"""ReusingParagraph against reportlab's own Paragraph: the same fragments, lines and drawing.

It skips parsing (plain text, and markup seen before) and the second line breaking at the
same width. Everything a reader sees must be what reportlab's Paragraph gives after one
wrap, so each test builds both from the same text and compares what they produce.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kamdesk.reports import render_plan
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.styles import Styles, make_styles
from kamdesk.reports.text_markup import markup
from tests.reports.pdf_helpers import page_texts, squeezed
from tests.reports.plan_factory import rich_plan

TEXTS = [
    "Jörg Weiß",
    "Head of   purchasing,\n  Werk Plzeň",
    "Key-Account-Manager für Instandhaltungsverträge und Ersatzteilversorgung",
    "Instandhaltungsvertragsverlängerungsverhandlung",
    "lost: IT chose their managed-security provider.",
    "7 Nov 2026",
    "—",
    "",
    "   ",
    markup("AT&T <Vertrieb> \"Nord\" & 'Süd'"),
    '<font name="KD-Symbol">●●○○○</font>',
    "<b>Kevin Müller-Lüdenscheidt</b><br/>"
    '<font size="7.2" color="#5F6B76">Teamleiter Elektro-Instandhaltung</font>',
    markup("Hebrew שלום and Arabic مرحبا in one cell"),
    '<a href="https://example.com/plan">the plan online</a>',
    "<i>italic is parsed every time</i>",
    "<b></b><br/>only tags",
    "<b>Ana</b> <b>Ruiz</b>",
    "  <b> spaced </b>  <br/>  out  ",
    '<b>Jörg</b><br/><font size="7.2" color="#5F6B76">Head of &amp; Co.</font>',
    '<font name="KD-Symbol">\U000f0000</font> a marker character in the text',
]
WIDTHS = [40.0, 62.5, 90.0, 140.0, 400.0]
DRAWN_WIDTHS = (62.5, 400.0)


@pytest.fixture(scope="module")
def styles() -> Styles:
    return make_styles()


def _style_cases(styles: Styles) -> list[ParagraphStyle]:
    shouting = ParagraphStyle("shouting", parent=styles.cell, textTransform="uppercase")
    return [styles.cell, styles.cell_bold, styles.cell_right, styles.body, styles.h2, shouting]


def line_texts(paragraph: Paragraph) -> list[str]:
    """The text of each line the paragraph broke into, as it will be drawn."""
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # simple paragraphs: (room left, words)
            lines.append(" ".join(line[1]))
        else:
            lines.append("".join(getattr(word, "text", "") for word in line.words))
    return lines


def fragments(paragraph: Paragraph) -> list[dict[str, Any]]:
    return [dict(fragment.__dict__) for fragment in paragraph.frags]


def drawn(paragraph: Paragraph, width: float) -> bytes:
    """The PDF bytes of a page with just this paragraph on it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    paragraph.wrapOn(canvas, width, 1000)
    paragraph.drawOn(canvas, 20, 300)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_parsed_like_a_paragraph(styles: Styles, text: str) -> None:
    for style in _style_cases(styles):
        for _ in range(2):  # the second one comes from the cache
            ours, theirs = ReusingParagraph(text, style), Paragraph(text, style)
            assert ours.text == theirs.text
            assert ours.style is theirs.style
            assert fragments(ours) == fragments(theirs)


# Runs of text (escaped: "&" becomes an entity) and the tags the plan's cells use.
_RUNS = st.text(alphabet="aäB ß-–.,:;'\"()/&<>\n\tΩש●○", max_size=14).map(markup)
_PIECES = st.one_of(
    _RUNS,
    _RUNS.map(lambda run: f"<b>{run}</b>"),
    _RUNS.map(lambda run: f'<font size="7.2" color="#5F6B76">{run}</font>'),
    _RUNS.map(lambda run: f'<font name="KD-Symbol">{run}</font>'),
    st.just("<br/>"),
)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=6), style_index=st.integers(0, 5))
def test_any_cell_markup_parses_like_a_paragraph(
    styles: Styles, pieces: list[str], style_index: int
) -> None:
    text = "".join(pieces)
    style = _style_cases(styles)[style_index]
    ours, theirs = ReusingParagraph(text, style), Paragraph(text, style)
    assert (ours.text, ours.style) == (theirs.text, theirs.style)
    assert fragments(ours) == fragments(theirs)
    assert ours.wrap(70, 1000) == theirs.wrap(70, 1000)
    assert line_texts(ours) == line_texts(theirs)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_lines_and_the_same_drawing(
    styles: Styles, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    for style in _style_cases(styles):
        for width in WIDTHS:
            ours, theirs = ReusingParagraph(text, style), Paragraph(text, style)
            size = theirs.wrap(width, 1000)
            lines = line_texts(theirs)
            assert ours.wrap(width, 1000) == size
            assert line_texts(ours) == lines
            # A table measures a cell, then wraps it again to draw it: the same lines.
            assert ours.wrap(width, 1000) == size
            assert line_texts(ours) == lines
            if width in DRAWN_WIDTHS:
                assert drawn(ReusingParagraph(text, style), width) == drawn(
                    Paragraph(text, style), width
                )


def test_a_second_wrap_keeps_the_hyphen_a_word_was_broken_at(styles: Styles) -> None:
    # reportlab breaks a paragraph's lines from the words of its previous breaking when it
    # is wrapped again, and loses the hyphen a word was broken at: a table (which wraps a
    # cell to measure it and again to draw it) printed "MüllerLüdenscheidt".
    text = "<b>Kevin Müller-Lüdenscheidt</b><br/>Teamleiter"
    room = stringWidth("Kevin Müller-", styles.cell_bold.fontName, styles.cell.fontSize) + 2
    once = Paragraph(text, styles.cell)
    once.wrap(room, 1000)
    assert line_texts(once) == ["Kevin Müller-", "Lüdenscheidt", "Teamleiter"]
    ours = ReusingParagraph(text, styles.cell)
    for _ in range(3):
        ours.wrap(room, 1000)
        assert line_texts(ours) == line_texts(once)
    # Another width breaks afresh.
    ours.wrap(400, 1000)
    assert line_texts(ours) == ["Kevin Müller-Lüdenscheidt", "Teamleiter"]


def test_paragraphs_from_the_same_markup_do_not_share_fragments(styles: Styles) -> None:
    text = '<b>Jörg Weiß</b><br/><font size="7.2">never</font>'
    first, second = ReusingParagraph(text, styles.cell), ReusingParagraph(text, styles.cell)
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    first.frags[0].text = "changed"
    first.wrap(30, 1000)  # breaking a narrow paragraph rewrites its fragments
    assert fragments(second) == fragments(Paragraph(text, styles.cell))
    plain_one = ReusingParagraph("Jörg", styles.cell)
    plain_two = ReusingParagraph("Weiß", styles.cell)
    assert plain_one.frags[0] is not plain_two.frags[0]
    assert [plain_one.frags[0].text, plain_two.frags[0].text] == ["Jörg", "Weiß"]


def test_a_split_table_cell_is_split_like_a_paragraph(styles: Styles) -> None:
    text = " ".join(["Maintenance contract renewal for plant seven."] * 20)
    ours, theirs = ReusingParagraph(text, styles.body), Paragraph(text, styles.body)
    ours.wrap(200, 1000)
    theirs.wrap(200, 1000)
    our_halves, their_halves = ours.split(200, 80), theirs.split(200, 80)
    assert [type(half) for half in our_halves] == [ReusingParagraph, ReusingParagraph]
    for mine, other in zip(our_halves, their_halves, strict=True):
        assert mine.wrap(200, 1000) == other.wrap(200, 1000)
        assert line_texts(mine) == line_texts(other)


def test_bad_markup_is_refused_as_reportlab_refuses_it(styles: Styles) -> None:
    for text in ("<b>unclosed", "<b>crossed</i>"):
        with pytest.raises(ValueError) as theirs:
            Paragraph(text, styles.cell)
        with pytest.raises(ValueError) as ours:
            ReusingParagraph(text, styles.cell)
        assert str(ours.value) == str(theirs.value)


@pytest.mark.slow
def test_the_plan_reads_as_with_reportlabs_paragraph_but_for_kept_hyphens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = rich_plan()
    people = list(base.stakeholders)
    people[0] = replace(people[0], name="Kevin Müller-Lüdenscheidt",
                        title="Teamleiter Elektro-Instandhaltung")
    plan = replace(base, stakeholders=tuple(people))
    monkeypatch.setattr(rl_config, "invariant", 1)
    ours = render_plan(plan, lang="de")
    client_ours = render_plan(plan, lang="en", audience="client")
    monkeypatch.setattr(ReusingParagraph, "__init__", Paragraph.__init__)
    monkeypatch.setattr(ReusingParagraph, "wrap", Paragraph.wrap)
    theirs = render_plan(plan, lang="de")
    assert client_ours == render_plan(plan, lang="en", audience="client")
    our_pages, their_pages = page_texts(ours), page_texts(theirs)
    assert len(our_pages) == len(their_pages)
    for mine, other in zip(our_pages, their_pages, strict=True):
        assert "".join(mine.split()).replace("-", "") == "".join(other.split()).replace("-", "")
    # Every time the name is printed (in the map, in the table), with its hyphen.
    printed = squeezed(ours)
    assert printed.count("Lüdenscheidt") == printed.count("Müller-Lüdenscheidt") >= 2
    assert printed.count("Instandhaltung") == printed.count("Elektro-Instandhaltung") >= 2
