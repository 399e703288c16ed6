"""Which window system Qt will try, and the packages that provide its libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.ui.shell.platform_check import (
    WindowSystemError,
    check_window_system,
    debian_package,
    requested_platform,
)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libGL.so.1", "libgl1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_debian_package_of_a_library(soname: str, package: str) -> None:
    assert debian_package(soname) == package


@pytest.mark.parametrize(
    ("environment", "platform"),
    [
        ({}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "xcb"),
    ],
)
def test_the_platform_qt_tries_first(environment: dict[str, str], platform: str) -> None:
    assert requested_platform(environment) == platform


def test_without_a_display_the_check_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(WindowSystemError, match="there is no display"):
        check_window_system({})
    with pytest.raises(WindowSystemError, match="there is no display"):
        check_window_system({"QT_QPA_PLATFORM": "wayland"})


def test_headless_platforms_and_other_systems_need_no_display(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    check_window_system({"QT_QPA_PLATFORM": "offscreen"})
    check_window_system({"QT_QPA_PLATFORM": "minimal"})
    # A plugin folder without the xcb plugin: nothing to load, Qt will say what it says.
    check_window_system({"DISPLAY": ":0"}, plugins=tmp_path)
    for system in ("win32", "darwin"):
        monkeypatch.setattr("sys.platform", system)
        check_window_system({})
