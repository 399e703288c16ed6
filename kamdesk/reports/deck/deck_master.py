"""The slide master a deck is built on: the firm's own template, or kamdesk's neutral one.

A firm's template (``--template FILE.pptx``) brings its layouts, fonts and colours; the
deck needs two layouts from it, found by name (English or German) or, failing that, by
the placeholders they hold: one for the title slide and one with a title for every other
slide. Slides already in the template are dropped. Without a template, python-pptx's
default master is made into a neutral 16:9 one: the placeholders are widened to the new
size, the theme takes kamdesk's ink-blue palette, titles are set left, and the title
layout gains an accent bar and a picture placeholder for the client's logo.

The deck's own shapes use theme colours wherever the colour carries no meaning, so the
same slides take on a firm's palette when built on its template.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, cast

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import SlideLayout
from pptx.util import Emu, Inches

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.reports.styles import ACCENT, AMBER, FILL, GREEN, MUTED, RED, SUBTLE, TEXT

WIDE_WIDTH = Inches(13.333)
WIDE_HEIGHT = Inches(7.5)
TITLE_LAYOUT_NAMES = ("title slide", "titelfolie")
CONTENT_LAYOUT_NAMES = ("title only", "nur titel")
# Placeholders every layout has that the deck neither fills nor counts.
_FURNITURE = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}


class TemplateError(ValueError):
    """A template kamdesk cannot build a deck on; the message says why, in one sentence."""


@dataclass
class Master:
    """The presentation to fill and the two layouts its slides are made from."""

    presentation: PresentationType
    title_layout: SlideLayout
    content_layout: SlideLayout
    built_in: bool


def _hex(colour: object) -> str:
    return str(colour.hexval())[2:].upper()  # type: ignore[attr-defined]


# The neutral theme: dark 2 and accent 1 are the ink blue of the printed plan, accent 2 the
# grey of its plan bars (the second chart series), accents 3-5 the status colours.
_THEME_COLOURS = {
    "dk2": _hex(ACCENT),
    "lt2": _hex(FILL),
    "accent1": _hex(ACCENT),
    "accent2": _hex(SUBTLE),
    "accent3": _hex(GREEN),
    "accent4": _hex(AMBER),
    "accent5": _hex(RED),
    "accent6": _hex(MUTED),
}


def template_master(data: bytes, name: str) -> Master:
    """The firm's template, emptied of its slides; ``TemplateError`` if it cannot serve."""
    try:
        presentation = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError):
        raise TemplateError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The template {name} is not a PowerPoint presentation kamdesk can read; "
                "save it from PowerPoint or Impress as a .pptx file.",
            ).format(name=name)
        ) from None
    layouts = list(presentation.slide_layouts)
    content = _content_layout(layouts)
    if content is None:
        found = ", ".join(f"“{layout.name}”" for layout in layouts)
        if not found:
            raise TemplateError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "The template {name} has no slide layout with a title placeholder "
                    "(layouts: none); add one such as “Title Only” to its slide master.",
                ).format(name=name)
            )
        raise TemplateError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The template {name} has no slide layout with a title placeholder (layouts: "
                "{found}); add one such as “Title Only” to its slide master.",
            ).format(name=name, found=found)
        )
    title = _title_layout(layouts) or content
    _drop_slides(presentation)
    return Master(presentation, title, content, built_in=False)


def _named(layouts: list[SlideLayout], names: tuple[str, ...]) -> SlideLayout | None:
    for wanted in names:
        for layout in layouts:
            if layout.name.strip().casefold() == wanted and _title_of(layout) is not None:
                return layout
    return None


def placeholders_of(owner: object) -> list[Any]:
    """The placeholders of a layout, master or slide (python-pptx's own typing of the
    collection cannot be iterated under mypy)."""
    return list(cast(Any, owner).placeholders)


def _types(layout: SlideLayout) -> list[PP_PLACEHOLDER]:
    return [ph.placeholder_format.type for ph in placeholders_of(layout)]


def _title_of(layout: SlideLayout) -> Any | None:
    for placeholder in placeholders_of(layout):
        if placeholder.placeholder_format.type in _TITLES:
            return placeholder
    return None


