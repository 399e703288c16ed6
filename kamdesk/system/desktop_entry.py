"""Putting kamdesk into a Linux desktop's application menu, for the current user only.

``kamdesk install-desktop`` writes, under ``$XDG_DATA_HOME`` (``~/.local/share``): the
freedesktop entry (``applications/org.kamdesk.Kamdesk.desktop``) with an ``Exec`` line
that starts *this* kamdesk (the bundle, the virtual environment's script, or
``python -m kamdesk``), the icon in every size of the hicolor theme, and the AppStream
metainfo that software centres read. No root, no MIME types: kamdesk registers itself as
the handler of nothing, as it opens no document by double-click.
``kamdesk uninstall-desktop`` removes exactly these files.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from importlib import resources
from pathlib import Path

from platformdirs import user_data_dir

from kamdesk.system.app_identity import APP_ID, ICON_SIZES

# Characters that make an Exec argument need quotes (Desktop Entry Specification, "Exec").
_NEEDS_QUOTES = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = re.compile(r'(["`$\\])')


class DesktopEntryError(Exception):
    """The desktop entry cannot be installed here; the message says why in one sentence."""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``: where per-user menu entries live."""
    return Path(user_data_dir(appname=None, appauthor=False))


def launch_command() -> list[str]:
    """The command that starts this kamdesk, as absolute paths."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.stem == "kamdesk" and script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "kamdesk"]


def exec_argument(argument: str) -> str:
    """One argument written for an ``Exec`` line: quoted where needed, ``%`` doubled,
    backslashes escaped once more for the file's string syntax."""
    if any(ord(character) < 32 for character in argument):
        raise DesktopEntryError(
            "The path of kamdesk contains a control character; a menu entry cannot start it."
        )
    text = argument.replace("%", "%%")
    if not text or _NEEDS_QUOTES & set(text):
        text = '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def exec_line(command: list[str]) -> str:
    """The ``Exec`` value for a command and its arguments."""
    return " ".join(exec_argument(argument) for argument in command)


def desktop_entry(command: list[str]) -> str:
    """The packaged entry with ``Exec`` and ``TryExec`` pointing at ``command``."""
    template = _resource("desktop", f"{APP_ID}.desktop").decode("utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line([*command, 'gui'])}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0].replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(base: Path | None = None) -> list[Path]:
    """Every file ``install-desktop`` writes, under ``base`` (default: :func:`data_home`)."""
    root = base or data_home()
    icons = root / "icons" / "hicolor"
    return [
        root / "applications" / f"{APP_ID}.desktop",
        root / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
    ]


def install(command: list[str] | None = None, base: Path | None = None) -> list[Path]:
    """Write the menu entry, icons and metainfo; returns the files written."""
    _require_linux()
    entry, metainfo, svg, *pngs = installed_files(base)
    contents = [
        (entry, desktop_entry(command or launch_command()).encode("utf-8")),
        (metainfo, _resource("desktop", f"{APP_ID}.metainfo.xml")),
        (svg, _resource("icons", "kamdesk.svg")),
    ]
    contents += [
        (png, _resource("icons", f"kamdesk-{size}.png"))
        for png, size in zip(pngs, ICON_SIZES, strict=True)
    ]
    for path, data in contents:
        _write(path, data)
    return [path for path, _data in contents]


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files that were there."""
    _require_linux()
    removed = []
    for path in installed_files(base):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def _require_linux() -> None:
    if not sys.platform.startswith("linux"):
        raise DesktopEntryError(
            "install-desktop is for Linux desktops; on Windows and macOS the app from the "
            "download is put into the Start menu or Applications folder as it is."
        )


def _resource(folder: str, name: str) -> bytes:
    return resources.files("kamdesk").joinpath("resources", folder, name).read_bytes()


def _write(path: Path, data: bytes) -> None:
    # Whole or not at all: a menu half-written by an interrupted install shows a broken
    # entry. (The file stays private to the user, as mkstemp made it: only their own
    # desktop session reads it.)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".kamdesk-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
