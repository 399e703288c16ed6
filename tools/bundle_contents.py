"""What goes into the PyInstaller bundle, and what stays out: read by ``kamdesk.spec``.

PyInstaller's PySide6 hooks collect every Qt plugin, translation and library the imported
modules could use; kamdesk needs a fraction. Measured on Linux (PySide6 6.11): the Qt
virtual-keyboard input plugin alone drags in Qt Quick and QML (17 MB), the Qt translations
of 40 languages are 7 MB, Babel's locale data for 1,100 locales 33 MB, Pillow's AVIF, WebP
and font modules 9 MB, and the QtOpenGL bindings (never imported) 9 MB.

Kept: the Qt modules kamdesk imports (Core, Gui, Widgets, Charts, Pdf, PdfWidgets, Svg,
Network for the single-instance socket), the X11 and Wayland platforms, offscreen and
minimal (headless checks), the portal theme, compose and IBus input methods (dead keys,
input methods), SVG/ICO/JPEG/GIF images, Qt's German and English translations, Babel's
data for the languages of the settings' locales. This module imports only the standard
library (the spec runs it), so a test can check the rules without building.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Python modules PyInstaller would otherwise pull in through hooks and optional imports.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "IPython", "numpy",
    "matplotlib", "pytest", "hypothesis", "mypy", "ruff",
    # Qt modules kamdesk never imports (their bindings alone are 1–9 MB each).
    *(f"PySide6.{name}" for name in (
        "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtQml", "QtQuick", "QtQuickWidgets",
        "QtQuickControls2", "QtQuick3D", "QtWebEngineCore", "QtWebEngineWidgets",
        "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView", "Qt3DCore",
        "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtBluetooth", "QtNfc",
        "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus",
        "QtSql", "QtTest", "QtDesigner", "QtUiTools", "QtHelp", "QtXml", "QtRemoteObjects",
        "QtScxml", "QtStateMachine", "QtTextToSpeech", "QtHttpServer", "QtGraphs",
        "QtGraphsWidgets", "QtDataVisualization", "QtPrintSupport", "QtConcurrent",
        "QtAxContainer", "QtCanvasPainter",
    )),
    # Pillow decodes the company logo for reportlab (PNG, JPEG); not AVIF, WebP, font
    # rendering, colour profiles or Tk. ImageFont itself stays: python-pptx imports it for
    # every deck (it renders text only to shrink it to fit, which kamdesk does not ask for).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL._imagingft", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageQt",
)

# Qt plugin folders and the plugins kept in each (by the plugin's base name; "*": all).
KEPT_QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qwayland-egl", "qwayland-generic",
                            "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
    "iconengines": frozenset({"*"}),
    "xcbglintegrations": frozenset({"*"}),
    "wayland-decoration-client": frozenset({"*"}),
    "wayland-graphics-integration-client": frozenset({"*"}),
    "wayland-shell-integration": frozenset({"*"}),
    "styles": frozenset({"*"}),
}
# Qt libraries that only the dropped plugins and modules load.
_UNUSED_QT_LIBRARY = re.compile(
    r"^(lib)?Qt6?(Quick|Qml|VirtualKeyboard|EglFS|EglFsKms|WebEngine|3D|Multimedia|"
    r"Designer|Location|Positioning|Sensors|SerialPort|Sql|Test|Xml|Help|Bluetooth|Nfc|"
    r"RemoteObjects|Scxml|StateMachine|TextToSpeech|WebSockets|WebChannel|WebView|"
    r"HttpServer|Graphs|DataVisualization|SpatialAudio|PrintSupport|Concurrent)"
)
# Qt's own translations (its dialogs' buttons) for the languages kamdesk speaks.
UI_LANGUAGES = ("de", "en")
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_([a-z]{2})(_[A-Za-z]+)?\.qm$")
# Babel: the settings offer these locales (kamdesk/ui/settings/settings_dialog.py LOCALES); the
# documents use en_GB and de_DE. Every locale of their languages is kept, so the parent
# chains Babel walks (en_GB → en_001 → en → root) are complete.
BABEL_LANGUAGES = ("de", "en", "fr", "nl", "pl")


def is_kept(destination: str, babel_languages: Iterable[str] = BABEL_LANGUAGES) -> bool:
    """Whether a file the analysis collected (by its path inside the bundle) is needed."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if "PySide6" in parts:
        if "plugins" in parts:
            index = parts.index("plugins")
            if len(parts) > index + 2:
                kept = KEPT_QT_PLUGINS.get(parts[index + 1])
                return kept is not None and ("*" in kept or _plugin_name(name) in kept)
        if "translations" in parts:
            match = _QT_TRANSLATION.match(name)
            return bool(match) and match.group(2) in UI_LANGUAGES
    if any(_UNUSED_QT_LIBRARY.match(part) for part in parts):
        return False
    if "locale-data" in parts and "babel" in parts and name.endswith(".dat"):
        stem = name[: -len(".dat")]
        return stem == "root" or stem.split("_")[0] in set(babel_languages)
    return True