def _title_layout(layouts: list[SlideLayout]) -> SlideLayout | None:
    named = _named(layouts, TITLE_LAYOUT_NAMES)
    if named is not None:
        return named
    for layout in layouts:
        if PP_PLACEHOLDER.CENTER_TITLE in _types(layout):
            return layout
    return None


def _content_layout(layouts: list[SlideLayout]) -> SlideLayout | None:
    named = _named(layouts, CONTENT_LAYOUT_NAMES)
    if named is not None:
        return named
    # Otherwise the emptiest layout with a (plain) title: the deck places its own shapes.
    candidates = [
        layout for layout in layouts if PP_PLACEHOLDER.TITLE in _types(layout)
    ] or [layout for layout in layouts if _title_of(layout) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda layout: len(set(_types(layout)) - _FURNITURE))


def _drop_slides(presentation: PresentationType) -> None:
    """Remove the template's sample slides (their parts go when nothing relates to them)."""
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        presentation.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)


def built_in_master(logo_prompt: str) -> Master:
    """python-pptx's default master made into kamdesk's neutral 16:9 master."""
    presentation = Presentation()
    factor = WIDE_WIDTH / presentation.slide_width
    presentation.slide_width, presentation.slide_height = WIDE_WIDTH, WIDE_HEIGHT
    master = presentation.slide_master
    for owner in [master, *master.slide_layouts]:
        for shape in owner.shapes:
            if shape.has_text_frame or shape.is_placeholder:
                _widen(shape._element, factor)
    _restyle_theme(presentation)
    _restyle_titles(master)
    layouts = list(master.slide_layouts)
    title = _named(layouts, TITLE_LAYOUT_NAMES)
    content = _named(layouts, CONTENT_LAYOUT_NAMES)
    assert title is not None and content is not None  # python-pptx's default has both
    _dress_title_layout(title, logo_prompt)
    _dress_content_layout(content)
    return Master(presentation, title, content, built_in=True)


def _widen(element: etree._Element, factor: float) -> None:
    """Stretch a shape's x position and width by ``factor`` (4:3 → 16:9)."""
    offset = element.find(f".//{qn('a:off')}")
    extent = element.find(f".//{qn('a:ext')}")
    if offset is not None:
        offset.set("x", str(round(int(offset.get("x", "0")) * factor)))
    if extent is not None and extent.get("cx") is not None:
        extent.set("cx", str(round(int(extent.get("cx", "0")) * factor)))


def _restyle_theme(presentation: PresentationType) -> None:
    theme = presentation.slide_master.part.part_related_by(RT.THEME)
    xml = theme.blob.decode("utf-8")
    for slot, colour in _THEME_COLOURS.items():
        xml = re.sub(
            rf"<a:{slot}>.*?</a:{slot}>",
            f'<a:{slot}><a:srgbClr val="{colour}"/></a:{slot}>',
            xml,
            count=1,
            flags=re.S,
        )
    xml = re.sub(
        r"<a:dk1>.*?</a:dk1>", f'<a:dk1><a:srgbClr val="{_hex(TEXT)}"/></a:dk1>', xml, count=1,
        flags=re.S,
    )
    xml = xml.replace('<a:clrScheme name="Office">', '<a:clrScheme name="kamdesk">', 1)
    theme._blob = xml.encode("utf-8")


def _restyle_titles(master: object) -> None:
    """Titles left-aligned, 30 pt, in the ink blue, sitting on the rule below them."""
    element = master._element  # type: ignore[attr-defined]
    level = element.find(f".//{qn('p:titleStyle')}/{qn('a:lvl1pPr')}")
    level.set("algn", "l")
    run = level.find(qn("a:defRPr"))
    run.set("sz", "3000")
    colour = run.find(f"{qn('a:solidFill')}/{qn('a:schemeClr')}")
    colour.set("val", "tx2")
    for shape in placeholders_of(master):
        if shape.placeholder_format.type == PP_PLACEHOLDER.TITLE:
            shape.left, shape.top = Inches(0.6), Inches(0.3)
            shape.width, shape.height = Inches(12.13), Inches(0.95)
            shape.text_frame._bodyPr.set("anchor", "b")


