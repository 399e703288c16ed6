"""kamdesk's icon on every window and in the taskbar, and the desktop entry it belongs to.

``setDesktopFileName`` tells Wayland compositors and Linux taskbars which menu entry (and
so which icon and name) the windows belong to; it matches the entry that ``kamdesk
install-desktop`` writes. On Windows and macOS the bundle's executable carries the icon,
and the window icon set here is what the title bar and task switcher show meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from kamdesk.system.app_identity import APP_ID, ICON_SIZES

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def app_icon() -> QIcon:
    """The icon with its hand-rendered sizes (small sizes are not scaled down from 512)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS_DIR / f"kamdesk-{size}.png"), QSize(size, size))
    return icon


def apply_app_identity(app: QGuiApplication) -> None:
    """The window icon and the desktop entry's name for every window of the app."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
