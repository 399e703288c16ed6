"""reportlab drawings as picture files for office documents: PNG at a chosen resolution, and
SVG whose text names fonts an office suite has.

A drawing's strings name kamdesk's registered fonts ("KD-Sans"), which exist only inside
reportlab; in an SVG they would fall back to a serif font of the viewer's choosing. The
SVG therefore names the real families (Noto Sans first, then fonts every office machine
has), with bold as a weight.
"""

from __future__ import annotations

import re

from reportlab.graphics import renderPM, renderSVG
from reportlab.graphics.shapes import Drawing

from kamdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    SERIF,
    SERIF_BOLD,
    SYMBOL,
    SYMBOL_BOLD,
    register_fonts,
)

_SANS = "'Noto Sans', Calibri, Arial, sans-serif"
_SERIF = "'Noto Serif', Georgia, serif"
_SYMBOL = "'DejaVu Sans', 'Segoe UI Symbol', sans-serif"
_FAMILIES = {
    SANS_BOLD: f"{_SANS}; font-weight: bold",
    SANS_ITALIC: f"{_SANS}; font-style: italic",
    SANS: _SANS,
    SERIF_BOLD: f"{_SERIF}; font-weight: bold",
    SERIF: _SERIF,
    SYMBOL_BOLD: f"{_SYMBOL}; font-weight: bold",
    SYMBOL: _SYMBOL,
}
_FONT = re.compile(r"font-family: ?([A-Za-z-]+)")
# reportlab names the SVG 1.0 DTD on the web; an office suite must not go looking for it.
_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>\s*", re.S)


class PngUnavailableError(RuntimeError):
    """reportlab's bitmap renderer is not installed, so no PNG can be made here."""


def drawing_png(drawing: Drawing, dpi: float) -> bytes:
    """The drawing as a PNG image at ``dpi`` (72 dpi: one pixel per point)."""
    register_fonts()
    # reportlab 4 ships no rasteriser of its own: either of these add-on packages does.
    for backend in ("rlPyCairo", "_renderPM"):
        try:
            data: bytes = renderPM.drawToString(drawing, fmt="PNG", dpi=dpi, backend=backend)
        except renderPM.RenderPMError:
            continue
        return data
    raise PngUnavailableError(
        "PNG export needs reportlab's bitmap renderer (the rl_renderPM or rlPyCairo package), "
        "which is not installed; export SVG or PDF instead, or PNG from the app's map."
    )


def drawing_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG, its text in real font families."""
    register_fonts()
    svg: str = _DOCTYPE.sub("", renderSVG.drawToString(drawing), count=1)
    return _FONT.sub(lambda m: "font-family: " + _FAMILIES.get(m.group(1), _SANS), svg).encode(
        "utf-8"
    )
