"""A TrueType face whose character tables are read in whole arrays, not value by value.

Registering the five faces a plan prints cost about 40 ms of every export (best of 30 on
the shared machine: 6.5 ms for each Noto face, 14 ms for DejaVu Sans), nearly all of it in
reportlab reading the character map, the advance widths and the glyph locations two bytes
at a time (some 40,000 ``read_ushort`` calls); a bare reportlab document in the standard
fonts pays none of it.

:class:`QuickFace` lets reportlab read the font's header tables as always, then reads
those three tables with one ``struct.unpack_from`` each (3.2 and 7.2 ms) and fills the same
attributes, in the same order, with the same values (tests/reports/test_quick_font_face.py
compares every attribute with reportlab's own reading of each shipped font). A character
map in a format other than 4 or 12 is read by reportlab itself.
"""

from __future__ import annotations

import struct
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, TTFontFile

# The character map formats read here: segments of 16-bit codes, and groups of 32-bit ones.
_SEGMENTED, _GROUPED = 4, 12
# The tables read here; a font without one is left to reportlab, which names what is wrong.
_TABLES = {"cmap", "hhea", "hmtx", "loca"}


class QuickFace(TTFontFace):  # type: ignore[misc]
    """A TTFontFace that reads its character map, widths and glyph locations quickly."""

    def extractInfo(self, charInfo: int = 1) -> None:
        """reportlab's reading of the header tables, then the character tables here."""
        TTFontFile.extractInfo(self, 0)
        if not charInfo:
            return
        data: bytes = self._ttf_data
        head = self.table["head"]["offset"]
        index_to_loc_format, glyph_data_format = struct.unpack_from(">HH", data, head + 50)
        readable = glyph_data_format == 0 and self.table.keys() >= _TABLES
        character_map = self._character_map(data) if readable else None
        if character_map is None:
            TTFontFile.extractInfo(self, charInfo)  # reportlab reads it (or says what is wrong)
            return
        self.charToGlyph, self.glyphToChar = character_map
        self._widths(data)
        self._glyph_positions(data, index_to_loc_format)
        char_to_glyph, widths = self.charToGlyph, self.charWidths
        # reportlab's own last step: a no-break space is drawn as a space, or the reverse.
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            widths[0xA0] = widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            widths[0x20] = widths[0xA0]

    def _character_map(self, data: bytes) -> tuple[dict[int, int], dict[int, list[int]]] | None:
        """Characters to glyphs and glyphs to characters, from the subtable reportlab picks;
        None when it is in a format read by reportlab only."""
        start = self.table["cmap"]["offset"]
        version, count = struct.unpack_from(">HH", data, start)
        if count == 0 and version != 0:
            count = version
        chosen, kind = None, 0
        # reportlab's choice among the subtables, kept as it is: the last Unicode one wins.
        for platform, encoding, offset in struct.iter_unpack(
            ">HHL", data[start + 4:start + 4 + 8 * count]
        ):
            if platform == 3 or (platform == 1 and encoding == 1) or (
                platform == 0 and encoding != 5
            ):
                chosen, kind = offset, 1
            elif platform == 1 and encoding == 0 and kind != 1:
                chosen, kind = offset, 2
        if chosen is None:
            return None
        position = start + chosen
        (table_format,) = struct.unpack_from(">H", data, position)
        if table_format == _SEGMENTED:
            pairs = _segmented_pairs(data, position)
        elif table_format == _GROUPED:
            pairs = _grouped_pairs(data, position)
        else:
            return None
        glyph_to_char: dict[int, list[int]] = {}
        for character, glyph in pairs:
            glyph_to_char.setdefault(glyph, []).append(character)
        return dict(pairs), glyph_to_char

    def _widths(self, data: bytes) -> None:
        """``hmetrics``, ``defaultWidth`` and ``charWidths``, as reportlab fills them."""
        (long_metrics,) = struct.unpack_from(">H", data, self.table["hhea"]["offset"] + 34)
        glyphs = self.numGlyphs
        values = struct.unpack_from(f">{2 * long_metrics + max(glyphs - long_metrics, 0)}H",
                                    data, self.table["hmtx"]["offset"])
        advances = values[0:2 * long_metrics:2]
        scaled = list(map(self._pdfScale, advances))
        # The rest list only side bearings: reportlab pairs them with the last (scaled) width.
        last = scaled[-1]
        self.hmetrics = list(zip(advances, values[1:2 * long_metrics:2], strict=True)) + [
            (last, side) for side in values[2 * long_metrics:]
        ]
        self.defaultWidth = scaled[0]
        limit = max(long_metrics, glyphs)
        by_glyph = scaled + [last] * (limit - long_metrics)
        glyph_to_char = self.glyphToChar
        # reportlab walks the glyphs in order and gives each of its characters its width.
        widths = {
            character: by_glyph[glyph]
            for glyph in sorted(g for g in glyph_to_char if g < limit)
            for character in glyph_to_char[glyph]
        }
        self.charWidths = widths

    def _glyph_positions(self, data: bytes, index_to_loc_format: int) -> None:
        """``glyphPos`` from the location table (short offsets are stored halved)."""
        start = self.table["loca"]["offset"]
        count = self.numGlyphs + 1
        if index_to_loc_format == 0:
            self.glyphPos = [value << 1 for value in struct.unpack_from(f">{count}H", data, start)]
            self._pos = start + 2 * count
        else:
            self.glyphPos = list(struct.unpack_from(f">{count}L", data, start))
            self._pos = start + 4 * count


