"""The undo steps of New account and Delete account: their changes name the account itself.

An account's creation and deletion are changes of the portfolio's list of accounts, so
they publish :attr:`DataKind.ACCOUNTS` with the account's own id (the sidebar adds or
removes that one row, a portfolio cache drops that account's facts). The main window
imports this module only when the user adds or deletes an account.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.common.row_deletion import DeletedRows
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import AddRowCommand, Deleter, DeleteRowCommand


class NewAccountCommand(AddRowCommand):
    """Create an account: the change names the new account itself."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        create: Callable[[], int],
        delete: Deleter,
        restore: Callable[[DeletedRows], None],
        origin: object,
    ) -> None:
        super().__init__(context, text, DataKind.ACCOUNTS, None, create, delete, restore, origin)

    def changes(self, origin: object | None) -> tuple[Change, ...]:
        if self.row_id is None:  # refused: nothing was written
            return ()
        return (Change.of(DataKind.ACCOUNTS, self.row_id, (self.row_id,), origin=origin),)


class DeleteAccountCommand(DeleteRowCommand):
    """Delete an account (on the global stack: its own stack is for its edits)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        delete: Deleter,
        restore: Callable[[DeletedRows], None],
        account_id: int,
        origin: object,
    ) -> None:
        super().__init__(
            context, text, DataKind.ACCOUNTS, None, delete, restore, account_id, None, origin
        )

    def changes(self, origin: object | None) -> tuple[Change, ...]:
        return (Change.of(DataKind.ACCOUNTS, self.row_id, (self.row_id,), origin=origin),)


def push_new_account(context: AppContext, command: NewAccountCommand) -> Exception | None:
    """Create an account with its first undo step on the new account's own stack.

    The account is open right after it is made, so its stack is the one Ctrl+Z works on:
    the first Ctrl+Z after the last edit of a new account takes the account back. Returns
    the refusal, as :meth:`AppContext.push` does (None: created).
    """
    stack = QUndoStack(context.undo_group)
    stack.push(command)
    if command.refusal is not None or command.row_id is None:
        context.undo_group.removeStack(stack)
        stack.deleteLater()
        return command.refusal
    context.adopt_stack(command.row_id, stack)
    return None


def confirm_deletion(parent: QWidget, text: str, details: str) -> bool:
    """Whether the user confirms deleting the account (``text``; ``details``: what goes)."""
    # The texts were the main window's and keep its translation context.
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("MainWindow", "Delete account"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    undo = QCoreApplication.translate("MainWindow", "You can undo this with Ctrl+Z.")
    box.setInformativeText(" ".join(part for part in (details, undo) if part))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("MainWindow", "Delete")
    )
    return bool(box.exec() == QMessageBox.StandardButton.Yes)
