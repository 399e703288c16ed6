"""Loading the UI translation: kamdesk's own strings and Qt's standard dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("de", "en")
_current = ["en"]
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language the UI speaks now ("en" until a translation is installed)."""
    return _current[0]


def chosen_language(lang: str | None) -> str:
    """``--lang`` when given, else the system's language; English unless it is German."""
    if lang:
        return lang.lower()[:2]
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install the translators for the language; a missing .qm file is harmless (English).

    The translators of an earlier call are removed first: switching to English must give
    English, not the language installed before.
    """
    for previous in _installed:
        app.removeTranslator(previous)
        previous.deleteLater()
    _installed.clear()
    language = chosen_language(lang)
    _current[0] = language if language in SUPPORTED else "en"
    installed = _installed
    if language == "en" or language not in SUPPORTED:
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"kamdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return list(installed)
