"""The documents' visual language: palette, type scale and paragraph/table styles.

One dark accent colour (ink blue) and greys carry the design; the few status colours are
always paired with a word or a symbol, so a grey-scale print stays readable. The colours
are the app's (:mod:`kamdesk.domain.palette`): a champion is the same green on screen and
on paper. Headings are set in Noto Serif, body and tables in Noto Sans.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from kamdesk.domain import palette
from kamdesk.domain.enums import Attitude, CellStatus, GoalStatus
from kamdesk.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts

# Palette (the app's, as reportlab colours)
ACCENT = colors.HexColor(palette.ACCENT)  # ink blue: headings, rules, chart "actual"
ACCENT_LIGHT = colors.HexColor(palette.ACCENT_LIGHT)  # pale tint of the accent: header fills
TEXT = colors.HexColor(palette.TEXT)
MUTED = colors.HexColor(palette.MUTED)  # captions, labels, header/footer
SUBTLE = colors.HexColor(palette.SUBTLE)  # plan bars, secondary marks
RULE = colors.HexColor(palette.RULE)  # table rules
FILL = colors.HexColor(palette.FILL)  # zebra rows, panels
WHITE = colors.white

GREEN = colors.HexColor(palette.GREEN)
AMBER = colors.HexColor(palette.AMBER)
RED = colors.HexColor(palette.RED)
GREY = colors.HexColor(palette.GREY)

STATUS_COLOURS: dict[GoalStatus, colors.Color] = {
    status: colors.HexColor(colour) for status, colour in palette.GOAL_STATUS.items()
}
ATTITUDE_COLOURS: dict[Attitude, colors.Color] = {
    attitude: colors.HexColor(colour) for attitude, colour in palette.ATTITUDE.items()
}

# Each whitespace status has a symbol as well as a colour: grey-scale prints stay legible.
CELL_SYMBOLS: dict[CellStatus, str] = {
    CellStatus.ACTIVE: "●",
    CellStatus.IN_PROGRESS: "◐",
    CellStatus.OPPORTUNITY: "○",
    CellStatus.COMPETITOR: "✕",
    CellStatus.NOT_RELEVANT: "–",
    CellStatus.UNKNOWN: "?",
}
CELL_COLOURS: dict[CellStatus, colors.Color] = {
    status: colors.HexColor(ink) for status, (_fill, ink) in palette.CELL.items()
}
CELL_FILLS: dict[CellStatus, colors.Color] = {
    status: colors.HexColor(fill) for status, (fill, _ink) in palette.CELL.items()
}

# Type scale (points)
BODY_SIZE = 9.5
SMALL_SIZE = 8.0
CELL_SIZE = 8.3
TINY_SIZE = 7.0


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    body_muted: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    figure_value: ParagraphStyle
    figure_value_small: ParagraphStyle
    figure_label: ParagraphStyle
    bullet: ParagraphStyle
    toc1: ParagraphStyle


def make_styles() -> Styles:
    """Build the stylesheet (fonts registered first, since styles name them)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        # reportlab's default bullet font is Helvetica, which is never embedded.
        bulletFontName=SANS,
        fontSize=BODY_SIZE,
        leading=13.5,
        textColor=TEXT,
        spaceAfter=5,
        splitLongWords=True,
        # A word too long for its column breaks after one of its own hyphens first
        # ("Key-Account-|Manager"), and only then anywhere ("Key-Account-Man|ager").
        embeddedHyphenation=1,
    )
    cell = ParagraphStyle(
        "cell", parent=body, fontSize=CELL_SIZE, leading=10.6, spaceAfter=0, alignment=TA_LEFT
    )
    cell_head = ParagraphStyle(
        "cell_head", parent=cell, fontName=SANS_BOLD, textColor=MUTED, fontSize=7.4, leading=9.5
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=28,
            leading=34,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontName=SERIF,
            fontSize=15,
            leading=20,
            textColor=TEXT,
            spaceAfter=6,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=18,
            leading=23,
            textColor=ACCENT,
            # Dropped at the top of a page, so it only separates sections sharing a page.
            spaceBefore=20,
            spaceAfter=10,
            keepWithNext=True,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=True,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=TEXT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=True,
        ),
        body=body,
        body_muted=ParagraphStyle("body_muted", parent=body, textColor=MUTED),
        small=ParagraphStyle("small", parent=body, fontSize=SMALL_SIZE, leading=10.5, spaceAfter=2),
        caption=ParagraphStyle(
            "caption", parent=body, fontSize=TINY_SIZE, leading=9, textColor=MUTED, spaceAfter=2
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        figure_value=ParagraphStyle(
            "figure_value",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        figure_value_small=ParagraphStyle(
            "figure_value_small",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=10.5,
            leading=19,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        figure_label=ParagraphStyle(
            "figure_label", parent=body, fontSize=7.4, leading=9.5, textColor=MUTED, spaceAfter=0
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2.5),
        toc1=ParagraphStyle(
            "toc1",
            parent=body,
            fontName=SANS,
            fontSize=10.5,
            leading=20,
            leftIndent=0,
            firstLineIndent=0,
        ),
    )
