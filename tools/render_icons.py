"""Render kamdesk's icon from its SVG into the PNG sizes, a Windows .ico and a macOS .icns.

Usage: ``python tools/render_icons.py`` (after changing ``kamdesk/resources/icons/
kamdesk.svg``); commit what it writes. The PNGs go to the window and taskbar
(``QApplication.setWindowIcon``) and into the Linux icon theme (``kamdesk install-desktop``);
the .ico and .icns are the bundle's icon on Windows and macOS (``kamdesk.spec``).

Both container formats are written here, without Pillow: an ICO is a directory of PNG
images (Windows Vista and later read PNG entries), an ICNS a list of typed PNG chunks.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "kamdesk" / "resources" / "icons"
SOURCE = ICONS / "kamdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size (ic10 is 512@2x, i.e. 1024 pixels).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square, antialiased on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return data.data()


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file with one PNG entry per size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon file with one PNG chunk per size."""
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    """Write every rendered file next to the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in {*PNG_SIZES, *ICNS_TYPES}}
    for size in PNG_SIZES:
        (ICONS / f"kamdesk-{size}.png").write_bytes(rendered[size])
    (ICONS / "kamdesk.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (ICONS / "kamdesk.icns").write_bytes(icns({s: rendered[s] for s in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNGs, kamdesk.ico and kamdesk.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
