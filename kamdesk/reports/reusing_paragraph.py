"""A reportlab Paragraph that does not repeat work: parsing its markup, breaking its lines.

A plan has about 800 small paragraphs, most of them table cells. reportlab parses every
paragraph's markup with an HTML parser (one per paragraph), although most cells are plain
words and the rest repeat a handful of shapes (a scorecard's dots, "—", a status word);
and a table breaks each cell's lines two or three times at the same width (measuring the
rows, splitting at a page end, drawing). :class:`ReusingParagraph` skips both repeats and
nothing else, so the document is the same, byte for byte:

- markup is parsed once per style and *shape*: the markup with each run of text between
  its tags replaced by a marker, when it uses only tags whose meaning is fixed by the markup
  (``b``, ``font``, ``br``) and no entities. A cell's name and title, a plain word, a
  scorecard's dots: each shape is parsed once, and every paragraph gets its own copies of
  the shape's fragments with its own runs of text in place of the markers. Markup with
  entities is parsed once per text; anything else (links, counters, callbacks) every time;
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
_TAG = re.compile(r"(<[^<>]*>)")
# Marker of the n-th run of text in a shape: chr(_MARKER + n), from Unicode's supplementary
# private use area (no text of ours holds one; a text that does is parsed as it is).
_MARKER = 0xF0000
_MARKERS = 0x10000

# A parsed paragraph: its cleaned text, the style the parser returned and the fragments.
_Parsed = tuple[str, Any, list[Any]]
# A parsed shape: the style, the fragments, and which run of text each fragment holds
# (None: none, e.g. a line break). None: the shape did not parse into one fragment per run.
_Shape = tuple[Any, list[Any], list[int | None]] | None
# Per style, and dropped with it (one document's styles, one document's caches).
_shapes_by_style: WeakKeyDictionary[ParagraphStyle, dict[str, _Shape]] = WeakKeyDictionary()
_parsed_by_style: WeakKeyDictionary[ParagraphStyle, dict[str, _Parsed]] = WeakKeyDictionary()
_lock = threading.Lock()


def _copies(fragments: list[Any]) -> list[Any]:
    """Fresh fragments for one paragraph: reportlab changes a paragraph's own fragments."""
    return [fragment.clone() for fragment in fragments]


def _reusable(text: str) -> bool:
    """Whether parsing ``text`` gives the same fragments every time."""
    return "<" not in _REUSABLE_TAGS.sub("", text)


def _parse(text: str, style: ParagraphStyle) -> _Parsed:
    """reportlab's own parse (and its errors), kept before a wrap changes the fragments."""
    paragraph = Paragraph(text, style)
    return paragraph.text, paragraph.style, _copies(paragraph.frags)


def shape_of(cleaned: str) -> tuple[str, list[str]] | None:
    """The markup with each run of text replaced by its marker, and the runs; None for
    markup that is parsed otherwise (other tags, entities, a marker in the text)."""
    if "&" in cleaned or not _reusable(cleaned):
        return None
    runs: list[str] = []
    pieces = _TAG.split(cleaned)
    for index in range(0, len(pieces), 2):  # text, tag, text, tag, …, text
        run = pieces[index]
        if run:
            if len(runs) == _MARKERS or any(ord(c) >= _MARKER for c in run):
                return None
            pieces[index] = chr(_MARKER + len(runs))
            runs.append(run)
    return "".join(pieces), runs


def _parsed_shape(shape: str, style: ParagraphStyle) -> _Shape:
    """The shape parsed once, with the run each fragment holds; None if the parser refused
    it or did not make one fragment of each run (then the paragraph is parsed as it is)."""
    try:
        _, parsed_style, fragments = _parse(shape, style)
    except ValueError:
        return None  # bad markup: parsed as it is, so reportlab's message names the text
    slots: list[int | None] = []
    for fragment in fragments:
        text = getattr(fragment, "text", None)
        if text == "":
            slots.append(None)
        elif text is not None and len(text) == 1 and ord(text) >= _MARKER:
            slots.append(ord(text) - _MARKER)
        else:
            return None
    runs = sum(1 for c in shape if ord(c) >= _MARKER)
    if [slot for slot in slots if slot is not None] != list(range(runs)):
        return None
    return parsed_style, fragments, slots


def _parsed(text: str, style: ParagraphStyle) -> _Parsed | None:
    """Cleaned text, style and fresh fragments of ``text``, parsed as few times as may be;
    None for markup that must be parsed every time."""
    cleaned = cleanBlockQuotedText(text)
    shaped = shape_of(cleaned) if cleaned else None
    if shaped is not None:
        shape, runs = shaped
        with _lock:
            shapes = _shapes_by_style.setdefault(style, {})
        if shape not in shapes:
            parsed_shape = _parsed_shape(shape, style)
            with _lock:
                shapes[shape] = parsed_shape
        entry = shapes[shape]
        if entry is not None:
            parsed_style, fragments, slots = entry
            fresh = [
                fragment.clone() if slot is None else fragment.clone(text=runs[slot])
                for fragment, slot in zip(fragments, slots, strict=True)
            ]
            textTransformFrags(fresh, parsed_style)
            return cleaned, parsed_style, fresh
    if not _reusable(text):
        return None
    with _lock:
        known = _parsed_by_style.setdefault(style, {})
    parsed = known.get(text)
    if parsed is None:
        parsed = _parse(text, style)
        with _lock:
            known[text] = parsed
    cleaned, parsed_style, fragments = parsed
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
