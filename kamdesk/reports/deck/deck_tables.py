"""Tables on slides whose rows cannot outgrow the slide.

PowerPoint makes a row as tall as its text needs, so a long cell would push the table off
the slide. Every cell is therefore fitted to the lines its column allows (cut with "…"),
and a slide takes only as many rows as fit; the builders put whole texts in the notes and
continue long lists on the next slide. The table keeps the master's table style (header in
accent 1, banded rows), so it follows a firm's template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from kamdesk.reports.deck.deck_canvas import MUTED, Box, clean, pt, set_colour
from kamdesk.reports.deck.text_fit import LINE_SPACING, fit

CELL_SIZE = 14.0
SUB_SIZE = 11.0
MARGIN_X = 5.0
MARGIN_Y = 3.0


@dataclass(frozen=True)
class Column:
    """A column: its header, share of the table's width, alignment and lines per cell."""

    header: str
    share: float
    align: PP_ALIGN = PP_ALIGN.LEFT
    lines: int = 1


@dataclass(frozen=True)
class Cell:
    """A cell's text, an optional second line in small type, and its colours."""

    text: str
    sub: str = ""
    colour: RGBColor | None = None
    fill: RGBColor | None = None
    bold: bool = False


def row_height(column_lines: int, size: float = CELL_SIZE) -> float:
    """The height of a row whose tallest cell has ``column_lines`` lines, in points."""
    return column_lines * size * LINE_SPACING + 2 * MARGIN_Y + 2


def rows_that_fit(height: float, columns: Sequence[Column], size: float = CELL_SIZE) -> int:
    """How many data rows fit under the header in ``height`` points (at least one)."""
    body = row_height(max(c.lines for c in columns), size)
    head = row_height(1, size)
    return max(1, int((height - head) // body))


def add_table(
    slide: Slide,
    box: Box,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    size: float = CELL_SIZE,
) -> list[bool]:
    """Place the table at the top of ``box``; returns, per row, whether a cell was cut."""
    shape = slide.shapes.add_table(
        len(rows) + 1, len(columns), pt(box.x), pt(box.y), pt(box.width),
        pt(row_height(1, size) + len(rows) * row_height(max(c.lines for c in columns), size)),
    )
    shape.name = "Table"
    table = shape.table
    widths = [box.width * c.share / sum(c.share for c in columns) for c in columns]
    for index, width in enumerate(widths):
        table.columns[index].width = pt(width)
    table.rows[0].height = pt(row_height(1, size))
    for index, column in enumerate(columns):
        _write(table.cell(0, index), Cell(column.header, bold=True), widths[index], 1, size,
               column.align)
    cut_rows: list[bool] = []
    body_height = row_height(max(c.lines for c in columns), size)
    for r, row in enumerate(rows, start=1):
        table.rows[r].height = pt(body_height)
        cut = False
        for c, (column, cell) in enumerate(zip(columns, row, strict=True)):
            cut |= _write(table.cell(r, c), cell, widths[c], column.lines, size, column.align)
        cut_rows.append(cut)
    return cut_rows


def _write(
    target: object, cell: Cell, width: float, lines: int, size: float, align: PP_ALIGN
) -> bool:
    """Fill one table cell; True when its text had to be shortened."""
    target.margin_left = target.margin_right = Pt(MARGIN_X)  # type: ignore[attr-defined]
    target.margin_top = target.margin_bottom = Pt(MARGIN_Y)  # type: ignore[attr-defined]
    target.vertical_anchor = MSO_ANCHOR.MIDDLE  # type: ignore[attr-defined]
    if cell.fill is not None:
        target.fill.solid()  # type: ignore[attr-defined]
        target.fill.fore_color.rgb = cell.fill  # type: ignore[attr-defined]
    room = width - 2 * MARGIN_X - 2
    main_lines = max(1, lines - 1) if cell.sub else lines
    main = fit(clean(cell.text), room, size, main_lines, bold=cell.bold)
    frame = target.text_frame  # type: ignore[attr-defined]
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = main.text
    run.font.size = Pt(size)
    run.font.bold = cell.bold
    if cell.colour is not None:
        run.font.color.rgb = cell.colour
    cut = main.cut
    if cell.sub and lines > 1:
        sub = fit(clean(cell.sub), room, SUB_SIZE, 1)
        extra = frame.add_paragraph()
        extra.alignment = align
        sub_run = extra.add_run()
        sub_run.text = sub.text
        sub_run.font.size = Pt(SUB_SIZE)
        set_colour(sub_run.font.color, MUTED)
        cut |= sub.cut
    elif cell.sub:
        cut = True  # no room for the second line: the notes carry it
    return cut
