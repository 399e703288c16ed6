"""Page templates: the cover, portrait and landscape pages, and "Page x of y".

The total page count is only known once the whole document is laid out, so
:class:`NumberedCanvas` keeps every page's state and writes the page numbers when the
document is saved. Pages that carry a footer mark themselves (``_kd_footer``) in their
``onPage`` callback; the cover does not, so it stays clean. The same canvas remembers on
which page each section heading landed and draws, at the end, the *late forms*: PDF form
XObjects that pages placed by name before their content was known (the contents' page
numbers), so the document is laid out once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from kamdesk.reports.fonts import SANS, SANS_BOLD
from kamdesk.reports.styles import ACCENT, MUTED, RULE
from kamdesk.reports.text_markup import plain, shorten

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_SIDE = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 14 * mm  # from the top edge
FOOTER_Y = 12 * mm  # from the bottom edge

COVER = "cover"
PORTRAIT = "portrait"
LANDSCAPE = "landscape"


def page_size(paper: str) -> tuple[float, float]:
    """The portrait size of a paper name ("a4" or "letter")."""
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}; use one of {sorted(PAPERS)}") from None


def frame_size(size: tuple[float, float]) -> tuple[float, float]:
    """Width and height of the text frame on a page of ``size``."""
    return size[0] - 2 * MARGIN_SIDE, size[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class RunningText:
    """What the header and footer say: left and right header, left footer, page pattern."""

    header_left: str
    header_right: str
    footer_left: str
    # "Page {page} of {pages}" in the document's language.
    page_pattern: str


# A late form's bounding box (lower x, lower y, upper x, upper y) and what draws its content.
LateForm = tuple[tuple[float, float, float, float], Callable[["NumberedCanvas"], None]]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that defers ``showPage`` so every page can say "Page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kd_pages: list[dict[str, Any]] = []
        self.heading_pages: dict[str, int] = {}  # section key → the page its heading is on
        self._late_forms: dict[str, LateForm] = {}
        # (page index, key, arguments) of every bookmark, made when its page is emitted.
        self._bookmarks: list[tuple[int, str, tuple[Any, ...], dict[str, Any]]] = []

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:
        """Bookmark the page being drawn; the bookmark is made when the page is emitted.

        reportlab points a bookmark at the page it emitted last, and pages wait here until
        :meth:`save`: made at once, every bookmark, outline entry and contents link would
        lead to the first page.
        """
        self._bookmarks.append((len(self._kd_pages), key, args, kwargs))
        return self._bookmarkReference(key)

    def place_late_form(self, name: str, box: tuple[float, float, float, float],
                        draw: Callable[[NumberedCanvas], None]) -> None:
        """Draw the form ``name`` here; ``draw`` fills it in when the document is saved."""
        self.doForm(name)
        self._late_forms[name] = (box, draw)

    def showPage(self) -> None:
        """Remember the finished page instead of emitting it now."""
        self._kd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Emit every page with its number and the total, then write the file."""
        for name, (box, draw) in self._late_forms.items():
            self.beginForm(name, *box)
            draw(self)
            self.endForm()
        total = len(self._kd_pages)
        for index, state in enumerate(self._kd_pages):
            self.__dict__.update(state)
            for page, key, args, kwargs in self._bookmarks:
                if page == index:
                    super().bookmarkPage(key, *args, **kwargs)
            footer = getattr(self, "_kd_footer", None)
            if footer is not None:
                x, y, pattern = footer
                self.saveState()
                self.setFont(SANS, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(x, y, pattern.format(page=self._pageNumber, pages=total))
                self.restoreState()
            super().showPage()
        super().save()


def _running(running: RunningText) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The onPage callback that draws header, footer and rules of a content page."""

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        left, right = MARGIN_SIDE, width - MARGIN_SIDE
        canvas.saveState()
        top = height - HEADER_Y
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(ACCENT)
        room = (right - left) * 0.6
        canvas.drawString(left, top, _fit(running.header_left, SANS_BOLD, 7.5, room))
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            right, top, _fit(running.header_right, SANS, 7.5, (right - left) * 0.38)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 5, right, top - 5)
        canvas.line(left, FOOTER_Y + 9, right, FOOTER_Y + 9)
        canvas.drawString(left, FOOTER_Y, _fit(running.footer_left, SANS, 7.5, room))
        canvas.restoreState()
        # The page number is written by NumberedCanvas.save, once the total is known.
        canvas._kd_footer = (right, FOOTER_Y, running.page_pattern)

    return draw


def _fit(value: str, font: str, size: float, room: float) -> str:
    """``value`` shortened until it fits ``room`` points, so header text never overlaps."""
    text = plain(value)
    while text and stringWidth(text, font, size) > room:
        text = shorten(text, max(1, int(len(text) * 0.9)))
        if len(text) <= 2:
            break
    return text


def _no_footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
    canvas._kd_footer = None


def page_templates(
    paper: str, running: RunningText, cover_draw: Callable[[Canvas, BaseDocTemplate], None]
) -> list[PageTemplate]:
    """The cover, portrait and landscape templates of a plan on ``paper``."""
    portrait = page_size(paper)
    wide = landscape(portrait)

    def frame(size: tuple[float, float], ident: str) -> Frame:
        width, height = frame_size(size)
        return Frame(
            MARGIN_SIDE,
            MARGIN_BOTTOM,
            width,
            height,
            id=ident,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def cover(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _no_footer(canvas, doc)
        cover_draw(canvas, doc)

    return [
        PageTemplate(id=COVER, frames=[frame(portrait, "cover")], onPage=cover, pagesize=portrait),
        PageTemplate(
            id=PORTRAIT,
            frames=[frame(portrait, "body")],
            onPage=_running(running),
            pagesize=portrait,
        ),
        PageTemplate(
            id=LANDSCAPE, frames=[frame(wide, "wide")], onPage=_running(running), pagesize=wide
        ),
    ]


class SectionHeading(Paragraph):  # type: ignore[misc]
    """A section title that also makes a contents entry and a PDF bookmark."""

    def __init__(self, title: str, markup_text: str, style: Any, key: str, level: int = 0):
        super().__init__(markup_text, style)
        self.toc_title = title
        self.toc_markup = markup_text
        self.toc_key = key
        self.toc_level = level


class KamDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """The document template: records section headings for contents and bookmarks."""

    @classmethod
    def for_kamdesk(
        cls, buffer: Any, paper: str, templates: list[Any], lang: str, **metadata: object
    ) -> KamDocTemplate:
        """A document of kamdesk's: the paper, its page templates, the language (tagged in
        the PDF for screen readers) and the title/subject metadata; kamdesk as its maker."""
        return cls(
            buffer,
            pagesize=page_size(paper),
            pageTemplates=templates,
            creator="kamdesk",
            producer="kamdesk",
            initialFontName=SANS,
            lang=lang,
            **metadata,
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        """Register a heading's page (for the contents) and its PDF outline entry."""
        if isinstance(flowable, SectionHeading):
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(
                flowable.toc_title, flowable.toc_key, level=flowable.toc_level, closed=True
            )
            if isinstance(self.canv, NumberedCanvas):
                self.canv.heading_pages[flowable.toc_key] = self.page
