"""The one undo step of an import: the place where the wizard meets the app's undo stack.

The import itself ran in the background before the command is pushed, so the first
``redo`` (which QUndoStack calls on push) does nothing; later undos and redos go through
the import service, which refuses — with a sentence — when the imported rows were changed
since. Kept in this one small module so that a change of how the app announces changes
and undoes touches only here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtGui import QUndoCommand

from kamdesk.services.exchange.import_changes import ImportChanges, redo_changes, undo_changes
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.undo_commands import USER_ERRORS


class ImportCommand(QUndoCommand):
    """Undo removes what an import created and restores what it updated; redo repeats it."""

    def __init__(self, context: AppContext, text: str, changes: ImportChanges) -> None:
        super().__init__(text)
        self._context = context
        self._changes = changes
        self._done = True  # pushed after the import has been written

    def redo(self) -> None:
        if self._done:  # the push right after the import: it is written already
            self._announce()
            return
        self._run(lambda: redo_changes(self._context.db, self._changes, datetime.now(UTC)),
                  done_after=True)

    def undo(self) -> None:
        self._run(lambda: undo_changes(self._context.db, self._changes, datetime.now(UTC)),
                  done_after=False)

    def _run(self, call: Callable[[], None], done_after: bool) -> None:
        try:
            call()
            self._done = done_after
        except USER_ERRORS as error:
            self.setObsolete(True)
            self._context.failed.emit(str(error))
        self._announce()

    def _announce(self) -> None:
        self._context.accounts_changed.emit()
        self._context.notify("all", None)


def push_import(context: AppContext, text: str, changes: ImportChanges) -> None:
    """Record a finished import as one step on the global undo stack."""
    context.undo_stack(None).push(ImportCommand(context, text, changes))
