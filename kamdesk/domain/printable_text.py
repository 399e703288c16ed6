"""User text cleaned of what files must not carry: control characters and broken code points.

XML 1.0 (SVG) refuses every C0 control but tab and line breaks, lone surrogates and the
non-characters U+FFFE/U+FFFF, whatever the escaping; iCalendar (RFC 5545) allows no control
character but tab in a value; terminals interpret ESC. A name pasted from a damaged import
can hold any of them, so exported text goes through :func:`printable` first.
"""

from __future__ import annotations

import unicodedata

_KEPT_CONTROLS = {"\t", "\n"}


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` without control characters, surrogates and non-characters.

    Tabs stay; line breaks stay (``\\r\\n`` and ``\\r`` become ``\\n``) unless
    ``keep_newlines`` is false, when they become spaces.
    """
    value = text.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_newlines:
        value = value.replace("\n", " ")
    kept: list[str] = []
    for char in value:
        if char in _KEPT_CONTROLS:
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or char in ("\ufffe", "\uffff"):
            continue
        kept.append(char)
    return "".join(kept)
