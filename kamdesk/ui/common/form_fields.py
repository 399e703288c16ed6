"""Pieces of edit forms: a field with its error line, multi-line text that saves on leaving,
locale-aware parsing of numbers and money, and pushing an edit while catching its refusal.

Forms save a field when it is left. A value that cannot be read (text in a number field)
never leaves the form: :class:`ParseError` carries the sentence shown under the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.app_style import INVALID_BORDER, style_named_widgets
from kamdesk.ui.common.undo_commands import USER_ERRORS, FieldEditCommand, Updater


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
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        style_named_widgets(self)
        # A red frame on the field itself; composite editors (amount + unit) keep theirs.
        if type(self.editor) is not QWidget:
            self.editor.setStyleSheet(INVALID_BORDER if message else "")

    def error(self) -> str:
        """The sentence shown now ("" when none)."""
        return self.error_label.text() if self.error_label.isVisible() else ""


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


def parse_money(text: str) -> Decimal | None:
    """An amount of money typed in the user's locale ("" is None), exact as a Decimal."""
    cleaned = _without_grouping(text).replace(QLocale().decimalPoint(), ".")
    if not cleaned:
        return None
    if not _AMOUNT.match(cleaned):
        example = QLocale().toString(1250000.5, "f", 2)
        raise ParseError(
            QCoreApplication.translate("FormFields", "Enter an amount, for example %1.").replace(
                "%1", example
            )
        )
    return Decimal(cleaned)


def format_money(value: Decimal | None) -> str:
    """An amount for an edit field, in the user's locale ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", 2)


def format_whole_number(value: int | None) -> str:
    """A count for an edit field, in the user's locale ("" for none)."""
    return "" if value is None else QLocale().toString(value)


_WHOLE = re.compile(r"^-?\d+$")
_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")


def _without_grouping(text: str) -> str:
    locale = QLocale()
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    return text.replace(locale.groupSeparator(), "")


def push_field_edit(
    context: AppContext,
    text: str,
    update: Updater,
    row_id: int,
    version: int | None,
    old_values: Mapping[str, Any],
    new_values: Mapping[str, Any],
    area: str,
    account_id: int | None,
    stack_account: int | None = None,
) -> Exception | None:
    """Push an undoable edit; returns the refusal of its first application (None: stored).

    The command itself reports the refusal to the status bar and reloads the views; the
    caller gets the error too, to show it at the field it concerns.
    """
    errors: list[Exception] = []

    def guarded(rid: int, ver: int | None, values: Mapping[str, Any]) -> int:
        try:
            return update(rid, ver, values)
        except USER_ERRORS as error:
            errors.append(error)
            raise

    command = FieldEditCommand(
        context, text, guarded, row_id, version, old_values, new_values, area, account_id
    )
    context.undo_stack(stack_account if stack_account is not None else account_id).push(command)
    return errors[0] if errors else None
