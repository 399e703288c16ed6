"""What every window, tab and dialog of the app shares: the database and the undo stacks.

Tabs never talk to each other directly: they tell the context that data changed, and the
context's signals let every interested view reload. One undo stack per account (grouped in
a QUndoGroup), so Ctrl+Z undoes the last edit of the account on screen, whatever tab it was
made in, and survives switching tabs and accounts.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

if TYPE_CHECKING:  # the app shows its window before it loads the database layer
    from kamdesk.store.database import Database

GLOBAL_STACK = 0  # the undo stack for edits that belong to no account (settings, team)


class AppContext(QObject):
    """The shared state of one open database."""

    #: (area, account id or 0): an area of the data changed ("profile", "stakeholders", …).
    data_changed = Signal(str, int)
    #: The list of accounts changed (added, renamed, deleted, tier or owner changed).
    accounts_changed = Signal()
    #: Every pending change has been written to the database.
    saved = Signal()
    #: A user action failed; the text is one sentence for the status bar or a message box.
    failed = Signal(str)
    #: Ask the main window to show an account (id) and optionally a tab (area name).
    open_account_requested = Signal(int, str)
    #: Ask the main window to open the offerings catalogue (a settings page) in a dialog.
    catalogue_requested = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        # The newest version of each row that this window itself wrote. Undoing two edits of
        # one row in turn must not look like a change made elsewhere: the second undo starts
        # from the version the first one produced. Changes by others are never recorded here,
        # so they are still detected.
        self._written_versions: dict[Hashable, int] = {}

    def version_to_expect(self, row_key: Hashable, seen: int | None) -> int | None:
        """The version an edit of this row should expect: what we saw or last wrote."""
        written = self._written_versions.get(row_key)
        if seen is None or written is None:
            return seen
        return max(seen, written)

    def remember_version(self, row_key: Hashable, version: int) -> None:
        """Note the version this window's write gave the row."""
        self._written_versions[row_key] = version

    def undo_stack(self, account_id: int | None) -> QUndoStack:
        """The undo stack of an account (``None``: the global stack)."""
        key = account_id or GLOBAL_STACK
        stack = self._stacks.get(key)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[key] = stack
        return stack

    def activate_account(self, account_id: int | None) -> None:
        """Make the account's stack the one Ctrl+Z works on."""
        self.undo_group.setActiveStack(self.undo_stack(account_id))

    def forget_account(self, account_id: int) -> None:
        """Drop an account's undo history (after the account itself was deleted)."""
        stack = self._stacks.pop(account_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()

    def notify(self, area: str, account_id: int | None = None) -> None:
        """Tell every view that ``area`` of an account changed, and that it is saved."""
        self.data_changed.emit(area, account_id or 0)
        self.saved.emit()
