"""The pieces every section of the Word document is made of: headings in Word's own
heading styles (so the navigation pane and a table of contents find them), paragraphs,
bullets, label/value tables, data tables in the house style and pictures.

Word tables can break across pages, so, unlike the PDF's, cells keep the whole text: the
document is there to be edited. Text still goes through :func:`clean`, since an Office
file cannot hold control characters.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from kamdesk.reports.context import RenderContext
from kamdesk.reports.styles import ACCENT_LIGHT, MUTED, RULE
from kamdesk.reports.text_markup import plain

CELL_SIZE = 9.0
SUB_SIZE = 8.0


def clean(value: object, *, keep_newlines: bool = False) -> str:
    """Text a Word file can hold (no control characters)."""
    return plain(value, keep_newlines=keep_newlines)


def hex_of(colour: object) -> str:
    """A reportlab colour of the house palette as "1E3A5F"."""
    return str(colour.hexval())[2:].upper()  # type: ignore[attr-defined]


def rgb(colour: object) -> RGBColor:
    """A reportlab colour of the house palette as a python-docx colour."""
    code = hex_of(colour)
    red, green, blue = (int(code[i : i + 2], 16) for i in (0, 2, 4))
    return RGBColor(red, green, blue)


def heading(doc: DocumentType, text: str, level: int = 1) -> Paragraph:
    """A heading in Word's "Heading n" style: in the navigation pane and the contents."""
    made: Paragraph = doc.add_heading(clean(text), level=level)
    return made


def paragraph(
    doc: DocumentType | _Cell, text: str, *, muted: bool = False, size: float | None = None,
    bold: bool = False, colour: object | None = None,
) -> Paragraph:
    """A paragraph of text (line breaks kept); ``muted`` greys it, ``colour`` colours it."""
    para = doc.add_paragraph()
    shade = MUTED if muted else colour
    _lines(para, clean(text, keep_newlines=True), colour=shade, size=size, bold=bold)
    return para


def _lines(
    para: Paragraph, text: str, *, colour: object | None, size: float | None, bold: bool
) -> None:
    """Runs for each line of ``text``, joined by line breaks (not new paragraphs)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        run = para.add_run(line)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = rgb(colour)
        if index < len(lines) - 1:
            run.add_break()


def blocks(doc: DocumentType, text: str) -> None:
    """Long free text: one paragraph per block separated by an empty line."""
    for block in clean(text, keep_newlines=True).split("\n\n"):
        if block.strip():
            paragraph(doc, block.strip("\n"))


def bullets(doc: DocumentType, items: Sequence[str]) -> None:
    """A bullet list in Word's "List Bullet" style."""
    for item in items:
        doc.add_paragraph(clean(item), style="List Bullet")


def empty(doc: DocumentType, ctx: RenderContext, msgid: str = "empty.section") -> None:
    """The one line an empty section prints."""
    paragraph(doc, ctx.t(msgid), muted=True)


@dataclass(frozen=True)
class Text:
    """A table cell: main text, an optional smaller second line, its look."""

    text: str
    sub: str = ""
    bold: bool = False
    colour: object | None = None
    fill: object | None = None
    right: bool = False
    centre: bool = False


def data_table(
    doc: DocumentType,
    header: Sequence[str],
    rows: Sequence[Sequence[Text | str]],
    widths: Sequence[float],
    *,
    total: float,
) -> Table:
    """A table in the house style: muted header row repeated on every page, light rules.

    ``widths`` are shares of ``total`` points (the text width of the page).
    """
    table: Table = doc.add_table(rows=1, cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _borders(table)
    scale = total / sum(widths)
    points = [Pt(w * scale) for w in widths]
    # Word reads the grid, LibreOffice the cells: set both, or columns come out equal.
    for column, width in zip(table.columns, points, strict=True):
        column.width = width
    head = table.rows[0]
    # Repeat the header row on every page the table runs onto.
    head._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    # A header sits over its column: right-aligned over right-aligned figures.
    first = rows[0] if rows else []
    right = {i for i, value in enumerate(first) if isinstance(value, Text) and value.right}
    for index, (cell, title, width) in enumerate(zip(head.cells, header, points, strict=True)):
        cell.width = width
        _fill(cell, ACCENT_LIGHT)
        _write(cell, Text(title, bold=True, right=index in right))
    for row in rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for cell, value, width in zip(cells, row, points, strict=True):
            cell.width = width
            _write(cell, value if isinstance(value, Text) else Text(value))
    return table


def label_table(
    doc: DocumentType, pairs: Sequence[tuple[str, str]], *, total: float,
    label_share: float = 0.3,
) -> Table:
    """Facts as two columns: the label muted and bold, the value plain."""
    rows = [[Text(name, bold=True, colour=MUTED), Text(value)] for name, value in pairs]
    table: Table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    _borders(table)
    shares = (label_share, 1 - label_share)
    for column, share in zip(table.columns, shares, strict=True):
        column.width = Pt(total * share)
    for row in rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for cell, value, share in zip(cells, row, shares, strict=True):
            cell.width = Pt(total * share)
            _write(cell, value)
    return table


def _write(cell: _Cell, value: Text) -> None:
    para = cell.paragraphs[0]
    if value.right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif value.centre:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(0)
    run = para.add_run(clean(value.text, keep_newlines=False))
    run.font.size = Pt(CELL_SIZE)
    run.bold = value.bold or None
    if value.colour is not None:
        run.font.color.rgb = rgb(value.colour)
    if value.sub:
        run.add_break()
        sub = para.add_run(clean(value.sub))
        sub.font.size = Pt(SUB_SIZE)
        sub.font.color.rgb = rgb(MUTED)
    if value.fill is not None:
        _fill(cell, value.fill)


def _fill(cell: _Cell, colour: object) -> None:
    properties = cast(Any, cell._tc).get_or_add_tcPr()
    properties.append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_of(colour)}"/>')
    )


def _borders(table: Table) -> None:
    """Light horizontal rules only, like the printed plan's tables."""
    rule = hex_of(RULE)
    properties = cast(Any, table._tbl).tblPr
    for old in properties.findall(qn("w:tblBorders")):
        properties.remove(old)
    properties.append(parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        f'<w:top w:val="single" w:sz="4" w:color="{rule}"/>'
        '<w:left w:val="nil"/>'
        f'<w:bottom w:val="single" w:sz="4" w:color="{rule}"/>'
        '<w:right w:val="nil"/>'
        f'<w:insideH w:val="single" w:sz="4" w:color="{rule}"/>'
        '<w:insideV w:val="nil"/>'
        "</w:tblBorders>"
    ))


def picture(doc: DocumentType, png: bytes, width: float) -> None:
    """A picture ``width`` points wide (its height follows), in a paragraph of its own."""
    doc.add_picture(io.BytesIO(png), width=Pt(width))


def page_break(doc: DocumentType) -> None:
    """Continue on a new page."""
    doc.add_page_break()  # type: ignore[no-untyped-call]


def pips(value: int) -> str:
    """Influence or strength 0–5 as filled and empty dots."""
    value = max(0, min(5, value))
    return "●" * value + "○" * (5 - value)
