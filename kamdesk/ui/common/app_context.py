"""What every window, tab and dialog of the app shares: the database, the undo stacks and
the one stream of data changes.

Tabs never talk to each other directly: every edit goes through :meth:`AppContext.push`
as an undo command, which publishes a :class:`~kamdesk.domain.data_changes.Change` for
what it wrote — on the edit, its undo and its redo alike — and every view that shows that
kind of data for that account reloads what it affects. One undo stack per account
(grouped in a QUndoGroup), so Ctrl+Z undoes the last edit of the account on screen,
whatever tab it was made in, and survives switching tabs and accounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from kamdesk.domain.data_changes import Change

if TYPE_CHECKING:  # the app shows its window before it loads the database layer
    from kamdesk.store.database import Database

GLOBAL_STACK = 0  # the undo stack for edits that belong to no account (settings, team)


class UndoStep(QUndoCommand):
    """An undo step as the context stacks it: whose stack, and whether it was refused.

    Every edit command derives from it through
    :class:`~kamdesk.ui.common.edit_commands.EditCommand`, which does the work; it is
    declared here so that the context need not import the commands that import it.
    """

    def __init__(self, text: str, account_id: int | None) -> None:
        super().__init__(text)
        #: The account whose stack the step goes on (None: the global stack).
        self.account_id = account_id
        #: Why the last application was refused (None: it was stored).
        self.refusal: Exception | None = None


class AppContext(QObject):
    """The shared state of one open database."""

    #: Data changed (a :class:`Change`): views of its kind and account reload what it affects.
    changed = Signal(object)
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

    def push(self, command: UndoStep) -> Exception | None:
        """Apply an edit as a step of its account's undo stack; returns its refusal.

        A refused edit has already said why (``failed``) and left no step on the stack; the
        caller may show the refusal where the edit was made, too. None: stored.
        """
        self.undo_stack(command.account_id).push(command)
        return command.refusal

    def adopt_stack(self, account_id: int, stack: QUndoStack) -> None:
        """Make ``stack`` (of this context's group) the undo stack of a new account."""
        self.forget_account(account_id)  # a deleted account's id may come round again
        self._stacks[account_id] = stack

    def publish(self, change: Change) -> None:
        """Tell every view (and every cache) that this data changed, and that it is saved."""
        self.changed.emit(change)
        self.saved.emit()

    def announce(self, change: Change) -> None:
        """Tell every view that data changed elsewhere (another window, process or person).

        Unlike :meth:`publish` it says nothing about saving: this app wrote nothing.
        """
        self.changed.emit(change)

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

    def active_account(self) -> int | None:
        """The account whose stack Ctrl+Z works on (None: the global stack)."""
        active = self.undo_group.activeStack()
        return next(
            (key for key, stack in self._stacks.items() if stack is active and key), None
        )

    def forget_account(self, account_id: int) -> None:
        """Drop an account's undo history (its rows are gone for good)."""
        stack = self._stacks.pop(account_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
