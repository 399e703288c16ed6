"""Decks on the firm's own template: layouts found by name or by their placeholders, the
template's sample slides dropped, and a clear refusal of a template that cannot serve."""

from __future__ import annotations

import io

import pytest
from office_files import all_text
from plan_factory import rich_plan
from pptx import Presentation
from pptx.util import Inches

from deck.deck_reading import open_deck, titles
from kamdesk.reports.deck import TemplateError, render_deck

SECTIONS = ["cover", "summary", "goals"]


def _template(*, rename: dict[str, str] | None = None, drop_titles: bool = False,
              sample: bool = True) -> bytes:
    """A firm's template: python-pptx's default master, 4:3, with a sample slide."""
    deck = Presentation()
    for layout in deck.slide_layouts:
        if rename and layout.name in rename:
            layout.name = rename[layout.name]
        if drop_titles:
            for shape in list(layout.placeholders):
                if shape.placeholder_format.type in (1, 3):  # TITLE, CENTER_TITLE
                    shape._element.getparent().remove(shape._element)
    if sample:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = "Sample slide: confidential pricing ZZSAMPLE"
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def test_layouts_found_by_name_and_sample_slides_dropped() -> None:
    data = render_deck(rich_plan(), sections=SECTIONS, template=_template()).pptx
    deck = open_deck(data)
    assert titles(deck) == ["Helios Maschinenbau AG", "Where we stand", "Goals"]
    assert [s.slide_layout.name for s in deck.slides] == ["Title Slide", "Title Only",
                                                         "Title Only"]
    # The template's size stays (4:3 here); nothing of its sample slide remains.
    assert deck.slide_width == Inches(10)
    assert "ZZSAMPLE" not in all_text(data)


def test_layouts_found_by_placeholder_type_when_named_otherwise() -> None:
    names = {"Title Slide": "Kamdesk Cover", "Title Only": "Headline",
             "Title and Content": "Headline and body"}
    deck = open_deck(render_deck(rich_plan(), sections=SECTIONS,
                                 template=_template(rename=names)).pptx)
    layouts = [s.slide_layout.name for s in deck.slides]
    assert layouts[0] == "Kamdesk Cover"  # the layout with a centred title
    # The emptiest layout with a title: no body placeholder to leave empty.
    assert layouts[1] == layouts[2] == "Headline"


def test_german_layout_names_are_found() -> None:
    names = {"Title Slide": "Titelfolie", "Title Only": "Nur Titel"}
    deck = open_deck(render_deck(rich_plan(), lang="de", sections=SECTIONS,
                                 template=_template(rename=names)).pptx)
    assert [s.slide_layout.name for s in deck.slides] == ["Titelfolie", "Nur Titel", "Nur Titel"]


def test_a_template_without_any_title_layout_is_refused_by_name() -> None:
    with pytest.raises(TemplateError) as refused:
        render_deck(rich_plan(), template=_template(drop_titles=True, sample=False),
                    template_name="firm.pptx")
    message = str(refused.value)
    assert message.startswith("The template firm.pptx has no slide layout with a title")
    assert "“Title Only”" in message and "\n" not in message


@pytest.mark.parametrize("data", [b"", b"not a presentation", b"PK\x03\x04broken zip"])
def test_a_damaged_template_is_refused(data: bytes) -> None:
    with pytest.raises(TemplateError, match="is not a PowerPoint presentation"):
        render_deck(rich_plan(), template=data, template_name="broken.pptx")


def test_a_word_file_is_not_a_template() -> None:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    with pytest.raises(TemplateError, match="not a PowerPoint presentation"):
        render_deck(rich_plan(), template=buffer.getvalue(), template_name="plan.docx")