def _segmented_pairs(data: bytes, position: int) -> list[tuple[int, int]]:
    """(character, glyph) of a format 4 subtable, in reportlab's order."""
    length, _ = struct.unpack_from(">HH", data, position + 2)
    limit = position + length
    (doubled,) = struct.unpack_from(">H", data, position + 6)
    segments = doubled // 2
    ends_at = position + 14
    ends = struct.unpack_from(f">{segments}H", data, ends_at)
    starts = struct.unpack_from(f">{segments}H", data, ends_at + 2 * segments + 2)
    deltas = struct.unpack_from(f">{segments}h", data, ends_at + 4 * segments + 2)
    ranges_at = ends_at + 6 * segments + 2
    ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
    pairs: list[tuple[int, int]] = []
    for n in range(segments):
        first, last, delta, range_offset = starts[n], ends[n], deltas[n], ranges[n]
        if range_offset == 0:
            pairs += [(c, (c + delta) & 0xFFFF) for c in range(first, last + 1)]
            continue
        for c in range(first, last + 1):
            at = ranges_at + 2 * n + (c - first) * 2 + range_offset
            if at >= limit:
                glyph = 0  # as reportlab: a broken font's index past the table
            else:
                (glyph,) = struct.unpack_from(">H", data, at)
                if glyph != 0:
                    glyph = (glyph + delta) & 0xFFFF
            pairs.append((c, glyph))
    return pairs


def _grouped_pairs(data: bytes, position: int) -> list[tuple[int, int]]:
    """(character, glyph) of a format 12 subtable, in reportlab's order."""
    (groups,) = struct.unpack_from(">L", data, position + 12)
    pairs: list[tuple[int, int]] = []
    for first, last, first_glyph in struct.iter_unpack(
        ">LLL", data[position + 16:position + 16 + 12 * groups]
    ):
        shift = first_glyph - first
        pairs += [(c, c + shift) for c in range(first, last + 1)]
    return pairs


class QuickFont(TTFont):  # type: ignore[misc]
    """``TTFont(name, filename)`` with a :class:`QuickFace`: the same attributes (reportlab
    4.x's), read faster."""

    def __init__(self, name: str, filename: str) -> None:
        self.fontName = name
        self.face = QuickFace(filename)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
