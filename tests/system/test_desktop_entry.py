"""The Linux menu entry: written for the user only, pointing at this kamdesk, removable."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.system.app_identity import APP_ID, ICON_SIZES
from kamdesk.system.desktop_entry import (
    DesktopEntryError,
    exec_argument,
    exec_line,
    install,
    installed_files,
    uninstall,
)
from tests.helpers.processes import run_kamdesk, user_environment


def entry_keys(path: Path) -> dict[str, str]:
    """The keys of a desktop file's [Desktop Entry] group."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/kamdesk", "/usr/bin/kamdesk"),
        ("gui", "gui"),
        ("/home/anna/Meine Programme/kamdesk", '"/home/anna/Meine Programme/kamdesk"'),
        ("/opt/$kam/kamdesk", '"/opt/\\\\$kam/kamdesk"'),
        ('/opt/"q"/kamdesk', '"/opt/\\\\"q\\\\"/kamdesk"'),
        ("/opt/back\\slash", '"/opt/back\\\\\\\\slash"'),
        ("/opt/100%/kamdesk", "/opt/100%%/kamdesk"),
        ("", '""'),
    ],
)
def test_exec_arguments_are_quoted_as_the_specification_says(argument: str, written: str) -> None:
    assert exec_argument(argument) == written


def test_a_control_character_cannot_be_written() -> None:
    with pytest.raises(DesktopEntryError, match="control character"):
        exec_argument("/opt/kam\ndesk")


def test_install_writes_the_entry_icons_and_metainfo_and_uninstall_removes_them(
    tmp_path: Path,
) -> None:
    neighbour = tmp_path / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")

    written = install(["/opt/kamdesk bundle/kamdesk"], base=tmp_path)
    assert written == installed_files(tmp_path) and all(p.is_file() for p in written)
    entry = entry_keys(tmp_path / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == '"/opt/kamdesk bundle/kamdesk" gui'
    assert entry["TryExec"] == "/opt/kamdesk bundle/kamdesk"
    assert entry["Icon"] == APP_ID and entry["Type"] == "Application"
    assert entry["Terminal"] == "false" and "Office" in entry["Categories"].split(";")
    assert "MimeType" not in entry  # a handler for nothing it does not open
    assert entry["Name"] == "kamdesk" and entry["Comment[de]"].startswith("Key-Account-Pläne")
    for size in ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    metainfo = (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in metainfo

    assert uninstall(base=tmp_path) == written
    assert not any(p.exists() for p in written)
    assert neighbour.read_text(encoding="utf-8") == "[Desktop Entry]\nName=Other\n"
    assert uninstall(base=tmp_path) == []


def test_installing_again_replaces_the_entry(tmp_path: Path) -> None:
    install(["/old/kamdesk"], base=tmp_path)
    install(["/new/kamdesk"], base=tmp_path)
    entry = entry_keys(tmp_path / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == "/new/kamdesk gui"
    assert not [p for p in (tmp_path / "applications").iterdir() if p.name.startswith(".")]


def test_on_windows_and_macos_the_command_says_it_is_for_linux(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for system in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", system)
        assert main(["install-desktop"]) == 1
        assert main(["uninstall-desktop"]) == 1
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == 2
        assert lines[0].startswith("kamdesk: error: install-desktop is for Linux desktops")


def test_the_command_installs_for_the_user_only(tmp_path: Path) -> None:
    environment = user_environment(tmp_path)
    data_home = Path(environment["XDG_DATA_HOME"])
    result = run_kamdesk(environment, "install-desktop")
    entry_file = data_home / "applications" / f"{APP_ID}.desktop"
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"kamdesk is in your application menu: {entry_file}"
    # Started with "python -m kamdesk", so the entry starts it the same way.
    assert entry_keys(entry_file)["Exec"] == exec_line([sys.executable, "-m", "kamdesk", "gui"])
    assert {p.relative_to(data_home) for p in data_home.rglob("*") if p.is_file()} == {
        p.relative_to(data_home) for p in installed_files(data_home)
    }
    result = run_kamdesk(environment, "uninstall-desktop")
    assert result.returncode == 0
    assert result.stdout == "kamdesk is no longer in your application menu (11 files removed).\n"
    assert not entry_file.exists()
