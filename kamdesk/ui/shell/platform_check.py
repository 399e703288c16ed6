"""Qt's own start-up failures as one line that names the fix.

When Qt cannot open a window (no display, or a system library of its X11 plugin missing)
it prints a page about platform plugins, suggests reinstalling, and aborts the process.
Before the QApplication exists, :func:`check_window_system` looks for the two common
causes on Linux and raises :class:`WindowSystemError` with one sentence: start from a
desktop session, or the Debian/Ubuntu packages to install. Anything else Qt finds fatal
while starting is caught by :func:`one_line_start_up_failures` and said in one line too.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qInstallMessageHandler

#: Platforms that need no display server.
_HEADLESS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
#: The system libraries Qt's xcb plugin loads (its NEEDED entries and its helper library's).
XCB_LIBRARIES = (
    "libxcb.so.1", "libX11.so.6", "libX11-xcb.so.1", "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-util.so.1",
    "libxcb-image.so.0", "libxcb-keysyms.so.1", "libxcb-randr.so.0",
    "libxcb-render-util.so.0", "libxcb-render.so.0", "libxcb-shape.so.0", "libxcb-shm.so.0",
    "libxcb-sync.so.1", "libxcb-xfixes.so.0", "libxcb-xkb.so.1", "libglib-2.0.so.0",
    "libgthread-2.0.so.0", "libGL.so.1", "libEGL.so.1", "libfontconfig.so.1",
)
# Debian names a library package after the soname; these few do it differently.
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)")


class WindowSystemError(Exception):
    """Qt cannot open a window here; the message is one sentence naming the fix."""


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library (``libxcb-cursor.so.0`` →
    ``libxcb-cursor0``, ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    joiner = "-" if name[-1:].isdigit() else ""
    return f"{name}{joiner}{version}".lower()


def requested_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first on Linux."""
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and options ("xcb:foo=bar").
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def check_window_system(
    environ: Mapping[str, str] | None = None, plugins: Path | None = None
) -> None:
    """Raise :class:`WindowSystemError` when Qt will not be able to open a window."""
    if not sys.platform.startswith("linux"):
        return  # Windows and macOS always have their window system
    env = os.environ if environ is None else environ
    platform = requested_platform(env)
    if platform in _HEADLESS or not platform.startswith(("xcb", "wayland")):
        return
    if platform.startswith("wayland"):
        if not env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
            raise WindowSystemError(_NO_DISPLAY)
        return
    if not env.get("DISPLAY"):
        raise WindowSystemError(_NO_DISPLAY)
    folder = plugins or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = folder / "platforms" / "libqxcb.so"
    if plugin.exists():
        _check_loadable(plugin)


_NO_DISPLAY = (
    "kamdesk cannot open its window: there is no display (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set); start it from your desktop session - commands such as "
    "'kamdesk demo' work without one."
)


def _check_loadable(plugin: Path) -> None:
    import ctypes  # only where X11 is used: not on the offscreen or Wayland start

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        named = _SONAME.search(str(error))
        missing = [soname for soname in XCB_LIBRARIES if not _loadable(soname)]
        if named and Path(named.group(1)).name not in missing:
            missing.insert(0, Path(named.group(1)).name)
        if not missing:
            raise WindowSystemError(
                f"kamdesk cannot open its window: Qt's X11 plugin does not load ({error})."
            ) from error
        packages = " ".join(dict.fromkeys(debian_package(soname) for soname in missing))
        what = (f"the system library {missing[0]} is" if len(missing) == 1
                else f"the system libraries {', '.join(missing)} are")
        raise WindowSystemError(
            f"kamdesk cannot open its window: {what} missing; on Debian or Ubuntu install "
            f"with 'sudo apt-get install {packages}'."
        ) from error


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


@contextmanager
def one_line_start_up_failures() -> Iterator[None]:
    """While the QApplication is made: Qt's plugin chatter is held back, and a fatal
    error becomes one line on stderr and exit code 1 instead of Qt's abort."""
    held: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            reason = next((line for line in held if "could not connect" in line), "")
            detail = f" ({reason})" if reason else ""
            if sys.stderr is not None:
                print(
                    "kamdesk: error: kamdesk cannot open its window: Qt could not start its "
                    f"window system{detail}; run with QT_DEBUG_PLUGINS=1 to see why.",
                    file=sys.stderr, flush=True,
                )
            os._exit(1)  # Qt would abort() after this handler: leave first, cleanly
        category = context.category or ""
        if category.startswith("qt.qpa"):
            held.append(message)
        elif sys.stderr is not None:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(None)
    for message in held:  # Qt started after all: what it said may still matter
        if sys.stderr is not None:
            print(message, file=sys.stderr)
