"""A form field's error line: shown, cleared, and cleared again without change."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.ui.common.app_style import INVALID_BORDER
from kamdesk.ui.common.form_fields import FieldRow


def _shown(row: FieldRow) -> tuple[str, bool, str, object]:
    return (row.error_label.text(), row.error_label.isHidden(), row.editor.styleSheet(),
            row.editor.property("invalid"))


def test_an_error_is_shown_cleared_and_shown_again(qtbot: QtBot) -> None:
    row = FieldRow(QLineEdit())
    qtbot.addWidget(row)
    row.show()
    row.show_error("")
    assert _shown(row) == ("", True, "", False)
    row.show_error("Type a number.")
    assert _shown(row) == ("Type a number.", False, INVALID_BORDER, True)
    assert row.error() == "Type a number."
    row.show_error("Type a whole number.")
    assert _shown(row) == ("Type a whole number.", False, INVALID_BORDER, True)
    for _ in range(2):  # forms clear a clear field again each time they show a record
        row.show_error("")
        assert _shown(row) == ("", True, "", False)
        assert row.error() == ""
    row.show_error("Type a number.")
    assert _shown(row) == ("Type a number.", False, INVALID_BORDER, True)


def test_the_first_clear_takes_a_red_frame_off_the_field(qtbot: QtBot) -> None:
    editor = QLineEdit()
    editor.setStyleSheet(INVALID_BORDER)  # as a form that marked the field itself
    row = FieldRow(editor)
    qtbot.addWidget(row)
    row.show_error("")
    assert _shown(row) == ("", True, "", False)
