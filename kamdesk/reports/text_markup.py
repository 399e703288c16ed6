"""User text made safe for reportlab's Paragraph markup.

Paragraph parses its text as XML-ish markup: ``a<b`` raises, ``&`` starts an entity and
unknown tags vanish silently. Every piece of user text therefore goes through
:func:`markup` (or :func:`plain` for canvas drawing), which removes control characters,
escapes the rest, turns line breaks into ``<br/>`` and switches to the fallback font for
letters the body font lacks.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from kamdesk.reports.fonts import SYMBOL, fallback_runs

ELLIPSIS = "…"


def plain(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` as a string without control characters, surrogates or private-use codes.

    Tabs and (unless kept) line breaks become spaces, so a name typed with a stray newline
    stays on one line; a lone surrogate from a damaged import would make the PDF's text
    encoder raise.
    """
    if text is None:
        return ""
    value = str(text)
    if value.isprintable():
        # No control, surrogate, private-use or unassigned character, no tab or line break:
        # nothing to remove (most text; the loop below costs a plan about 40 ms).
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    result: list[str] = []
    for char in value:
        if char == "\n":
            result.append("\n" if keep_newlines else " ")
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn"):
            continue
        result.append(char)
    return "".join(result)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


def markup(text: object, *, limit: int | None = None, multiline: bool = False) -> str:
    """Paragraph markup that prints ``text`` literally.

    ``limit`` cuts long text (table cells cannot split across pages, so a 5,000-character
    note must not go into one uncut); ``multiline`` keeps the user's line breaks.
    """
    value = plain(text, keep_newlines=multiline)
    if limit is not None:
        value = shorten(value, limit)
    lines = value.split("\n") if multiline else [value]
    return "<br/>".join(_line_markup(line) for line in lines)


def _line_markup(line: str) -> str:
    parts: list[str] = []
    for run, fallback in fallback_runs(line):
        escaped = escape(run)
        parts.append(f'<font name="{SYMBOL}">{escaped}</font>' if fallback else escaped)
    return "".join(parts)
