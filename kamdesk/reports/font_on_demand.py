"""A TrueType font registered with reportlab but read from its file only when first used.

Reading a TTF is most of what registering it costs (DejaVu Sans Bold: about 30 ms, over
6,000 glyphs), and a plan rarely needs all seven faces: bold symbols and italic Noto Sans
print only when a bold name holds letters Noto lacks, or a text is set in italics. reportlab
asks a registered font's face for its name only, until it measures or embeds a glyph;
:class:`FaceOnDemand` knows that name beforehand and reads the file at the first other
question, so the document is the same whichever way the font was registered.
"""

from __future__ import annotations

import threading
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from kamdesk.reports.quick_font_face import QuickFace

# Reentrant: reading a face may ask the face for what it has not read yet.
_lock = threading.RLock()


class FaceOnDemand(QuickFace):
    """A TTFontFace that parses its file when asked for anything but its PostScript name
    (with :class:`QuickFace`'s reading of the character tables)."""

    def __init__(self, filename: str, name: bytes) -> None:
        # Not TTFontFace.__init__: that reads the file. __getattr__ does, on demand.
        self.__dict__.update(_kd_file=filename, _kd_read=False, _kd_reading=False, name=name)

    def __getattr__(self, attribute: str) -> Any:
        # Python calls this only for what the instance lacks: before reading, whatever
        # the file holds; afterwards only what no face has (reportlab probes a few).
        state = self.__dict__
        if attribute.startswith("__") or state.get("_kd_read", True):
            raise AttributeError(attribute)
        with _lock:
            if state["_kd_reading"]:  # TTFontFace.__init__ probing, in this thread
                raise AttributeError(attribute)
            if not state["_kd_read"]:
                name = state["name"]
                state["_kd_reading"] = True
                try:
                    TTFontFace.__init__(self, state["_kd_file"])
                finally:
                    state["_kd_reading"] = False
                if self.name != name:
                    raise ValueError(f"{state['_kd_file']} is the font {self.name!r}, "
                                     f"not {name!r}")
                state["_kd_read"] = True
        return getattr(self, attribute)


class FontOnDemand(TTFont):  # type: ignore[misc]
    """A TTFont whose face is read from ``filename`` when first used.

    The same attributes as ``TTFont(name, filename)`` makes (reportlab 4.x), but a
    :class:`FaceOnDemand` for the face; tests/reports/test_font_on_demand.py compares them.
    """

    def __init__(self, name: str, filename: str, face_name: bytes) -> None:
        self.fontName = name
        self.face = FaceOnDemand(filename, face_name)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
