"""Building blocks of the portfolio report's sections: headings, notes, cells and tables.

The account plan's helpers are bound to its own rendering context; these are the same
house style (light rules, muted header row, no grid) over the portfolio report's context.
Every piece of text, ours or the user's, goes through
:func:`~kamdesk.reports.text_markup.markup` before it meets Paragraph markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from kamdesk.reports.page_templates import SectionHeading
from kamdesk.reports.portfolio_context import PortfolioContext
from kamdesk.reports.styles import ACCENT, RULE
from kamdesk.reports.tables import Cell, house_style
from kamdesk.reports.text_markup import markup

NAME_LIMIT = 120  # the longest user text put into one table cell
KEEP_WITH_HEADING = 150  # a heading closer than this to the page bottom moves on
SUBHEADING_ROOM = 90  # a subheading needs room for itself and two table rows


def heading(ctx: PortfolioContext, key: str, msgid: str) -> list[Flowable]:
    """A section heading that is also a PDF bookmark; moves on if the page is nearly full."""
    title = ctx.t(msgid)
    return [
        CondPageBreak(KEEP_WITH_HEADING),
        SectionHeading(title, markup(title), ctx.styles.h1, key),
        Spacer(1, 2),
    ]


def subheading(ctx: PortfolioContext, msgid: str) -> list[Flowable]:
    """A second-level heading inside a section, moved on only when the page is nearly full.

    The stylesheet's h2 keeps with the next flowable, which pushes a heading and a
    mid-sized table to the next page together and leaves half a page empty; here the
    table may start under its heading and continue overleaf (its header row repeats).
    """
    style = ParagraphStyle("h2_flowing", parent=ctx.styles.h2, keepWithNext=False)
    return [CondPageBreak(SUBHEADING_ROOM), Paragraph(markup(ctx.t(msgid)), style)]


def note(ctx: PortfolioContext, value: str) -> Paragraph:
    """A muted line of our own text (a "nothing here" or "+N more" line)."""
    return Paragraph(markup(value), ctx.styles.body_muted)


def text_cell(
    ctx: PortfolioContext, value: object, *, right: bool = False, bold: bool = False,
    colour: colors.Color | None = None,
) -> Paragraph:
    """A table cell, escaped and cut, optionally right-aligned, bold or coloured."""
    style = ctx.styles.cell_right if right else (ctx.styles.cell_bold if bold else ctx.styles.cell)
    content = markup(value, limit=NAME_LIMIT)
    if colour is not None:
        content = f'<font color="#{colour.hexval()[2:]}">{content}</font>'
    return Paragraph(content, style)


def table(
    ctx: PortfolioContext,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A data table in the house style; the header row repeats on every page."""
    scale = ctx.width / sum(widths)
    head = [
        Paragraph(markup(title), ctx.styles.cell_head_right if i in right else ctx.styles.cell_head)
        for i, title in enumerate(header)
    ]
    result = Table(
        [head, *[list(row) for row in rows]],
        colWidths=[w * scale for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    result.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
                *extra,
            ]
        )
    )
    return result
