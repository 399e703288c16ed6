"""The stakeholder map on slides: a vector picture with a PNG beside it, split by
department (like the printed plan) when an organisation is too big for one slide."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree
from PIL import Image
from plan_factory import big_plan, rich_plan

from deck.deck_reading import SVG_EXTENSION, notes, open_deck, slide_text, slides_titled
from kamdesk.reports.deck import render_deck

pytestmark = pytest.mark.slow  # 300 people are drawn twice over (SVG and PNG)


def _pictures(slide: object) -> list[object]:
    return [shape for shape in slide.shapes if shape.shape_type == 13]  # type: ignore[attr-defined]


def test_map_is_svg_with_a_png_fallback() -> None:
    data = render_deck(rich_plan(), sections=["stakeholder_map"]).pptx
    [slide] = open_deck(data).slides
    [picture] = _pictures(slide)
    assert picture.image.content_type == "image/png"  # type: ignore[attr-defined]
    # The PNG is sharp enough for a projector: 150 pixels per inch of slide.
    width_inches = picture.width / 914400  # type: ignore[attr-defined]
    pixels = Image.open(io.BytesIO(picture.image.blob)).size[0]  # type: ignore[attr-defined]
    assert pixels / width_inches == pytest.approx(150, rel=0.05)
    blip = picture._element.blipFill.blip  # type: ignore[attr-defined]
    [extension] = [e for e in blip.iter() if e.get("uri") == SVG_EXTENSION]
    svg_ref = extension[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships}embed")
    svg_part = slide.part.related_part(svg_ref)
    assert svg_part.content_type == "image/svg+xml"
    root = etree.fromstring(svg_part.blob)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    # The SVG names real fonts, not the names reportlab registered them under.
    assert b"KD-Sans" not in svg_part.blob and b"Noto Sans" in svg_part.blob
    assert b"<!DOCTYPE" not in svg_part.blob  # nothing to fetch from the web
    assert b"Dr. Katrin Vogel" in svg_part.blob
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml").decode()
    assert "image/svg+xml" in types
    assert "Dr. Katrin Vogel" in notes(slide) and "Champion" in notes(slide)


def test_three_hundred_people_are_split_by_department() -> None:
    plan = big_plan(300)
    deck = open_deck(render_deck(plan, sections=["stakeholder_map"]).pptx)
    slides = slides_titled(deck, "Stakeholder map")
    parts = len(slides)
    assert parts > 1
    assert [slide.shapes.title.text for slide in slides] == [
        f"Stakeholder map ({n}/{parts})" for n in range(1, parts + 1)
    ]
    named = set()
    for slide in slides:
        assert "Department" in slide_text(slide)
        [picture] = _pictures(slide)
        assert picture.left >= 0 and picture.top >= 0  # type: ignore[attr-defined]
        assert picture.left + picture.width <= deck.slide_width  # type: ignore[attr-defined]
        assert picture.top + picture.height <= deck.slide_height  # type: ignore[attr-defined]
        # The notes read once per slide: python-pptx rebuilds the text on every call.
        text = notes(slide)
        named |= {p.name for p in plan.stakeholders if f"{p.name} — " in text}
    # Everyone is on some slide, named in its notes.
    assert named == {p.name for p in plan.stakeholders}
