"""Helpers for driving editable tables as a user does: open a cell, type, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot


def type_into_cell(
    qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str
) -> None:
    """Open the cell's editor (or use the one already open), type, and commit with Enter."""
    index = view.model().index(row, column)
    if not (view.state() == QAbstractItemView.State.EditingState
            and view.currentIndex() == index):
        view.setCurrentIndex(index)
        view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    closed: list[bool] = []
    editor.destroyed.connect(lambda: closed.append(True))
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The edit is stored once the editor has closed (the view queues the store behind the
    # commit): wait for the editor's deletion, then deliver what the commit queued. A fixed
    # short wait was not enough on a busy machine.
    qtbot.waitUntil(lambda: bool(closed), timeout=5_000)
    QCoreApplication.processEvents()
