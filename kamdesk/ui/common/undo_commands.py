"""Undoable edits that go through services: field changes, additions and deletions.

A command keeps the row's current version, because every write through a service moves
the version on: the undo of an edit expects the version the edit produced. When a service
refuses (changed elsewhere, deleted elsewhere, invalid), the command reports the sentence
through the context and marks itself obsolete, so the stack never pretends it succeeded.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from kamdesk.services.common.row_editing import DeletedRows
from kamdesk.store.errors import ConflictError, NotFoundError, StorageError, ValidationError
from kamdesk.ui.common.app_context import AppContext

#: Errors a service raises with a message meant for the user.
USER_ERRORS = (ConflictError, NotFoundError, StorageError, ValidationError)

Updater = Callable[[int, int | None, Mapping[str, Any]], int]


class FieldEditCommand(QUndoCommand):
    """Change some fields of one row: ``update(row_id, version, values) -> new version``."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        update: Updater,
        row_id: int,
        version: int | None,
        old_values: Mapping[str, Any],
        new_values: Mapping[str, Any],
        area: str,
        account_id: int | None,
        row_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._update = update
        self.row_id = row_id
        # Which row this is, for the versions the window wrote (area and id by default).
        self._row_key: Hashable = row_key if row_key is not None else (area, row_id)
        self.version = version
        self._old = dict(old_values)
        self._new = dict(new_values)
        self._area = area
        self._account_id = account_id
        self.failed = False

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, values: Mapping[str, Any]) -> None:
        try:
            expected = self._context.version_to_expect(self._row_key, self.version)
            self.version = self._update(self.row_id, expected, values)
            if self.version is not None:
                self._context.remember_version(self._row_key, self.version)
        except USER_ERRORS as error:
            self.failed = True
            self.setObsolete(True)
            self._context.failed.emit(str(error))
            self._context.notify(self._area, self._account_id)
            return
        self._context.notify(self._area, self._account_id)


class AddCommand(QUndoCommand):
    """Add a row: ``create() -> id``; undo deletes it (and what was added under it)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        create: Callable[[], int],
        delete: Callable[[int], DeletedRows],
        restore: Callable[[DeletedRows], None],
        area: str,
        account_id: int | None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._create = create
        self._delete = delete
        self._restore = restore
        self._area = area
        self._account_id = account_id
        self.row_id: int | None = None
        self._removed: DeletedRows | None = None
        self.failed = False

    def redo(self) -> None:
        try:
            if self._removed is None:
                self.row_id = self._create()
            else:
                self._restore(self._removed)
        except USER_ERRORS as error:
            self._fail(error)
            return
        self._context.notify(self._area, self._account_id)

    def undo(self) -> None:
        if self.row_id is None:
            return
        try:
            self._removed = self._delete(self.row_id)
        except USER_ERRORS as error:
            self._fail(error)
            return
        self._context.notify(self._area, self._account_id)

    def _fail(self, error: Exception) -> None:
        self.failed = True
        self.setObsolete(True)
        self._context.failed.emit(str(error))
        self._context.notify(self._area, self._account_id)


class DeleteCommand(QUndoCommand):
    """Delete a row and what goes with it; undo puts all of it back with the same ids."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        delete: Callable[[], DeletedRows],
        restore: Callable[[DeletedRows], None],
        area: str,
        account_id: int | None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._delete = delete
        self._restore = restore
        self._area = area
        self._account_id = account_id
        self._removed: DeletedRows | None = None
        self.failed = False

    def redo(self) -> None:
        try:
            self._removed = self._delete()
        except USER_ERRORS as error:
            self.failed = True
            self.setObsolete(True)
            self._context.failed.emit(str(error))
            return
        self._context.notify(self._area, self._account_id)

    def undo(self) -> None:
        if self._removed is None:
            return
        try:
            self._restore(self._removed)
        except USER_ERRORS as error:
            self.failed = True
            self.setObsolete(True)
            self._context.failed.emit(str(error))
            return
        self._context.notify(self._area, self._account_id)
