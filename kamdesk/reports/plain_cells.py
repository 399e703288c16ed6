"""Table cells that are one line of plain text, drawn as strings instead of paragraphs.

A plan's tables hold about 800 cells, and most are a name, a date, an amount or a status
word: one line in one font and colour. reportlab draws a ``Paragraph`` cell by parsing,
breaking and drawing it as a flowable; it draws a string cell with one ``drawString``
from the cell's own FONT, TEXTCOLOR and ALIGN. :func:`plain_cells` hands such cells to the
table as strings with those commands, so the page looks the same:

- a string's baseline sits ``fontSize`` below the cell's top padding (VALIGN TOP), exactly
  where a paragraph puts its first line (reportlab's ``paraFontSizeHeightOffset``), and a
  row's height is the cell style's leading either way; at the bottom (a header row), both
  sit ``leading - fontSize`` above the bottom padding;
- a cell qualifies only when reportlab would not change its text when laying it out: one
  fragment with no link, rise or underline, in a left- or right-aligned style without
  indents, no character reportlab breaks lines at but single spaces, nothing it strips, and
  a width that leaves a margin to the column's edge (so it would have been one line).

Everything else stays a paragraph. The commands cover runs of alike cells down a column:
a table pays for each command about as much as for a cell. tests/reports/test_plain_cells.py
holds every text's position and size to the all-paragraph rendering.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import _wsc

from kamdesk.reports.reusing_paragraph import ReusingParagraph

# What a fragment of plain text holds; any other attribute (a link target, a background,
# a strike) is drawn by the paragraph only.
_PLAIN_FRAGMENT = frozenset(
    {"rise", "greek", "link", "fontName", "bold", "italic", "fontSize", "textColor",
     "us_lines", "__tag__", "text"}
)
# Characters a paragraph breaks lines at or collapses: only a single space may remain.
_BREAKING = frozenset(_wsc) - {" "}
# A string must fit this much inside its column (points), so that no text a paragraph
# might have wrapped at its last word is drawn as one line.
_MARGIN = 1.0
_ALIGNMENTS = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT"}


def plain_text(cell: object, room: float) -> tuple[str, Any] | None:
    """The cell's text and its one fragment, if it can be drawn as a string in ``room``
    points of column (paddings taken off); None otherwise."""
    if type(cell) is not ReusingParagraph or cell.bulletText is not None:
        return None
    frags = cell.frags
    if len(frags) != 1:
        return None
    fragment = frags[0]
    if not fragment.__dict__.keys() <= _PLAIN_FRAGMENT or fragment.rise or fragment.link:
        return None
    if fragment.us_lines or fragment.greek:
        return None
    style = cell.style
    if (
        style.alignment not in _ALIGNMENTS
        or style.leftIndent
        or style.rightIndent
        or style.firstLineIndent
        or style.spaceBefore
        or style.spaceAfter
        or style.backColor
        or style.borderWidth
        or getattr(style, "autoLeading", "")
        or style.textTransform
    ):
        return None
    text = fragment.text
    if (
        not isinstance(text, str)
        or not text
        or text != text.strip(" ")
        or "  " in text
        or "\xad" in text
        or not _BREAKING.isdisjoint(text)
        or not _printable(text)
    ):
        return None
    if stringWidth(text, fragment.fontName, fragment.fontSize) > room - _MARGIN:
        return None
    return text, fragment


def _printable(text: str) -> bool:
    """Whether every character of ``text`` is printable or a no-break space (German
    amounts: "1.234,50\xa0€"), which a paragraph draws as it is."""
    return text.isprintable() or all(char.isprintable() or char == "\xa0" for char in text)


def plain_cells(
    rows: list[list[Any]], col_widths: Sequence[float], padding: float
) -> list[tuple[object, ...]]:
    """Replace each plain one-line paragraph in ``rows`` by its text, in place, and return
    the table commands that give those cells the paragraph's font, leading, colour and
    alignment. ``padding`` is a cell's left plus right padding."""
    # Per column, the look of each string cell by row: (font, size, leading), colour and
    # alignment. Left is a table's default alignment.
    looks: dict[str, dict[tuple[int, int], object]] = {"FONT": {}, "TEXTCOLOR": {}, "ALIGN": {}}
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            found = plain_text(value, col_widths[column] - padding)
            if found is None:
                continue
            text, fragment = found
            style = value.style
            at = (column, row_index)
            looks["FONT"][at] = (fragment.fontName, fragment.fontSize, style.leading)
            looks["TEXTCOLOR"][at] = (fragment.textColor,)
            if style.alignment != TA_LEFT:
                looks["ALIGN"][at] = (_ALIGNMENTS[style.alignment],)
            row[column] = text
    return [command for name, cells in looks.items() for command in _column_runs(name, cells)]


def _column_runs(
    name: str, cells: dict[tuple[int, int], Any]
) -> list[tuple[object, ...]]:
    """One command per run of cells in a column that look alike: each command costs a
    table as much as a cell (a table of a few hundred cells had ~1,200 commands)."""
    commands: list[tuple[object, ...]] = []
    run_start: tuple[int, int] | None = None
    run_end: tuple[int, int] = (0, 0)
    run_look: Any = None
    for at in sorted(cells):  # by column, then row
        look = cells[at]
        if run_start is not None and at == (run_end[0], run_end[1] + 1) and look == run_look:
            run_end = at
            continue
        if run_start is not None:
            commands.append((name, run_start, run_end, *run_look))
        run_start, run_end, run_look = at, at, look
    if run_start is not None:
        commands.append((name, run_start, run_end, *run_look))
    return commands
