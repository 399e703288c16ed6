"""User text made safe for the PDF: plain() and the fallback-font runs, held to the
character-by-character rules they implement (both return early for ordinary text)."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.reports import fonts
from kamdesk.reports.fonts import fallback_runs, has_glyph
from kamdesk.reports.text_markup import markup, plain

# Ordinary text and the awkward kinds: controls, surrogates, private use, unassigned,
# line breaks and tabs, letters Noto Sans lacks (Hebrew, Arabic, symbols), emoji.
_AWKWARD = "\x00\x07\x1b\t\r\n\u2028\ud800\ue000\U000f0001\u0378 שלום مرحبا ●◐○✕ 😀 Ωß"
TEXTS = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(list(_AWKWARD))),
    max_size=30,
)


def plain_by_the_rules(text: str, keep_newlines: bool) -> str:
    value = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = []
    for char in value:
        if char == "\n":
            kept.append("\n" if keep_newlines else " ")
        elif unicodedata.category(char) not in ("Cc", "Cs", "Co", "Cn"):
            kept.append(char)
    return "".join(kept)


def needs_fallback(char: str) -> bool:
    return (not has_glyph(fonts.SANS, char) and has_glyph(fonts.SYMBOL, char)
            and not char.isspace())


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, keep_newlines=st.booleans())
def test_plain_removes_exactly_what_the_pdf_cannot_hold(text: str, keep_newlines: bool) -> None:
    assert plain(text, keep_newlines=keep_newlines) == plain_by_the_rules(text, keep_newlines)


def test_plain_keeps_ordinary_text_and_spaces() -> None:
    assert plain("Jörg Weiß, Key-Account-Manager (Werk Plzeň)") == (
        "Jörg Weiß, Key-Account-Manager (Werk Plzeň)"
    )
    assert plain("two\nlines\tand\u00a0more") == "two lines and\u00a0more"
    assert plain(None) == ""
    assert plain(12) == "12"


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_fallback_runs_flag_each_character_noto_sans_lacks(text: str) -> None:
    runs = list(fallback_runs(text))
    assert "".join(run for run, _ in runs) == text
    assert all(run for run, _ in runs)
    for (_, first), (_, second) in pairwise(runs):
        assert first != second  # neighbouring runs differ, or they would be one
    for run, fallback in runs:
        assert {needs_fallback(char) for char in run} == {fallback}


def test_ascii_text_is_one_run_in_the_body_font() -> None:
    assert list(fallback_runs("Order #4711: 25% off, <b> & 'quotes'")) == [
        ("Order #4711: 25% off, <b> & 'quotes'", False)
    ]
    assert list(fallback_runs("")) == []
    assert markup("AT&T <Nord>") == "AT&amp;T &lt;Nord&gt;"
    assert markup("Shalom שלום") == 'Shalom <font name="KD-Symbol">שלום</font>'
