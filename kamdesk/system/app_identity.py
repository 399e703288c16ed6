"""kamdesk's name for desktops and the sizes its icon is drawn in: the window sets them as
it opens, and ``desktop_entry`` writes the menu entry they match.

Kept apart from ``desktop_entry`` (which loads platformdirs and ``importlib.resources``)
because the window needs only these two constants, before its first paint.
"""

from __future__ import annotations

APP_ID = "org.kamdesk.Kamdesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
