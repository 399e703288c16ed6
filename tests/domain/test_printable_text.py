"""Exported text loses control characters and broken code points, and nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.printable_text import printable


def test_controls_go_and_line_breaks_are_normalised() -> None:
    assert printable("Call\x00 back\x1b[31m\x07 now\x7f\x85") == "Call back[31m now"
    assert printable("a\r\nb\rc\nd\te") == "a\nb\nc\nd\te"
    assert printable("a\r\nb", keep_newlines=False) == "a b"


def test_surrogates_and_non_characters_go_letters_stay() -> None:
    assert printable("Br\udcfchl \ufffe\uffffAG") == "Brhl AG"
    assert printable("Zakłady Łódź – 😀 ü ß") == "Zakłady Łódź – 😀 ü ß"


@given(st.text(st.characters(codec=None)))
def test_the_result_is_valid_xml_and_utf8(text: str) -> None:
    cleaned = printable(text)
    cleaned.encode("utf-8")  # no lone surrogates left
    assert all(
        c in "\t\n" or (c >= " " and c not in "\x7f\ufffe\uffff" and not "\x80" <= c <= "\x9f")
        for c in cleaned
    )
