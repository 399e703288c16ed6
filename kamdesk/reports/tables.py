"""Tables in the house style: light horizontal rules, a muted header row, no grid.

Every cell that holds user text is a Paragraph (so it wraps, and long words split) built
from escaped, length-limited markup: a table row cannot break across pages, so no single
cell may grow taller than a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kamdesk.domain import palette
from kamdesk.reports.context import RenderContext
from kamdesk.reports.fonts import SANS
from kamdesk.reports.plain_cells import plain_cells
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.styles import ACCENT, CELL_SIZE, FILL, RULE
from kamdesk.reports.text_markup import markup

# The longest user text put into one table cell; longer text ends in "…".
CELL_LIMIT = 400

# What a table cell may hold (reportlab accepts flowables, strings and None).
Cell: TypeAlias = Flowable | str | None


def house_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose base font is ours: reportlab's default (Helvetica) is never
    embedded, and a table sets it on the canvas even when every cell is a Paragraph."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, CELL_SIZE), *commands])


def cell(
    ctx: RenderContext,
    value: object,
    *,
    bold: bool = False,
    right: bool = False,
    limit: int = CELL_LIMIT,
) -> Paragraph:
    """A table cell with user text, escaped and cut to ``limit`` characters."""
    style = ctx.styles.cell_right if right else (ctx.styles.cell_bold if bold else ctx.styles.cell)
    return ReusingParagraph(markup(value, limit=limit), style)


def fixed(ctx: RenderContext, value: str, *, right: bool = False, muted: bool = False) -> Paragraph:
    """A cell with our own text (formatted numbers, translated words): still escaped."""
    style = ctx.styles.cell_right if right else ctx.styles.cell
    text = markup(value)
    if muted:
        text = f'<font color="{palette.MUTED}">{text}</font>'
    return ReusingParagraph(text, style)


def two_lines(ctx: RenderContext, first: object, second: object, *, limit: int = 160) -> Paragraph:
    """A cell with a main line and a smaller, muted second line (a name and a title)."""
    main = markup(first, limit=limit)
    sub = markup(second, limit=limit)
    body = f"<b>{main}</b>" if main else ""
    if sub:
        body += f'<br/><font size="7.2" color="{palette.MUTED}">{sub}</font>'
    return ReusingParagraph(body, ctx.styles.cell)


def data_table(
    ctx: RenderContext,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    total_width: float | None = None,
    right: Sequence[int] = (),
    zebra: bool = False,
    footer: Sequence[Cell] | None = None,
) -> Table:
    """A data table; ``widths`` are fractions of ``total_width`` (the frame by default)."""
    room = total_width if total_width is not None else ctx.width
    scale = room / sum(widths)
    col_widths = [w * scale for w in widths]
    head: list[Cell] = [
        ReusingParagraph(
            markup(title), ctx.styles.cell_head_right if i in right else ctx.styles.cell_head
        )
        for i, title in enumerate(header)
    ]
    body: list[list[Cell]] = [head, *[list(row) for row in rows]]
    if footer is not None:
        body.append(list(footer))
    # After the paddings below (4 + 4): one-line plain cells are drawn as strings.
    plain = plain_cells(body, col_widths, 8)
    table = Table(body, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FILL]))
    if footer is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    table.setStyle(house_style([*commands, *plain]))
    return table


def label_table(
    ctx: RenderContext,
    pairs: Sequence[tuple[str, Cell]],
    *,
    label_width: float = 0.3,
    total_width: float | None = None,
) -> Table:
    """A two-column table of labels and values (profile facts), rules only between rows."""
    room = total_width if total_width is not None else ctx.width
    rows = [[ReusingParagraph(markup(name), ctx.styles.cell_head), value] for name, value in pairs]
    widths = [room * label_width, room * (1 - label_width)]
    plain = plain_cells(rows, widths, 6)  # after the paddings below (0 + 6)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                ("TOPPADDING", (0, 0), (0, -1), 5),
                *plain,
            ]
        )
    )
    return table
