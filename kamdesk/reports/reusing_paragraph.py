"""A reportlab Paragraph that does not repeat work: parsing its markup, breaking its lines.

A plan has about 800 small paragraphs, most of them table cells. reportlab parses every
paragraph's markup with an HTML parser (one per paragraph), although most cells are plain
words and the rest repeat a handful of shapes (a scorecard's dots, "—", a status word);
and a table breaks each cell's lines two or three times at the same width (measuring the
rows, splitting at a page end, drawing). :class:`ReusingParagraph` skips both repeats and
nothing else, so the document is the same, byte for byte:

- plain text (no ``<`` or ``&``) would parse to a single fragment carrying the style's font
  and colour, so it gets a copy of that fragment (parsed once per style) with its text;
- other markup is parsed once per style and text, and every paragraph gets its own copies of
  the fragments, when it uses only tags whose meaning is fixed by the markup (``b``,
  ``font``, ``br``); anything else (links, counters, callbacks) is parsed every time;
- :meth:`wrap` at the width of the last wrap returns the lines it already broke.

tests/reports/test_reusing_paragraph.py holds it to reportlab's own Paragraph.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

# Markup is reused when, without these tags, no tag is left.
_REUSABLE_TAGS = re.compile(r"</?(?:b|font|br)(?:\s[^<>]*)?/?>")

# A parsed paragraph: its cleaned text, the style the parser returned and the fragments.
_Parsed = tuple[str, Any, list[Any]]
# Per style, and dropped with it (one document's styles, one document's cache): the parse
# of a plain word, and parsed markup by its text.
_plain_by_style: WeakKeyDictionary[ParagraphStyle, _Parsed] = WeakKeyDictionary()
_parsed_by_style: WeakKeyDictionary[ParagraphStyle, dict[str, _Parsed]] = WeakKeyDictionary()
_lock = threading.Lock()


def _copies(fragments: list[Any]) -> list[Any]:
    """Fresh fragments for one paragraph: reportlab changes a paragraph's own fragments."""
    return [fragment.clone() for fragment in fragments]


def _plain(text: str) -> bool:
    """Whether the parser would read ``text`` as one run of characters."""
    return "<" not in text and "&" not in text


def _reusable(text: str) -> bool:
    """Whether parsing ``text`` gives the same fragments every time."""
    return "<" not in _REUSABLE_TAGS.sub("", text)


def _parse(text: str, style: ParagraphStyle) -> _Parsed:
    """reportlab's own parse (and its errors), kept before a wrap changes the fragments."""
    paragraph = Paragraph(text, style)
    return paragraph.text, paragraph.style, _copies(paragraph.frags)


def _parsed(text: str, style: ParagraphStyle) -> _Parsed | None:
    """Cleaned text, style and fresh fragments of ``text``, parsed as few times as may be;
    None for markup that must be parsed every time."""
    cleaned = cleanBlockQuotedText(text)
    if cleaned and _plain(cleaned):
        template = _plain_by_style.get(style)
        if template is None:
            template = _parse("x", style)
            with _lock:
                _plain_by_style[style] = template
        _, parsed_style, (fragment,) = template
        fragments = [fragment.clone(text=cleaned)]
        textTransformFrags(fragments, parsed_style)
        return cleaned, parsed_style, fragments
    if not _reusable(text):
        return None
    with _lock:
        known = _parsed_by_style.setdefault(style, {})
    entry = known.get(text)
    if entry is None:
        entry = _parse(text, style)
        with _lock:
            known[text] = entry
    cleaned, parsed_style, fragments = entry
    return cleaned, parsed_style, _copies(fragments)


class ReusingParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that reuses parsed markup and the lines of its last wrap."""

    frags: list[Any]  # reportlab's: parsed fragments, then the words of the last breaking

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        self._kd_wrapped: tuple[float, Any] | None = None
        self._kd_broken = False
        parsed = None
        if (
            frags is None
            and text is not None
            and style is not None
            and bulletText is None
            and getattr(style, "bulletText", None) is None
            and caseSensitive == 1
        ):
            parsed = _parsed(text, style)
        if parsed is None:
            # Markup that is not reused, and the halves split() makes (from fragments).
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        else:
            cleaned, parsed_style, fragments = parsed
            super().__init__(cleaned, parsed_style, None, fragments, caseSensitive, encoding)
        # The fragments as parsed: breaking lines rewrites self.frags (see wrap). The halves
        # of a split hold reportlab's word lists instead, which it breaks its own way.
        self._kd_parsed = _copies(self.frags) if frags is None else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Paragraph.wrap, unless the lines were already broken at this width; and broken
        from the parsed fragments each time, as a new paragraph's would be.

        reportlab breaks a paragraph's lines again from the words of its previous breaking,
        and there loses the hyphen a word was broken at (a table wraps each cell to measure
        it and again to draw it: it printed "MüllerLüdenscheidt" and "ElektroInstandhaltung").
        """
        last = self._kd_wrapped
        if last is not None and last[0] == availWidth and getattr(self, "blPara", None) is last[1]:
            self.width = availWidth
            return self.width, self.height
        if self._kd_broken and self._kd_parsed is not None:
            self.frags = _copies(self._kd_parsed)
        self._kd_broken = True
        width, height = super().wrap(availWidth, availHeight)
        blocks = getattr(self, "blPara", None)
        # A width too narrow returns early and breaks nothing: nothing to remember then.
        remembered = blocks is not None and width == availWidth
        self._kd_wrapped = (availWidth, blocks) if remembered else None
        return width, height