def _plugin_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / ``qwindows`` …"""
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_only_used(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (destination, source, kind) without the files kamdesk never uses."""
    return [entry for entry in entries if is_kept(entry[0])]


def package_modules(root: Path, package: str = "kamdesk") -> list[str]:
    """Every module of the package, for PyInstaller's hidden imports: the commands import
    their code inside the handler, where the analysis does not look."""
    base = root / package
    modules = []
    for path in sorted(base.rglob("*.py")):
        relative = path.relative_to(root).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        modules.append(".".join(parts))
    return modules


def icon_file(root: Path, platform: str) -> str | None:
    """The executable's icon: .ico on Windows, .icns on macOS (Linux uses the desktop
    entry's icon instead)."""
    icons = root / "kamdesk" / "resources" / "icons"
    if platform == "win32":
        return str(icons / "kamdesk.ico")
    if platform == "darwin":
        return str(icons / "kamdesk.icns")
    return None


def windows_version_text(version: str) -> str:
    """The version resource of kamdesk.exe, in the text form PyInstaller's ``version=``
    reads (file and product version, name, description)."""
    numbers = tuple(int(part) for part in re.findall(r"\d+", version)[:4])
    numbers = numbers + (0,) * (4 - len(numbers))
    dotted = ".".join(str(number) for number in numbers)
    strings = {
        "CompanyName": "kamdesk",
        "FileDescription": "kamdesk - key account plans",
        "FileVersion": dotted,
        "InternalName": "kamdesk",
        "LegalCopyright": "kamdesk",
        "OriginalFilename": "kamdesk.exe",
        "ProductName": "kamdesk",
        "ProductVersion": version,
    }
    structs = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return (
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers!r},\n"
        f"    prodvers={numbers!r},\n"
        "    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)\n"
        "  ),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"          {structs}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def write_windows_version_file(folder: Path, version: str) -> str:
    """Write the version resource text for the build and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kamdesk_version_info.txt"
    path.write_text(windows_version_text(version), encoding="utf-8")
    return str(path)


def without_unreached_libraries(
    entries: Iterable[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """The TOC without the system libraries that only dropped files needed.

    PyInstaller collects a plugin's libraries before :func:`keep_only_used` drops the
    plugin (the GTK theme brings cairo, pango, gdk-pixbuf …). The shared libraries at the
    top of the bundle are kept only if a kept binary or extension module links them,
    directly or through another kept library; ``imports_of(path)`` names what a binary
    links (PyInstaller's own dependency reader).
    """
    entries = list(entries)
    candidates = {
        destination: source for destination, source, kind in entries
        if kind == "BINARY" and "/" not in destination.replace("\\", "/")
        and destination.startswith("lib") and not destination.startswith("libpython")
    }
    queue = [source for destination, source, kind in entries
             if kind in ("BINARY", "EXTENSION") and destination not in candidates]
    reached: set[str] = set()
    seen: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports_of(source):
            base = PurePosixPath(name).name
            if base in candidates and base not in reached:
                reached.add(base)
                queue.append(candidates[base])
    dropped = set(candidates) - reached
    return [
        (destination, source, kind) for destination, source, kind in entries
        if destination not in dropped
        and not (kind == "SYMLINK" and PurePosixPath(source).name in dropped)
    ]


def package_folder(package: str, folder: str) -> tuple[str, str]:
    """A data folder of an installed package as a spec ``datas`` entry (source, target)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is not installed in this environment")
    source = Path(next(iter(spec.submodule_search_locations))) / folder
    return str(source), f"{package}/{folder}"
