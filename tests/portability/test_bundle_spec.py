"""The bundle's recipe: what each system gets (checked on Linux without building), and
which collected files stay out.

``kamdesk.spec`` is run here as PyInstaller runs it, with the build steps (Analysis, EXE,
COLLECT, BUNDLE) replaced by recorders of what they were asked to build; the real build
runs in CI (``tools/build_bundle.py --smoke``).
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from kamdesk import __version__
from kamdesk.system.app_identity import APP_ID
from tools import bundle_contents
from tools.bundle_contents import is_kept, windows_version_text, without_unreached_libraries

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "kamdesk.spec"

# What the analysis collects from PySide6, Babel and Pillow (destinations as on Linux).
COLLECTED = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/src/libqoffscreen.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/s", "BINARY"),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "/s",
     "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/src/libqtiff.so", "BINARY"),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/src/libq.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "/src/libQt6VirtualKeyboard.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Charts.so.6", "/src/libQt6Charts.so.6", "BINARY"),
    ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qt_en.qm", "/src/qt_en.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
    ("PySide6/Qt/translations/qt_help_de.qm", "/src/qt_help_de.qm", "DATA"),
    ("babel/locale-data/root.dat", "/src/root.dat", "DATA"),
    ("babel/locale-data/en_001.dat", "/src/en_001.dat", "DATA"),
    ("babel/locale-data/de_CH.dat", "/src/de_CH.dat", "DATA"),
    ("babel/locale-data/pl.dat", "/src/pl.dat", "DATA"),
    ("babel/locale-data/ja.dat", "/src/ja.dat", "DATA"),
    ("babel/global.dat", "/src/global.dat", "DATA"),
    ("kamdesk/resources/translations/kamdesk_de.qm", "/src/kamdesk_de.qm", "DATA"),
    # Windows wheel layout: no Qt/ level.
    ("PySide6/plugins/platforms/qwindows.dll", "/src/qwindows.dll", "BINARY"),
    ("PySide6/plugins/platforms/qdirect2d.dll", "/src/qdirect2d.dll", "BINARY"),
    ("PySide6/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ("PySide6/Qt6Quick.dll", "/src/Qt6Quick.dll", "BINARY"),
]
KEPT = {
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6", "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_en.qm", "babel/locale-data/root.dat",
    "babel/locale-data/en_001.dat", "babel/locale-data/de_CH.dat", "babel/locale-data/pl.dat",
    "babel/global.dat", "kamdesk/resources/translations/kamdesk_de.qm",
    "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/translations/qtbase_de.qm",
}


def test_the_bundle_keeps_what_kamdesk_uses_and_nothing_else() -> None:
    assert {entry[0] for entry in COLLECTED if is_kept(entry[0])} == KEPT


def test_every_locale_the_settings_offer_has_its_babel_data() -> None:
    from kamdesk.ui.settings.settings_dialog import LOCALES

    for locale in (*LOCALES, "en_GB", "de_DE"):
        assert is_kept(f"babel/locale-data/{locale}.dat"), locale
        assert is_kept(f"babel/locale-data/{locale.split('_')[0]}.dat"), locale


def test_libraries_only_dropped_plugins_linked_are_dropped() -> None:
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("PIL/_imaging.so", "/p/_imaging.so", "EXTENSION"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-util.so.1", "/usr/lib/libxcb-util.so.1", "BINARY"),  # via libxcb-cursor
        ("libjpeg.so.62", "/usr/lib/libjpeg.so.62", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # the dropped GTK theme's
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),  # cairo's
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libcairo.so", "libcairo.so.2", "SYMLINK"),
    ]
    links = {
        "/q/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Core.so.6"],
        "/usr/lib/libxcb-cursor.so.0": ["libxcb-util.so.1"],
        "/p/_imaging.so": ["/usr/lib/libjpeg.so.62"],
        "/usr/lib/libcairo.so.2": ["libpixman-1.so.0"],
    }
    kept = without_unreached_libraries(entries, lambda path: links.get(path, []))
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PIL/_imaging.so", "libxcb-cursor.so.0",
        "libxcb-util.so.1", "libjpeg.so.62", "libpython3.11.so.1.0", "libQt6Core.so.6",
    ]


def test_the_windows_version_resource() -> None:
    recorded: dict[str, Any] = {}

    # The signatures of PyInstaller's versioninfo classes, which read this text.
    def fixed_file_info(filevers: tuple[int, ...], prodvers: tuple[int, ...], mask: int,
                        flags: int, OS: int, fileType: int, subtype: int,
                        date: tuple[int, int]) -> dict[str, Any]:
        return {"filevers": filevers, "prodvers": prodvers, "fileType": fileType}

    namespace = {
        "VSVersionInfo": lambda ffi, kids: recorded.update(ffi=ffi, kids=kids),
        "FixedFileInfo": fixed_file_info,
        "StringFileInfo": lambda kids: kids,
        "StringTable": lambda name, kids: (name, dict(kids)),
        "StringStruct": lambda name, val: (name, val),
        "VarFileInfo": lambda kids: kids,
        "VarStruct": lambda name, kids: (name, kids),
    }
    text = windows_version_text("1.12.3")
    ast.parse(text)
    eval(text, namespace)  # our own text, read the way PyInstaller reads it
    assert recorded["ffi"] == {"filevers": (1, 12, 3, 0), "prodvers": (1, 12, 3, 0),
                               "fileType": 1}
    (name, strings), = recorded["kids"][0]
    assert name == "040904B0"
    assert strings["FileVersion"] == "1.12.3.0" and strings["ProductVersion"] == "1.12.3"
    assert strings["OriginalFilename"] == "kamdesk.exe" and strings["ProductName"] == "kamdesk"


class Built:
    """What the spec asked PyInstaller to build: the step, its arguments."""

    def __init__(self, step: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.step, self.args, self.kwargs = step, args, kwargs
        self.binaries = [e for e in COLLECTED if e[2] != "DATA"]
        self.datas = [e for e in COLLECTED if e[2] == "DATA"]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def run_spec(platform: str, workpath: Path, monkeypatch: pytest.MonkeyPatch) -> list[Built]:
    """Execute kamdesk.spec as PyInstaller would on ``platform``; the steps it asked for."""
    built: list[Built] = []

    def step(name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Built:
            built.append(Built(name, args, kwargs))
            return built[-1]
        return record

    # PyInstaller's hooks are loaded as on this machine: imported under a pretended Windows
    # they would look for the Windows-only modules PyInstaller itself needs there.
    importlib.import_module("PyInstaller.utils.hooks")
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds tools/ to the path
    namespace = {name: step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(ROOT), workpath=str(workpath), SPEC=str(SPEC))
    exec(compile(SPEC.read_bytes(), str(SPEC), "exec"), namespace)
    return built


def steps(built: list[Built], name: str) -> list[Built]:
    return [b for b in built if b.step == name]


def test_windows_gets_a_windowed_app_with_icon_and_version_and_a_console_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = run_spec("win32", tmp_path, monkeypatch)
    app, cli = steps(built, "EXE")
    assert (app.kwargs["name"], app.kwargs["console"]) == ("kamdesk", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("kamdesk-cli", True)
    for exe in (app, cli):
        assert exe.kwargs["icon"].endswith("kamdesk.ico") and Path(exe.kwargs["icon"]).is_file()
        version = Path(exe.kwargs["version"])
        assert version.parent == tmp_path
        assert f"StringStruct('ProductVersion', {__version__!r})" in version.read_text(
            encoding="utf-8"
        )
        assert exe.kwargs.get("strip") in (None, False)
    (collect,) = steps(built, "COLLECT")
    assert collect.args[:2] == (app, cli)
    assert not steps(built, "BUNDLE")


def test_macos_gets_a_windowed_app_bundle_with_icon_and_identifier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = run_spec("darwin", tmp_path, monkeypatch)
    (app,) = steps(built, "EXE")
    assert app.kwargs["console"] is False and app.kwargs["icon"].endswith("kamdesk.icns")
    assert app.kwargs["version"] is None and not app.kwargs["strip"]
    (bundle,) = steps(built, "BUNDLE")
    assert bundle.kwargs["name"] == "kamdesk.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["icon"].endswith("kamdesk.icns")
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == __version__


def test_every_system_gets_the_data_files_and_the_lazily_imported_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for platform in ("win32", "darwin"):
        built = run_spec(platform, tmp_path, monkeypatch)
        (analysis,) = steps(built, "Analysis")
        datas = analysis.kwargs["datas"]
        own = {target for _source, target in datas if not target.startswith(("pptx", "docx"))}
        assert own == {"kamdesk/store/migrations", "kamdesk/resources", "reportlab/fonts"}
        assert all(Path(source).exists() for source, _target in datas)
        # The default templates every deck and Word document start from travel with their
        # packages, which are collected as source so that they find them beside them.
        templates = {target for source, target in datas if source.endswith(".pptx")
                     or source.endswith(".docx")}
        assert templates == {"pptx/templates", "docx/templates"}
        assert analysis.kwargs["module_collection_mode"] == {"pptx": "py", "docx": "py"}
        hidden = analysis.kwargs["hiddenimports"]
        for module in ("kamdesk.cli.commands_desktop", "kamdesk.ui.shell.app",
                       "kamdesk.store.migrations.versions", "kamdesk.system.error_log"):
            assert module in hidden
        excluded = analysis.kwargs["excludes"]
        for module in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick",
                       "PySide6.QtOpenGL", "PIL._avif"):
            assert module in excluded
        assert {entry[0] for entry in analysis.binaries + analysis.datas} == KEPT
        assert bundle_contents.package_modules(ROOT)[0] == "kamdesk"
