"""QuickFace reads a font's character tables in whole arrays: the same face as reportlab's.

Every attribute of every shipped face is compared with ``TTFont(name, file).face`` (the
character map, glyph map, widths, metrics, glyph positions, even the read position), the
value types too (DejaVu Sans has 2,048 units per em, so its widths are scaled floats).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from kamdesk.reports.fonts import _FILES, font_dir
from kamdesk.reports.quick_font_face import QuickFace, QuickFont


def _font_file(name: str) -> str:
    return str(font_dir() / name)


def _comparable(values: dict[str, Any]) -> dict[str, Any]:
    """A face's attributes; _pdfScale (a function) by what it makes of a few values."""
    values = dict(values)
    scale = values.pop("_pdfScale")
    values["_pdfScale"] = [scale(units) for units in (0, 1, 1234, 2048)]
    return values


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    """Attribute values with their types, so 600 and 600.0 differ."""
    return {key: (type(value), value) for key, value in values.items()}


@pytest.mark.parametrize("filename", sorted(set(_FILES.values())))
def test_each_shipped_face_reads_as_reportlab_reads_it(filename: str) -> None:
    path = _font_file(filename)
    quick, theirs = _comparable(vars(QuickFace(path))), _comparable(vars(TTFont("x", path).face))
    assert quick.keys() == theirs.keys()
    for key in theirs:
        assert _typed({key: quick[key]}) == _typed({key: theirs[key]}), key
    assert [_typed(dict(enumerate(pair))) for pair in quick["hmetrics"]] == [
        _typed(dict(enumerate(pair))) for pair in theirs["hmetrics"]
    ]
    assert {c: type(w) for c, w in quick["charWidths"].items()} == {
        c: type(w) for c, w in theirs["charWidths"].items()
    }
    assert list(quick["charToGlyph"]) == list(theirs["charToGlyph"])  # same order too
    assert list(quick["charWidths"]) == list(theirs["charWidths"])


def test_a_quick_font_is_built_like_a_ttfont() -> None:
    path = _font_file("NotoSerif-Bold.ttf")
    quick, theirs = QuickFont("KD-Test-Quick", path), TTFont("KD-Test-Quick", path)
    quick_values, their_values = vars(quick), vars(theirs)
    assert quick_values.keys() == their_values.keys()
    for key in quick_values.keys() - {"face", "encoding", "state"}:
        assert quick_values[key] == their_values[key], key
    assert vars(quick.encoding) == vars(theirs.encoding)
    text = "Grüße, Kowalczyk — 1.234,50 €"
    assert quick.stringWidth(text, 9) == theirs.stringWidth(text, 9)
    assert quick.face.makeSubset(list(range(32, 127))) == theirs.face.makeSubset(
        list(range(32, 127))
    )


def _with_cmap_format(source: str, target: Path, table_format: int) -> str:
    """A copy of a font whose chosen character map claims another format."""
    data = bytearray(Path(source).read_bytes())
    face = TTFont("probe", source).face
    start = face.table["cmap"]["offset"]
    _, count = struct.unpack_from(">HH", data, start)
    for index in range(count):
        platform, _, offset = struct.unpack_from(">HHL", data, start + 4 + 8 * index)
        if platform == 3:
            struct.pack_into(">H", data, start + offset, table_format)
    target.write_bytes(bytes(data))
    return str(target)


def test_a_map_in_another_format_is_left_to_reportlab(tmp_path: Path) -> None:
    # Format 2 is one only reportlab reads: its reading (here: its error) is what comes.
    odd = _with_cmap_format(_font_file("NotoSans-Regular.ttf"), tmp_path / "odd.ttf", 2)
    with pytest.raises(Exception) as theirs:
        TTFont("x", odd)
    with pytest.raises(type(theirs.value)) as ours:
        QuickFace(odd)
    assert str(ours.value) == str(theirs.value)


def test_a_font_without_glyph_locations_is_refused_as_reportlab_refuses_it(
    tmp_path: Path,
) -> None:
    data = bytearray(Path(_font_file("NotoSans-Regular.ttf")).read_bytes())
    at = data.index(b"loca", 12)  # its entry in the table directory
    data[at:at + 4] = b"locx"
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(bytes(data))
    with pytest.raises(TTFError) as theirs:
        TTFont("x", str(broken))
    with pytest.raises(TTFError) as ours:
        QuickFace(str(broken))
    assert str(ours.value) == str(theirs.value)
