"""The German UI translation: complete, compiled, and used by the main window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_for_list

ROOT = Path(__file__).resolve().parents[2]
#: The UI's tr() strings, and the sentences the core marks for the UI to translate
#: (``QT_TRANSLATE_NOOP("ServiceMessage", …)``), as tools/update_translations.py collects them.
TRANSLATED_PACKAGES = ("ui", "services", "store", "domain", "reports")
UI_SOURCES = sorted(
    path for package in TRANSLATED_PACKAGES for path in (ROOT / "kamdesk" / package).rglob("*.py")
)
TS_FILE = ROOT / "resources" / "translations" / "kamdesk_de.ts"
QM_FILE = ROOT / "kamdesk" / "resources" / "translations" / "kamdesk_de.qm"

Key = tuple[str, str, str]  # context, source, disambiguation comment


def tool(name: str) -> str | None:
    """A PySide6 tool next to the running Python, else on PATH (as tools/update_translations)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def messages(ts_file: Path) -> dict[Key, tuple[str, bool]]:
    """Every message of a .ts file: (context, source, comment) → (translation, finished)."""
    found: dict[Key, tuple[str, bool]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = "\n".join(forms) if forms else translation.text or ""
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[key] = (text, finished)
    return found


@pytest.fixture(scope="module")
def committed() -> dict[Key, tuple[str, bool]]:
    return messages(TS_FILE)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    """kamdesk's German translator, installed into the app for one test only."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), QM_FILE
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_ui_string_has_a_german_translation(
    tmp_path: Path, committed: dict[Key, tuple[str, bool]]
) -> None:
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_de.ts"
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", "-target-language", "de_DE",
         *map(str, UI_SOURCES), "-ts", str(fresh)],
        check=True,
    )
    current = messages(fresh)
    assert len(current) > 500
    # The services' refusals are collected too (tests/services/test_translatable_errors.py
    # holds every raise site to the marker).
    assert len([key for key in current if key[0] == "ServiceMessage"]) > 250
    untranslated = [
        key for key in current
        if key not in committed or not committed[key][1] or not committed[key][0].strip()
    ]
    assert not untranslated, (
        f"{len(untranslated)} UI strings lack a German translation; run "
        f"tools/update_translations.py and translate them: {untranslated[:10]}"
    )
    vanished = sorted(set(committed) - set(current))
    assert not vanished, (
        f"{len(vanished)} translations are of strings the code no longer uses; run "
        f"tools/update_translations.py, which drops them: {vanished[:10]}"
    )


def test_every_string_is_collected_in_its_context(
    committed: dict[Key, tuple[str, bool]]
) -> None:
    # lupdate files a call it cannot place under no context; the app then never finds the
    # translation. A `tr = QCoreApplication.translate` alias did that to the goal tables'
    # headers: tr("GoalTable", "Goal") was read as the text "GoalTable" with a comment.
    homeless = [key for key in committed if not key[0]]
    assert not homeless, homeless


def test_every_context_is_one_the_app_looks_in(committed: dict[Key, tuple[str, bool]]) -> None:
    # At run time a translation is looked up under the class of the object whose tr() is
    # called, or under the literal context of translate() / QT_TRANSLATE_NOOP. lupdate files
    # `app.tr(…)`, `dialog.tr(…)` or `tr_context.tr(…)` under the variable's name, where the
    # app never looks: "kamdesk cannot start" and a dialog's title stayed English in German.
    classes: set[str] = set()
    literal: set[str] = set()
    for path in UI_SOURCES:
        source = path.read_text(encoding="utf-8")
        classes.update(re.findall(r"^\s*class (\w+)", source, re.MULTILINE))
        literal.update(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"(\w+)\"", source))
    nowhere = sorted({key[0] for key in committed} - classes - literal)
    assert not nowhere, nowhere


def test_placeholders_and_markup_survive(committed: dict[Key, tuple[str, bool]]) -> None:
    for (context, source, _comment), (text, _finished) in committed.items():
        for placeholder in set(re.findall(r"%\d|%n|\{\w+(?:![rsa])?(?::[^{}]*)?\}", source)):
            assert placeholder in text, (context, source, text)
        for tag in re.findall(r"</?\w+>", source):
            assert tag in text, (context, source, text)


def test_the_compiled_translation_is_german(german: QTranslator) -> None:
    assert german.translate("MainWindow", "&Settings…") == "E&instellungen…"
    assert german.translate("MainWindow", "&File") == "&Datei"
    assert german.translate("MainWindow", "&Undo") == "&Rückgängig"
    assert german.translate("GoalsTab", "Goals") == "Ziele"
    assert german.translate("ActionsTab", "Actions") == "Maßnahmen"
    assert german.translate("SettingsDialog", "Settings") == "Einstellungen"
    assert german.translate("ExportOptionsPanel", "Account plan") == "Account-Plan"
    assert german.translate("AccountListModel", "Owner: %1") == "Verantwortlich: %1"
    assert german.translate("GoalTable", "Progress") == "Fortschritt"


def test_accelerators_are_unique_within_each_german_menu(
    german: QTranslator, context: AppContext, qtbot: QtBot
) -> None:
    main = MainWindow(context)
    qtbot.addWidget(main)
    for menu_action in main.menuBar().actions():
        menu = menu_action.menu()
        keys = [
            match.group(1).lower()
            for action in menu.actions()
            if (match := re.search(r"&([^&])", action.text()))
        ]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_main_window_speaks_german_on_an_empty_database(
    german: QTranslator, context: AppContext, qtbot: QtBot
) -> None:
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    wait_for_list(qtbot, main)
    titles = [action.text() for action in main.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert main.stack.currentWidget() is main.welcome
    assert main.welcome.new_button.text() == "Neuer Kunde"
    assert main.welcome.demo_button.text() == "Demo-Portfolio laden"
    assert "Ihr Portfolio ist leer" in main.welcome.hint.text()
    assert main.save_label.text() == "Alle Änderungen gespeichert"
