"""The one palette: every word set in colour stays readable, on screen and on paper."""

from __future__ import annotations

import pytest

from kamdesk.domain import palette


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # #767676 is the classic lightest grey that reaches 4.5 : 1 on white.
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    ("fill", "ink"),
    [
        *palette.GOAL_BADGE.values(),
        *palette.CELL.values(),
        *palette.TIER.values(),
        *((palette.WHITE, ink) for ink in (palette.ACCENT, palette.TEXT, palette.MUTED,
                                             palette.GREEN, palette.RED, palette.BLUE)),
    ],
)
def test_every_word_in_colour_reads_against_its_background(fill: str, ink: str) -> None:
    assert contrast(fill, ink) >= 4.5


def test_marks_differ_in_lightness_not_only_in_hue() -> None:
    # Grey-scale prints: neighbouring attitudes and classes must not merge.
    attitudes = [_luminance(colour) for colour in palette.ATTITUDE.values()]
    assert len({round(value, 2) for value in attitudes}) == len(attitudes)
    classes = [_luminance(colour) for colour in palette.ABC_CLASS.values()]
    assert classes == sorted(classes)  # A darkest, C lightest
