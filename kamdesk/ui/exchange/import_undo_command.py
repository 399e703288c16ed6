"""The one undo step of an import: the place where the wizard meets the app's undo stack.

The import itself ran in the background before the command is pushed, so the first
application (which QUndoStack runs on push) writes nothing; later undos and redos go
through the import service, which refuses — with a sentence — when the imported rows were
changed since. An import may touch any number of accounts, so it publishes a change of
everything: every view and cache reads again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kamdesk.domain.data_changes import DataKind
from kamdesk.services.exchange.import_changes import ImportChanges, redo_changes, undo_changes
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import EditCommand


class ImportCommand(EditCommand):
    """Undo removes what an import created and restores what it updated; redo repeats it."""

    def __init__(self, context: AppContext, text: str, changes: ImportChanges) -> None:
        super().__init__(context, text, DataKind.EVERYTHING, None)
        self._changes = changes

    def forward(self, first: bool) -> None:
        if not first:  # the first application is the import the wizard already wrote
            redo_changes(self.context.db, self._changes, datetime.now(UTC))

    def backward(self) -> None:
        undo_changes(self.context.db, self._changes, datetime.now(UTC))


def push_import(context: AppContext, text: str, changes: ImportChanges) -> None:
    """Record a finished import as one step on the global undo stack."""
    context.push(ImportCommand(context, text, changes))