def _shape_xml(shape_id: int, name: str, x: int, y: int, cx: int, cy: int, body: str) -> str:
    return (
        f"<p:sp {nsdecls('a', 'p')}><p:nvSpPr><p:cNvPr id=\"{shape_id}\" name=\"{name}\"/>"
        f"<p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr><a:xfrm>"
        f"<a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>{body}</p:spPr>"
        "</p:sp>"
    )


def _dress_title_layout(layout: SlideLayout, logo_prompt: str) -> None:
    for shape in placeholders_of(layout):
        kind = shape.placeholder_format.type
        if kind == PP_PLACEHOLDER.CENTER_TITLE:
            shape.left, shape.top = Inches(0.9), Inches(2.35)
            shape.width, shape.height = Inches(8.9), Inches(1.5)
            shape.text_frame._bodyPr.set("anchor", "b")
            _paragraph_look(shape._element, size=4000, align="l", colour="tx2")
        elif kind == PP_PLACEHOLDER.SUBTITLE:
            shape.left, shape.top = Inches(0.9), Inches(4.0)
            shape.width, shape.height = Inches(8.9), Inches(1.1)
            _paragraph_look(shape._element, size=2000, align="l", colour="accent6")
    tree = layout.shapes._spTree
    bar = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr ' \
        'val="accent1"/></a:solidFill><a:ln><a:noFill/></a:ln>'
    tree.append(parse_xml(_shape_xml(90, "Accent bar", 0, 0, WIDE_WIDTH, Inches(0.14), bar)))
    rule = '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill>' \
        '<a:schemeClr val="accent1"/></a:solidFill></a:ln>'
    tree.append(
        parse_xml(_shape_xml(91, "Title rule", Inches(0.9), Inches(3.95), Inches(8.9), 0, rule))
    )
    # An empty picture placeholder shows its prompt while editing and nothing in the show.
    tree.append(parse_xml(
        f"<p:sp {nsdecls('a', 'p')}><p:nvSpPr><p:cNvPr id=\"92\" name=\"Client logo\"/>"
        "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"pic\" "
        f"idx=\"20\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"{Inches(9.9)}\" "
        f"y=\"{Inches(0.6)}\"/><a:ext cx=\"{Inches(2.8)}\" cy=\"{Inches(1.3)}\"/></a:xfrm>"
        "</p:spPr><p:txBody><a:bodyPr anchor=\"ctr\"/><a:lstStyle><a:lvl1pPr marL=\"0\" "
        "indent=\"0\" algn=\"ctr\"><a:buNone/><a:defRPr sz=\"1200\"/></a:lvl1pPr>"
        f"</a:lstStyle><a:p><a:r><a:rPr lang=\"en-GB\"/><a:t>{_escape(logo_prompt)}</a:t>"
        "</a:r></a:p></p:txBody></p:sp>"
    ))


def _dress_content_layout(layout: SlideLayout) -> None:
    rule = '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill>' \
        '<a:schemeClr val="accent1"/></a:solidFill></a:ln>'
    layout.shapes._spTree.append(
        parse_xml(_shape_xml(90, "Title rule", Inches(0.6), Inches(1.3), Inches(12.13), 0, rule))
    )


def _paragraph_look(element: etree._Element, *, size: int, align: str, colour: str) -> None:
    """Give a layout placeholder its own first-level text look (size, alignment, colour)."""
    body = element.find(qn("p:txBody"))
    styles = body.find(qn("a:lstStyle"))
    if styles is None:
        styles = etree.SubElement(body, qn("a:lstStyle"))
        body.remove(styles)
        body.insert(1, styles)
    for child in list(styles):
        styles.remove(child)
    styles.append(parse_xml(
        f"<a:lvl1pPr {nsdecls('a')} marL=\"0\" indent=\"0\" algn=\"{align}\"><a:buNone/>"
        f"<a:defRPr sz=\"{size}\"><a:solidFill><a:schemeClr val=\"{colour}\"/></a:solidFill>"
        "</a:defRPr></a:lvl1pPr>"
    ))


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def content_top(master: Master) -> Emu:
    """Where the content of a slide may start: below the content layout's title."""
    title = _title_of(master.content_layout)
    assert title is not None  # guaranteed when the master was made
    return Emu(title.top + title.height)
