"""How much text fits a box on a slide, without the fonts at hand.

PowerPoint wraps and draws the text itself, in whatever font the master names; the deck
only has to make sure nothing runs out of its box. Each character is given a width (as a
fraction of the font size) close to the widest of the usual presentation fonts (Calibri,
Arial, Aptos), so an estimate errs on the side of "does not fit". A text that does not fit
is cut at a word with "…"; the caller puts the whole text into the speaker notes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

ELLIPSIS = "…"
# Widths in ems. Arial's lowercase letters average about 0.5 em, capitals 0.67 em; the
# classes below round those up rather than down.
_NARROW = frozenset("iljtfrI.,;:!|'`()[]{} ")
_WIDE = frozenset("mwMW@%&")
NARROW_EM = 0.32
WIDE_EM = 0.9
CAPITAL_EM = 0.68
DIGIT_EM = 0.56
DEFAULT_EM = 0.53
FULL_WIDTH_EM = 1.0
# Bold runs are about 6 % wider.
BOLD_FACTOR = 1.06
LINE_SPACING = 1.2


def char_width(char: str) -> float:
    """The estimated width of one character, in ems."""
    if char in _NARROW:
        return NARROW_EM
    if char in _WIDE:
        return WIDE_EM
    if char.isdigit():
        return DIGIT_EM
    if char.isupper():
        return CAPITAL_EM
    if unicodedata.east_asian_width(char) in ("W", "F") or ord(char) > 0xFFFF:
        return FULL_WIDTH_EM  # CJK, emoji
    return DEFAULT_EM


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The estimated width of ``text`` set in ``size`` points, in points."""
    width = sum(char_width(char) for char in text) * size
    return width * BOLD_FACTOR if bold else width


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (words longer than a line
    are broken between letters, as PowerPoint does)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, bold=bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while text_width(word, size, bold=bold) > width and len(word) > 1:
            cut = _longest_prefix(word, width, size, bold)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _longest_prefix(word: str, width: float, size: float, bold: bool) -> int:
    used = 0.0
    for index, char in enumerate(word):
        used += char_width(char) * size * (BOLD_FACTOR if bold else 1.0)
        if used > width:
            return max(1, index)
    return len(word)


@dataclass(frozen=True)
class Fitted:
    """Text cut to fit a box; ``cut`` says whether anything was left out."""

    text: str
    cut: bool


def fit(text: str, width: float, size: float, lines: int, *, bold: bool = False) -> Fitted:
    """``text`` shortened with "…" so that it wraps to at most ``lines`` lines.

    The result is a prefix of the original words (never rewrapped), so PowerPoint lays it
    out as it would the whole text, and stops before the box ends.
    """
    clean = " ".join(text.split())
    if lines <= 0 or width <= 0:
        return Fitted("", bool(clean))
    wrapped = wrap(clean, width, size, bold=bold)
    if len(wrapped) <= lines:
        return Fitted(clean, False)
    kept = wrapped[:lines]
    line = kept[-1]
    last = line
    while last and text_width(last + ELLIPSIS, size, bold=bold) > width:
        last = last[:-1]
    if len(last) < len(line) and not line[len(last)].isspace():
        # Cut inside a word: end at the word before when it is near, since "Predictive
        # maint…" reads worse than "Predictive…".
        space = last.rfind(" ")
        if space > len(last) * 0.6:
            last = last[:space]
    # Map the kept letters back onto the original text: a word broken between lines must
    # not gain a space.
    letters = sum(len(line.replace(" ", "")) for line in kept[:-1]) + len(last.replace(" ", ""))
    return Fitted(_prefix(clean, letters).rstrip(" ,;:-–") + ELLIPSIS, True)


def _prefix(text: str, letters: int) -> str:
    """The shortest start of ``text`` that holds ``letters`` non-space characters."""
    seen = 0
    for index, char in enumerate(text):
        if seen == letters:
            return text[:index]
        if char != " ":
            seen += 1
    return text


def lines_for(height: float, size: float) -> int:
    """How many lines of ``size`` points fit ``height`` points."""
    return max(0, int(height // (size * LINE_SPACING)))
