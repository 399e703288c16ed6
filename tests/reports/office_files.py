"""Reading .pptx and .docx files back in the report tests.

:func:`all_text` is deliberately blunt: every text node and attribute value of every XML
part in the package (slides, notes, layouts, charts, document properties, relationships,
pictures stored as SVG), and of every workbook embedded in it (a chart's data sheet). What
it finds is everything a recipient could find by unzipping the file.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

_TEXT_PARTS = (".xml", ".rels", ".svg", ".vml")


def all_text(data: bytes) -> str:
    """All text and attribute values of an OOXML package, embedded packages included."""
    pieces: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            blob = package.read(name)
            if name.endswith((".xlsx", ".xlsm", ".docx", ".pptx")):
                pieces.append(all_text(blob))
            elif name.endswith(_TEXT_PARTS):
                pieces.append(_xml_text(blob))
    return "\n".join(pieces)


def _xml_text(blob: bytes) -> str:
    root = etree.fromstring(blob, parser=etree.XMLParser(resolve_entities=False))
    pieces: list[str] = []
    for element in root.iter():
        if element.text:
            pieces.append(element.text)
        if element.tail:
            pieces.append(element.tail)
        pieces.extend(str(value) for value in element.attrib.values())
    return " ".join(pieces)


def part_names(data: bytes) -> list[str]:
    """The names of the parts in an OOXML package."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.namelist()


def slide_and_notes_text(data: bytes) -> str:
    """What a deck shows and says: the text of every shape, table cell and speaker note."""
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    pieces: list[str] = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                pieces.append(shape.text_frame.text)
            if shape.has_table:
                pieces += [cell.text for row in shape.table.rows for cell in row.cells]
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            pieces.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(pieces)
