"""Slides on the master: each with its title, footer, slide number and speaker notes, and
the text boxes the slide builders place in the content area below the title.

Geometry is in points (a 16:9 slide is 960 × 540 pt); python-pptx gets EMU. Every piece of
text goes through :func:`clean` first: an Office file cannot hold control characters, and
a line break typed into a name would break a table row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from kamdesk.reports.context import RenderContext
from kamdesk.reports.deck.deck_master import Master, content_top
from kamdesk.reports.deck.text_fit import fit
from kamdesk.reports.text_markup import plain

EMU_PER_POINT = 12700
SIDE = 43.0  # left and right margin of the content area, in points
BOTTOM = 40.0  # room under the content area for the footer
GAP = 12.0
TITLE_SIZE = 30.0
BODY_SIZE = 16.0
SMALL_SIZE = 12.0
FOOTER_SIZE = 9.0

T = TypeVar("T")


@dataclass(frozen=True)
class Shade:
    """A theme colour made lighter (``brightness`` above 0) or darker (below 0)."""

    theme: MSO_THEME_COLOR
    brightness: float


#: Captions, labels and the footer: the template's text colour, lightened, so it is a grey
#: in any theme (an accent could be orange in someone's palette).
MUTED = Shade(MSO_THEME_COLOR.TEXT_1, 0.4)
#: A colour is a theme colour (follows the template) or a fixed RGB one (carries meaning).
Colour = MSO_THEME_COLOR | RGBColor | Shade


def clean(value: object) -> str:
    """Text an Office file can hold: no control characters, one line."""
    return plain(value)


def pt(points: float) -> Emu:
    """Points as EMU."""
    return Emu(round(points * EMU_PER_POINT))


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide, in points."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """The lower edge."""
        return self.y + self.height

    def rows(self, count: int, gap: float = 0.0) -> list[Box]:
        """The box cut into ``count`` rows of equal height."""
        each = (self.height - gap * (count - 1)) / max(1, count)
        return [Box(self.x, self.y + i * (each + gap), self.width, each) for i in range(count)]

    def columns(self, count: int, gap: float = 0.0) -> list[Box]:
        """The box cut into ``count`` columns of equal width."""
        each = (self.width - gap * (count - 1)) / max(1, count)
        return [Box(self.x + i * (each + gap), self.y, each, self.height) for i in range(count)]

    def below(self, height: float, gap: float = 0.0) -> Box:
        """What is left of the box under its top ``height`` points (and a gap)."""
        return Box(self.x, self.y + height + gap, self.width, self.height - height - gap)


@dataclass(frozen=True)
class Run:
    """A paragraph of one look: size, weight, colour, alignment."""

    text: str
    size: float = BODY_SIZE
    bold: bool = False
    colour: Colour | None = None
    align: PP_ALIGN = PP_ALIGN.LEFT
    space_after: float = 4.0


@dataclass
class SlideCanvas:
    """Adds slides to the master's presentation and remembers their titles."""

    master: Master
    ctx: RenderContext
    footer: str
    outline: list[str] = field(default_factory=list)

    @property
    def width(self) -> float:
        """The slide's width in points."""
        return int(self.master.presentation.slide_width or 0) / EMU_PER_POINT

    @property
    def height(self) -> float:
        """The slide's height in points."""
        return int(self.master.presentation.slide_height or 0) / EMU_PER_POINT

    @property
    def area(self) -> Box:
        """The content area: below the layout's title, inside the margins, above the footer."""
        top = int(content_top(self.master)) / EMU_PER_POINT + GAP
        return Box(SIDE, top, self.width - 2 * SIDE, self.height - BOTTOM - top)

    def new_slide(self, title: str, notes: Sequence[str] = ()) -> Slide:
        """A content slide with its title, footer and notes (a cut title is whole in the notes)."""
        slide: Slide = self.master.presentation.slides.add_slide(self.master.content_layout)
        shown = fit(clean(title), self.width - 2 * SIDE, TITLE_SIZE, 1)
        if slide.shapes.title is not None:
            slide.shapes.title.text = shown.text
        lines = [clean(title)] if shown.cut else []
        self.set_notes(slide, [*lines, *notes])
        self.add_footer(slide)
        self.outline.append(shown.text)
        return slide

    def set_notes(self, slide: Slide, lines: Sequence[str]) -> None:
        """Add to the speaker notes, one paragraph per line (no notes page for nothing)."""
        kept = [clean(line) for line in lines if line and line.strip()]
        if not kept:
            return
        frame = slide.notes_slide.notes_text_frame
        if frame is None:  # a notes master without a body placeholder: nowhere to write
            return
        before = frame.text
        frame.text = "\n".join([before, *kept] if before else kept)

    def add_footer(self, slide: Slide) -> None:
        """The running footer on the left and the slide number on the right."""
        y = self.height - BOTTOM + 12
        box = self.text(
            slide, Box(SIDE, y, self.width - 2 * SIDE - 60, 18),
            [Run(fit(self.footer, self.width - 2 * SIDE - 80, FOOTER_SIZE, 1).text,
                 size=FOOTER_SIZE, colour=MUTED)],
        )
        box.name = "Footer"
        number = slide.shapes.add_textbox(pt(self.width - SIDE - 60), pt(y), pt(60), pt(18))
        number.name = "Slide number"
        frame = number.text_frame
        _tight(frame)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.RIGHT
        position = len(self.master.presentation.slides)
        # A slide-number field, so the number follows when slides are moved in PowerPoint.
        paragraph._p.append(parse_xml(
            f'<a:fld {nsdecls("a")} id="{{{str(uuid.uuid4()).upper()}}}" type="slidenum">'
            f'<a:rPr lang="en-GB" sz="{round(FOOTER_SIZE * 100)}"><a:solidFill><a:schemeClr '
            f'val="tx1"><a:lumMod val="60000"/><a:lumOff val="40000"/></a:schemeClr>'
            f"</a:solidFill></a:rPr><a:t>{position}</a:t></a:fld>"
        ))

    def text(self, slide: Slide, box: Box, runs: Sequence[Run], *,
             anchor: MSO_ANCHOR = MSO_ANCHOR.TOP) -> Shape:
        """A text box holding ``runs`` as paragraphs (the text is not fitted here)."""
        shape = slide.shapes.add_textbox(pt(box.x), pt(box.y), pt(box.width), pt(box.height))
        frame = shape.text_frame
        _tight(frame)
        frame.vertical_anchor = anchor
        for index, run in enumerate(runs):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = run.align
            paragraph.space_after = Pt(run.space_after)
            text_run = paragraph.add_run()
            text_run.text = clean(run.text)
            font = text_run.font
            font.size = Pt(run.size)
            font.bold = run.bold
            if run.colour is not None:
                set_colour(font.color, run.colour)
        return shape

    def panel(self, slide: Slide, box: Box, fill: Colour, *, rounded: bool = True) -> Shape:
        """A filled rectangle without an outline (tiles, badges, backgrounds)."""
        kind = MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE
        shape = slide.shapes.add_shape(kind, pt(box.x), pt(box.y), pt(box.width), pt(box.height))
        if rounded:
            shape.adjustments[0] = 0.08
        shape.fill.solid()
        set_colour(shape.fill.fore_color, fill)
        shape.line.fill.background()
        shape.shadow.inherit = False
        _tight(shape.text_frame)
        return shape


