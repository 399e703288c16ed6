"""Service refusals reach the user in the UI's language, and only through ``error_text``."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import kamdesk
from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.reports.deck.deck_master import TemplateError, template_master
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.store.errors import StorageError, ValidationError, edit_conflict
from kamdesk.ui.common.error_messages import error_text, reason_text

UI = Path(kamdesk.__file__).parent / "ui"
#: Calls that read an error's text to parse it, not to show it.
PARSING = {"search", "match", "fullmatch"}
#: Names the UI gives an error it did not catch itself (``refusal = context.push(command)``).
ERROR_NAMES = {"error", "exc", "exception", "refusal", "refused", "failure", "problem"}


def _shown_as_str(path: Path, root: Path = UI) -> list[str]:
    """``str()`` of an error (a caught exception, or a refusal an edit returned).

    Text that is only parsed (``pattern.search(str(error))``) is not shown and not counted.
    """
    # One walk of the tree, its calls and handlers kept (three walks took half the time).
    calls: list[ast.Call] = []
    caught: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            calls.append(node)
        elif isinstance(node, ast.ExceptHandler) and node.name is not None:
            caught.add(node.name)
    parsed = {
        id(argument)
        for node in calls
        if isinstance(node.func, ast.Attribute) and node.func.attr in PARSING
        for argument in node.args
    }
    return [
        f"{path.relative_to(root).as_posix()}:{node.lineno}"
        for node in calls
        if isinstance(node.func, ast.Name)
        and node.func.id == "str" and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id in caught | ERROR_NAMES
        and id(node) not in parsed
    ]


def test_no_ui_module_shows_an_error_with_str() -> None:
    modules = [path for path in sorted(UI.rglob("*.py")) if path.name != "error_messages.py"]
    found = [site for path in modules for site in _shown_as_str(path)]
    assert found == [], f"show these with error_text(error): {found}"


def test_the_check_finds_str_of_a_caught_error_but_not_parsing(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "try:\n    run()\nexcept ValueError as error:\n    label.setText(str(error))\n"
        "    found = pattern.search(str(error))\n"
        "refusal = context.push(command)\nrow.show_error(str(refusal))\n",
        encoding="utf-8",
    )
    assert sorted(_shown_as_str(sample, tmp_path)) == ["sample.py:4", "sample.py:7"]


def test_an_error_with_a_plain_text_is_shown_as_it_is() -> None:
    assert error_text(OSError("No space left on device")) == "No space left on device"


def test_english_is_the_sentence_as_the_command_line_prints_it(qapp: QApplication) -> None:
    refused = ValidationError(QT_TRANSLATE_NOOP("ServiceMessage", "The account needs a name."))
    assert error_text(refused) == str(refused) == "The account needs a name."


def test_german_translates_the_sentence_and_the_words_in_it(german: None) -> None:
    assert error_text(deleted_elsewhere("goal")) == (
        "Dieses Ziel wurde an anderer Stelle gelöscht und existiert nicht mehr."
    )
    assert error_text(deleted_elsewhere("person")) == (
        "Diese Person wurde an anderer Stelle gelöscht und existiert nicht mehr."
    )
    assert error_text(edit_conflict()) == (
        "Dieser Eintrag wurde inzwischen an anderer Stelle geändert; die andere Änderung wurde "
        "behalten und diese nicht gespeichert; die aktuellen Werte wurden geladen."
    )
    with pytest.raises(TemplateError) as refused:
        template_master(b"not a presentation", "broken.pptx")
    assert error_text(refused.value) == (
        "Die Vorlage broken.pptx ist keine PowerPoint-Präsentation, die kamdesk lesen kann; "
        "speichern Sie sie in PowerPoint oder Impress als .pptx-Datei."
    )
    limit = QT_TRANSLATE_NOOP("ServiceMessage", "At most {limit} characters fit here.")
    assert error_text(ValidationError(limit.format(limit=120))) == (
        "Hier passen höchstens 120 Zeichen."
    )


def test_german_names_the_choice_and_the_rule_in_its_own_words(german: None) -> None:
    from kamdesk.services.common.check_refusals import check_sentence
    from kamdesk.services.export.document_choice_refusals import PAPER_SIZE, check_choice

    with pytest.raises(ValidationError) as unknown:
        check_choice(PAPER_SIZE, "a3", ("a4", "letter"))
    assert error_text(unknown.value) == (
        "Unbekanntes Papierformat 'a3'; verwenden Sie eines von a4, letter."
    )
    refused = ValidationError(check_sentence("CHECK constraint failed: ck_stakeholder_influence"))
    assert error_text(refused) == "Diese Bewertung ist eine ganze Zahl von 1 bis 5."


def test_german_words_the_operating_systems_refusal_too(german: None) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    refused = StorageError(
        QT_TRANSLATE_NOOP("ServiceMessage", "Could not write {path}: {reason}.").format(
            path="/media/stick/plan.pdf", reason=os_reason(full)
        )
    )
    shown = error_text(refused)
    assert shown.startswith("/media/stick/plan.pdf") or "/media/stick/plan.pdf" in shown
    assert "No space left" not in shown and "disk is full" not in shown
    assert reason_text(full) in shown
    assert reason_text(full) != "the disk is full"  # translated, not passed through
    assert reason_text(OSError(errno.ENXIO, "No such device or address")) == (
        "No such device or address"  # a cause we do not word keeps the system's words
    )
