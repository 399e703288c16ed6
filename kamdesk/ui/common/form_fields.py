"""Pieces of edit forms: a field with its error line, multi-line text that saves on leaving,
and locale-aware whole numbers (money: :mod:`kamdesk.ui.common.money_text`).

Forms save a field when it is left. A value that cannot be read (text in a number field)
never leaves the form: :class:`ParseError` carries the sentence shown under the field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kamdesk.ui.common.app_style import INVALID_BORDER, style_named_widgets


class ParseError(ValueError):
    """Typed text that is not a value of the field's kind; the message is for the user."""


class FieldRow(QWidget):
    """An input widget with a red sentence under it when the input was refused."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)
        self.setFocusProxy(editor)

    def show_error(self, message: str) -> None:
        """Show why the input was refused (empty: clear it)."""
        if not message and self._shows_no_error():
            # Forms clear every field's error each time they show a record (thousands of
            # calls while tabs are switched); a field already clear has nothing to change.
            return
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        style_named_widgets(self)
        # A red frame on the field itself; composite editors (amount + unit) keep theirs.
        if type(self.editor) is not QWidget:
            self.editor.setStyleSheet(INVALID_BORDER if message else "")

    def _shows_no_error(self) -> bool:
        """Whether a clear has left the field as it is now: no sentence, no red frame."""
        return (
            self.editor.property("invalid") is False
            and not self.error_label.text()
            and self.error_label.isHidden()
            and (type(self.editor) is QWidget or not self.editor.styleSheet())
        )

    def error(self) -> str:
        """The sentence shown now ("" when none), also while its tab is out of sight."""
        return "" if self.error_label.isHidden() else self.error_label.text()


def holds_unsaved_typing(editor: QWidget) -> bool:
    """Whether the user is typing into ``editor`` (or a part of it) and has not saved yet.

    A form that reads its data again because someone else changed it leaves such a field
    alone: the text is saved when the field is left, against the newest version.
    """
    focus = QApplication.focusWidget()
    if focus is None or not (focus is editor or editor.isAncestorOf(focus)):
        return False
    if isinstance(focus, QLineEdit):
        return focus.isModified()
    if isinstance(focus, QPlainTextEdit):
        return focus.document().isModified()
    return False


class CommitPlainTextEdit(QPlainTextEdit):
    """Multi-line text that reports ``editingFinished`` when it loses focus, like a line edit."""

    editingFinished = Signal()

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def parse_whole_number(text: str, example: str = "250") -> int | None:
    """A whole number typed in the user's locale ("" is None)."""
    cleaned = _without_grouping(text)
    if not cleaned:
        return None
    if not _WHOLE.match(cleaned):
        raise ParseError(
            QCoreApplication.translate(
                "FormFields", "Enter a whole number, for example %1."
            ).replace("%1", example)
        )
    return int(cleaned)


def format_whole_number(value: int | None) -> str:
    """A count for an edit field, in the user's locale ("" for none)."""
    return "" if value is None else QLocale().toString(value)


_WHOLE = re.compile(r"^-?\d+$")


def _without_grouping(text: str) -> str:
    locale = QLocale()
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    return text.replace(locale.groupSeparator(), "")
