"""Pictures on slides as PowerPoint stores an inserted SVG: vector, with a PNG beside it.

PowerPoint 2016 and later (and Microsoft 365) draw the SVG, sharp at any zoom; viewers that
do not know SVG in a deck (older PowerPoint, LibreOffice Impress up to 7.x, Keynote) draw
the PNG, which is rendered at a resolution fit for a projector. The SVG is linked from the
picture's ``a:blip`` through Microsoft's ``svgBlip`` extension, the PNG is the blip itself.
"""

from __future__ import annotations

import io
from typing import Any, cast

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.shapes.picture import Picture
from pptx.slide import Slide

from kamdesk.reports.deck.deck_canvas import Box, pt

SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
SVG_CONTENT_TYPE = "image/svg+xml"


def add_picture(slide: Slide, box: Box, png: bytes, svg: bytes | None, name: str) -> Picture:
    """The picture filling ``box`` (its aspect ratio kept by the caller), SVG first if given."""
    picture = slide.shapes.add_picture(
        io.BytesIO(png), pt(box.x), pt(box.y), pt(box.width), pt(box.height)
    )
    picture.name = name
    if svg is not None:
        package = slide.part.package
        part = Part(
            package.next_partname("/ppt/media/image%d.svg"), SVG_CONTENT_TYPE, package, svg
        )
        rel_id = slide.part.relate_to(part, RT.IMAGE)
        blip = cast(Any, picture._element).blipFill.blip
        blip.append(parse_xml(
            f"<a:extLst {nsdecls('a', 'r')}><a:ext uri=\"{SVG_EXTENSION}\">"
            f"<asvg:svgBlip xmlns:asvg=\"{SVG_NAMESPACE}\" r:embed=\"{rel_id}\"/>"
            "</a:ext></a:extLst>"
        ))
    return picture


def fitted(box: Box, width: float, height: float) -> Box:
    """The largest box of ``width:height`` proportions inside ``box``, centred at its top."""
    if width <= 0 or height <= 0:
        return box
    scale = min(box.width / width, box.height / height)
    shown_w, shown_h = width * scale, height * scale
    return Box(box.x + (box.width - shown_w) / 2, box.y, shown_w, shown_h)