def rgb(colour: object) -> RGBColor:
    """A reportlab colour of the house palette as a python-pptx colour."""
    code = str(colour.hexval())[2:]  # type: ignore[attr-defined]
    red, green, blue = (int(code[i : i + 2], 16) for i in (0, 2, 4))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]


def set_colour(target: object, colour: Colour) -> None:
    """Give a python-pptx colour format a theme colour or an RGB colour."""
    if isinstance(colour, RGBColor):
        target.rgb = colour  # type: ignore[attr-defined]
    elif isinstance(colour, Shade):
        target.theme_color = colour.theme  # type: ignore[attr-defined]
        target.brightness = colour.brightness  # type: ignore[attr-defined]
    else:
        target.theme_color = colour  # type: ignore[attr-defined]


def _tight(frame: TextFrame) -> None:
    """Small inner margins, word wrap on, no autofit (the deck fits text itself)."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Pt(4)
    frame.margin_top = frame.margin_bottom = Pt(2)


def numbered(title: str, part: int, parts: int) -> str:
    """"Goals (2/3)" for the second of three slides of a section; the title alone for one."""
    return title if parts <= 1 else f"{title} ({part}/{parts})"


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` in runs of ``size`` (at least one run, possibly empty)."""
    if not items:
        return [[]]
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
