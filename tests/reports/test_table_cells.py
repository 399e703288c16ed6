"""Table cells: a word too long for its column breaks where it already has a hyphen."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from kamdesk.reports.styles import make_styles


def lines_of(text: str, width: float) -> list[str]:
    style = make_styles().cell  # registers the fonts too
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 1000)
    return [" ".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]


def test_a_hyphenated_word_breaks_after_its_hyphen_not_inside_a_part() -> None:
    style = make_styles().cell
    room = stringWidth("Key-Account-Man", style.fontName, style.fontSize) + 1
    assert lines_of("Key-Account-Manager", room) == ["Key-Account-", "Manager"]


def test_a_word_without_hyphens_is_still_split_when_nothing_else_fits() -> None:
    style = make_styles().cell
    room = stringWidth("Instandhaltungs", style.fontName, style.fontSize) + 1
    lines = lines_of("Instandhaltungsvertrag", room)
    assert len(lines) == 2 and "".join(lines) == "Instandhaltungsvertrag"
