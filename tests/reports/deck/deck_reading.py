"""Opening rendered decks with python-pptx in the deck tests."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pptx import Presentation
from pptx.presentation import Presentation as PresentationType

SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"


def open_deck(data: bytes) -> PresentationType:
    """The deck, as PowerPoint would read it."""
    return Presentation(io.BytesIO(data))


def titles(deck: PresentationType) -> list[str]:
    """Each slide's title (the title placeholder's text)."""
    return [slide.shapes.title.text if slide.shapes.title is not None else ""
            for slide in deck.slides]


def notes(slide: Any) -> str:
    """A slide's speaker notes ("" without any)."""
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    return frame.text if frame is not None else ""


def slide_text(slide: Any) -> str:
    """Everything a slide shows in text: text boxes, placeholders and table cells."""
    pieces: list[str] = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            pieces.append(shape.text_frame.text)
        if shape.has_table:
            pieces += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(pieces)


def tables(slide: Any) -> Iterator[Any]:
    """The tables on a slide."""
    for shape in slide.shapes:
        if shape.has_table:
            yield shape.table


def slides_titled(deck: PresentationType, prefix: str) -> list[Any]:
    """The slides whose title starts with ``prefix``."""
    return [slide for slide, title in zip(deck.slides, titles(deck), strict=True)
            if title.startswith(prefix)]
