"""Answering the question about held typing in tests: message boxes answered in turn.

Shared by the tests of leaving an account (tests/ui/shell) and of leaving a goal, a
whitespace cell or a person inside a tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

Button = QMessageBox.StandardButton


class Answers:
    """Answers message boxes with the given buttons in turn (the last one from then on)
    and keeps what each box said."""

    def __init__(self, buttons: tuple[QMessageBox.StandardButton, ...]) -> None:
        self.buttons = list(buttons)
        self.asked: list[QMessageBox] = []
        self.texts: list[str] = []

    def answer(self, box: QMessageBox) -> int:
        self.asked.append(box)
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        button = self.buttons.pop(0) if len(self.buttons) > 1 else self.buttons[0]
        return button.value


def answer_boxes(monkeypatch: pytest.MonkeyPatch, *buttons: QMessageBox.StandardButton) -> Answers:
    """Every message box from now on is answered (not shown) by ``buttons`` in turn."""
    answers = Answers(buttons)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.answer(box))
    return answers
