"""Registers the shipped TrueType fonts with reportlab, once per process.

The 14 standard PDF fonts only cover Western European letters and are never embedded, so
every document uses these TTFs (reportlab embeds a subset of each automatically). Noto Serif
sets headings, Noto Sans the body; DejaVu Sans fills in the letters and symbols Noto Sans
lacks (Hebrew, Arabic, the whitespace status symbols), see :func:`fallback_runs`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kamdesk.reports.font_on_demand import FontOnDemand
from kamdesk.reports.quick_font_face import QuickFont

SERIF = "KD-Serif"
SERIF_BOLD = "KD-Serif-Bold"
SANS = "KD-Sans"
SANS_BOLD = "KD-Sans-Bold"
SANS_ITALIC = "KD-Sans-Italic"
SYMBOL = "KD-Symbol"
SYMBOL_BOLD = "KD-Symbol-Bold"

_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SYMBOL: "DejaVuSans.ttf",
    SYMBOL_BOLD: "DejaVuSans-Bold.ttf",
}

# Faces a document seldom prints (italics, bold symbols): registered at once, read from
# their file when first used (see kamdesk.reports.font_on_demand), by PostScript name.
_ON_DEMAND = {SANS_ITALIC: b"NotoSans-Italic", SYMBOL_BOLD: b"DejaVuSans-Bold"}

_lock = threading.Lock()
_registered = False
_sans_chars: frozenset[int] = frozenset()
_symbol_chars: frozenset[int] = frozenset()
# Whether Noto Sans has every ASCII character DejaVu Sans has (then ASCII text never
# needs the fallback font, and fallback_runs need not look at each character).
_ascii_in_sans = False


def font_dir() -> resources.abc.Traversable:
    """The folder of the shipped fonts, inside the installed package."""
    return resources.files("kamdesk") / "resources" / "fonts"


def register_fonts() -> None:
    """Register every font and its bold/italic family mapping; safe to call often."""
    global _registered, _sans_chars, _symbol_chars, _ascii_in_sans
    with _lock:
        if _registered:
            return
        folder = font_dir()
        fonts: dict[str, TTFont] = {}
        for name, filename in _FILES.items():
            source = folder / filename
            if name in _ON_DEMAND and isinstance(source, Path):
                fonts[name] = FontOnDemand(name, str(source), _ON_DEMAND[name])
            else:
                # as_file: a zipped install (zipapp) has no real path to open later.
                with resources.as_file(source) as path:
                    fonts[name] = QuickFont(name, str(path))
            pdfmetrics.registerFont(fonts[name])
        # <b> and <i> inside a Paragraph look up these mappings.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF)
        addMapping(SERIF, 1, 1, SERIF_BOLD)
        addMapping(SYMBOL, 0, 0, SYMBOL)
        addMapping(SYMBOL, 1, 0, SYMBOL_BOLD)
        addMapping(SYMBOL, 0, 1, SYMBOL)
        addMapping(SYMBOL, 1, 1, SYMBOL_BOLD)
        _sans_chars = frozenset(fonts[SANS].face.charToGlyph)
        _symbol_chars = frozenset(fonts[SYMBOL].face.charToGlyph)
        _ascii_in_sans = all(
            code in _sans_chars or code not in _symbol_chars or chr(code).isspace()
            for code in range(128)
        )
        _registered = True


def has_glyph(font: str, char: str) -> bool:
    """Whether a registered font draws ``char`` (not its empty "missing" box)."""
    register_fonts()
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def fallback_runs(text: str) -> Iterator[tuple[str, bool]]:
    """Split text into runs, flagging those Noto Sans lacks but DejaVu Sans can draw.

    A character neither font has (most emoji) stays in the main run: it prints as the
    font's missing-glyph box, which is acceptable, but its code still goes into the PDF's
    text layer, so copying and searching keep working.
    """
    register_fonts()
    if text.isascii() and _ascii_in_sans:
        if text:
            yield text, False
        return
    run: list[str] = []
    in_fallback = False
    for char in text:
        code = ord(char)
        fallback = code not in _sans_chars and code in _symbol_chars and not char.isspace()
        if fallback != in_fallback and run:
            yield "".join(run), in_fallback
            run = []
        in_fallback = fallback
        run.append(char)
    if run:
        yield "".join(run), in_fallback
