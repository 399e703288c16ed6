"""One-line plain table cells drawn as strings: the same text at the same place as before.

Each plan is rendered twice, with the table cells as strings where they qualify and with
every cell a paragraph (as before), and every piece of text on every page must come out
at the same position and size. The rules for which cells qualify are tested one by one.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

import kamdesk.reports.tables as tables
from kamdesk.domain import palette
from kamdesk.reports import render_plan
from kamdesk.reports.context import RenderContext
from kamdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from kamdesk.reports.plain_cells import plain_cells, plain_text
from kamdesk.reports.plan_document import make_context
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.styles import make_styles
from kamdesk.reports.tables import cell, data_table, fixed, two_lines
from tests.reports.plan_factory import big_plan, hostile_plan, rich_plan

Run = tuple[int, str, float, float, float]


def text_runs(pdf: bytes) -> list[Run]:
    """Every piece of text drawn: page, text, where its baseline starts, and its size."""
    runs: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float,
                  number: int = number) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((number, text.strip(), round(x, 2), round(y, 2),
                             round(size * cm[0] * tm[0], 2)))

        page.extract_text(visitor_text=visit)
    return runs


def all_paragraphs(rows: list[list[Any]], widths: Any, padding: float) -> list[Any]:
    """plain_cells switched off: every cell stays the paragraph it was built as."""
    return []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("make_plan", "lang", "audience"),
    [(lambda: big_plan(25), "en", "internal"), (rich_plan, "de", "client"),
     (lambda: hostile_plan(12), "de", "internal")],
    ids=["big-en-internal", "rich-de-client", "hostile-de-internal"],
)
def test_every_text_is_drawn_where_the_paragraphs_drew_it(
    make_plan: Any, lang: str, audience: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan()  # built when the test runs, not when the suite is collected
    with_strings = render_plan(plan, lang=lang, audience=audience)
    monkeypatch.setattr(tables, "plain_cells", all_paragraphs)
    with_paragraphs = render_plan(plan, lang=lang, audience=audience)
    expected = text_runs(with_paragraphs)
    assert len(expected) > 100
    assert text_runs(with_strings) == expected


@pytest.fixture
def ctx() -> RenderContext:
    register_fonts()
    return make_context(rich_plan(), "de", "a4", "internal")


def test_a_table_draws_its_one_line_cells_as_strings_with_the_paragraph_look(
    ctx: RenderContext,
) -> None:
    rows = [[cell(ctx, "Müller GmbH"), fixed(ctx, "1.234,50\xa0€", right=True),
             fixed(ctx, "—", muted=True), two_lines(ctx, "Jörg Weiß", "Einkauf")]]
    table = data_table(ctx, ["Name", "Betrag", "Stand", "Person"], rows, [3, 2, 1, 3])
    values = table._cellvalues
    assert values[0][0] == "Name" and values[0][1] == "Betrag"  # the header row too
    assert values[1][:3] == ["Müller GmbH", "1.234,50\xa0€", "—"]
    assert isinstance(values[1][3], ReusingParagraph)  # two fragments: stays a paragraph
    styles = table._cellStyles
    name, amount, status, header = styles[1][0], styles[1][1], styles[1][2], styles[0][0]
    assert (name.fontname, name.fontsize, name.leading) == (SANS, ctx.styles.cell.fontSize,
                                                             ctx.styles.cell.leading)
    assert name.alignment == "LEFT" and amount.alignment == "RIGHT"
    assert name.color == ctx.styles.cell.textColor
    assert status.color == colors.HexColor(palette.MUTED)
    assert (header.fontname, header.leading) == (SANS_BOLD, ctx.styles.cell_head.leading)


def _plain(text: str, room: float = 200.0, style: str = "cell") -> str | None:
    found = plain_text(ReusingParagraph(text, getattr(make_styles(), style)), room)
    return None if found is None else found[0]


def test_plain_words_with_entities_resolved_or_no_break_spaces_qualify() -> None:
    register_fonts()
    assert _plain("Head of purchasing") == "Head of purchasing"
    assert _plain("12,5\xa0%", style="cell_right") == "12,5\xa0%"
    assert _plain('<font color="#5F6B76">7 Nov 2026</font>') == "7 Nov 2026"
    # The parse already turned the narrow space into a plain one, as the paragraph drew it.
    assert _plain("narrow\u202fspace") == "narrow space"


@pytest.mark.parametrize(
    "text",
    [
        "<b>Müller</b> GmbH",  # two fragments in two fonts
        "first<br/>second",  # two lines
        '<a href="https://example.com">link</a>',  # a link target
        "<u>underlined</u>",
        "H<super>2</super>",  # a rise
        "soft\xadhyphen",
        "",
    ],
)
def test_markup_that_a_paragraph_draws_otherwise_stays_a_paragraph(text: str) -> None:
    register_fonts()
    assert _plain(text) is None


def test_only_text_that_fits_its_column_with_a_margin_becomes_a_string() -> None:
    style = make_styles().cell
    text = "Instandhaltungsvertrag"
    width = stringWidth(text, style.fontName, style.fontSize)
    assert _plain(text, room=width + 1.5) == text
    assert _plain(text, room=width + 0.5) is None  # a paragraph might have wrapped it
    assert _plain(text, room=width - 5) is None


def test_cells_that_are_not_paragraphs_are_left_alone(ctx: RenderContext) -> None:
    rows: list[list[Any]] = [["already a string", None, cell(ctx, "Weiß")]]
    commands = plain_cells(rows, [100, 100, 100], 8)
    assert rows == [["already a string", None, "Weiß"]]
    # Left is a table's own default alignment: no command needed for it.
    assert [command[:3] for command in commands] == [("FONT", (2, 0), (2, 0)),
                                                     ("TEXTCOLOR", (2, 0), (2, 0))]


def test_alike_cells_down_a_column_share_one_command_per_run(ctx: RenderContext) -> None:
    rows: list[list[Any]] = [
        [cell(ctx, "Jörg"), fixed(ctx, "1.200\xa0€", right=True)],
        [cell(ctx, "Anna"), fixed(ctx, "300\xa0€", right=True)],
        [cell(ctx, "Ute"), two_lines(ctx, "not", "plain")],
        [cell(ctx, "Max"), fixed(ctx, "40\xa0€", right=True)],
    ]
    commands = plain_cells(rows, [100, 100], 8)
    style = ctx.styles.cell_right
    font = (SANS, style.fontSize, style.leading)
    ink = style.textColor
    # Column 0 is one run; column 1 is broken by the two-line cell into rows 0–1 and 3.
    assert commands == [
        ("FONT", (0, 0), (0, 3), *font),
        ("FONT", (1, 0), (1, 1), *font),
        ("FONT", (1, 3), (1, 3), *font),
        ("TEXTCOLOR", (0, 0), (0, 3), ink),
        ("TEXTCOLOR", (1, 0), (1, 1), ink),
        ("TEXTCOLOR", (1, 3), (1, 3), ink),
        ("ALIGN", (1, 0), (1, 1), "RIGHT"),
        ("ALIGN", (1, 3), (1, 3), "RIGHT"),
    ]
