"""The table of contents, laid out in the document's one layout pass.

Every entry's title is known before the layout (the plan's section headings, in story
order); only its page is not. So each entry is drawn as its title, linked to the section,
followed by a PDF form placed by name: the dot leader and the page number, which
:class:`~kamdesk.reports.page_templates.NumberedCanvas` draws into the form once every
heading has landed. Before, ``multiBuild`` laid the whole plan out twice to learn the pages,
and the layout is the larger part of an export.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.reports.context import RenderContext
from kamdesk.reports.page_templates import NumberedCanvas, SectionHeading
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup

DOT = " . "
_CALLBACK = "kd_contents_entry"


class Contents(Flowable):  # type: ignore[misc]
    """The contents' entries as a table; :func:`list_sections` tells it the headings."""

    def __init__(self, style: ParagraphStyle, table_style: Any) -> None:
        super().__init__()
        self.style = style
        self.table_style = table_style
        self.entries: list[tuple[str, str]] = []  # (section key, title as markup)
        self._table: Table | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lay the entries out as a one-column table of linked titles."""
        entries = self.entries
        style = self.style

        def entry_end(canvas: Any, _kind: str, label: str) -> None:
            # Called where the title's text ends (the paragraph's own coordinates).
            key = entries[int(label)][0]
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            width = available_width - x
            canvas.saveState()
            canvas.translate(x, y)
            canvas.place_late_form(
                f"kdContents{label}",
                (0, -style.fontSize * 0.4, width, style.fontSize * 1.2),
                lambda finished: _leader_and_page(finished, style, width, key),
            )
            canvas.restoreState()

        if not isinstance(self.canv, NumberedCanvas):
            raise TypeError("the contents need the NumberedCanvas to learn the pages")
        self.canv.setNamedCB(_CALLBACK, entry_end)
        rows = [
            [Paragraph(f'<a href="#{key}">{text}</a>'
                       f'<onDraw name="{_CALLBACK}" label="{index}"/>', style)]
            for index, (key, text) in enumerate(entries)
        ]
        self._table = Table(rows or [[""]], colWidths=(available_width,), style=self.table_style)
        width, height = self._table.wrapOn(self.canv, available_width, available_height)
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """A long contents continues on the next page, as any table does."""
        assert self._table is not None, "wrap comes first"
        parts: list[Flowable] = self._table.splitOn(self.canv, available_width,
                                                    available_height)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Draw the table laid out in :meth:`wrap` (reportlab's name for the hook)."""
        assert self._table is not None, "wrap comes first"
        self._table.drawOn(canvas, x, y, _sW)


def _leader_and_page(canvas: NumberedCanvas, style: ParagraphStyle, width: float,
                     key: str) -> None:
    """The dots from the title's end to the page number, the number flush right."""
    page = str(canvas.heading_pages[key])
    size = style.fontSize
    page_width = stringWidth(page, style.fontName, size)
    dot_width = stringWidth(DOT, style.fontName, size)
    dots = max(0, int((width - page_width) / dot_width))
    canvas.setFont(style.fontName, size)
    canvas.setFillColor(style.textColor)
    canvas.drawString(width - dots * dot_width - page_width, 0, DOT * dots + page)


def list_sections(story: Iterable[Flowable]) -> None:
    """Give every contents table of ``story`` the story's section headings, in order."""
    flowables = list(story)
    headings = [(f.toc_key, f.toc_markup) for f in flowables if isinstance(f, SectionHeading)]
    for flowable in flowables:
        if isinstance(flowable, Contents):
            flowable.entries = headings


def build(ctx: RenderContext) -> list[Flowable]:
    """The "Contents" title (not itself listed) and the table of contents."""
    table_style = house_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        Paragraph(markup(ctx.t("section.contents")), ctx.styles.h1),
        Spacer(1, 8),
        Contents(ctx.styles.toc1, table_style),
    ]
