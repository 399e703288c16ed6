"""Fitting text to a box without the fonts: widths, wrapping and cutting, figured by hand.

Widths in ems: narrow letters (i l t f r, space, punctuation) 0.32, wide ones (m w M W)
0.9, capitals 0.68, digits 0.56, other letters 0.53, the ellipsis 0.53.
"""

from __future__ import annotations

import pytest

from kamdesk.reports.deck.text_fit import fit, lines_for, text_width, wrap


def test_width_adds_the_letters() -> None:
    # H .68 + e .53 + l .32 + l .32 + o .53 + space .32 + w .9 + o .53 + r .32 + l .32
    # + d .53 = 5.30 em, at 10 pt 53 pt.
    assert text_width("Hello world", 10) == pytest.approx(53.0)
    # "2025": four digits, 4 × 0.56 = 2.24 em; at 12 pt 26.88 pt; bold 6 % more.
    assert text_width("2025", 12) == pytest.approx(26.88)
    assert text_width("2025", 12, bold=True) == pytest.approx(28.4928)


def test_wrap_breaks_at_words() -> None:
    # "alpha" 2.44 em; "alpha beta" 2.44 + .32 + 1.91 = 4.67 em > 4 em: two lines at 10 pt.
    assert wrap("alpha beta gamma", 40, 10) == ["alpha", "beta", "gamma"]
    assert wrap("alpha beta gamma", 100, 10) == ["alpha beta gamma"]


def test_a_word_longer_than_the_line_is_broken_between_letters() -> None:
    # "Supercalifragilistic" is 8.65 em; 5 em hold "Supercalifr" (4.93 em).
    assert wrap("Supercalifragilistic", 50, 10) == ["Supercalifr", "agilistic"]


def test_text_that_fits_is_kept_whole() -> None:
    kept = fit("  Supercalifragilistic ", 50, 10, 2)
    assert (kept.text, kept.cut) == ("Supercalifragilistic", False)


def test_cut_text_ends_in_an_ellipsis_inside_the_box() -> None:
    # One line of 5 em: "Supercalif" + "…" is 4.61 + .53 = 5.14 em, too wide;
    # "Supercali…" 4.29 + .53 = 4.82 em fits.
    cut = fit("Supercalifragilistic", 50, 10, 1)
    assert (cut.text, cut.cut) == ("Supercali…", True)
    # "The quick brown fox" is 9.33 em, with "…" 9.86 em: fits 10 em after a whole word.
    assert fit("The quick brown fox jumps over the lazy dog", 100, 10, 1).text == (
        "The quick brown fox…"
    )


def test_a_cut_inside_a_late_word_goes_back_to_the_word_before() -> None:
    # 9.5 em hold "The quick brown fox" (9.33 em) but not with "…" (9.86 em); the ellipsis
    # fits after "The quick brown fo" (9.33 em): a cut inside "fox", so "fox" goes whole.
    assert fit("The quick brown fox jumps", 95, 10, 1).text == "The quick brown…"


def test_a_word_broken_over_lines_gains_no_space() -> None:
    # Two lines of 5 em of "Supercalifragilisticexpialidocious": the cut keeps the letters
    # of both lines joined, as they were.
    cut = fit("Supercalifragilisticexpialidocious", 50, 10, 2)
    assert cut.cut and " " not in cut.text and cut.text.startswith("Supercalifragili")


def test_no_room_leaves_nothing() -> None:
    assert fit("text", 100, 10, 0) == fit("text", 0, 10, 3)
    assert fit("text", 100, 10, 0).text == "" and fit("text", 100, 10, 0).cut
    assert fit("", 100, 10, 0).cut is False


def test_lines_for_a_height() -> None:
    # A line of 10 pt type takes 12 pt: 50 pt hold four lines.
    assert lines_for(50, 10) == 4
    assert lines_for(5, 10) == 0
