"""The one way an edit is made: an undo command over one compare-and-set service call.

Every edit — a field, a row added or deleted, a paste, a card dragged on the map, a score —
is an :class:`EditCommand` pushed through :meth:`AppContext.push`. Its first application
names the version the user saw; its undo and redo name the values their own step left in
the row (a later edit of the same row and that edit's undo move the version on, so a
version would call two undos of one row in turn a conflict). A refusal — changed or
deleted elsewhere, invalid — is said once (``context.failed``), kept in ``refusal`` for the
caller to show at the field, and makes the command obsolete: Qt removes it, so the stack
never shows a step that did not happen. Whatever happens, the command publishes the
changes of its kind of data, so every view shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.store.errors import ConflictError, NotFoundError, StorageError, ValidationError
from kamdesk.ui.common.app_context import AppContext, UndoStep
from kamdesk.ui.common.error_messages import error_text

if TYPE_CHECKING:
    # Types only: both modules load the ORM, which the app's first screen does without
    # (an edit's service call loads it when the edit is applied).
    from kamdesk.services.common.compare_and_set import Seen
    from kamdesk.services.common.row_deletion import DeletedRows

#: Errors a service raises with a message meant for the user.
USER_ERRORS = (ConflictError, NotFoundError, StorageError, ValidationError)

#: ``update(row_id, seen, values) -> new version``
Updater = Callable[[int, "Seen", Mapping[str, Any]], int]
#: ``delete(row_id, seen) -> what went``
Deleter = Callable[[int, "Seen"], "DeletedRows"]


def refusal_text(refusal: Exception | None) -> str:
    """What :meth:`AppContext.push` returned, as the sentence to show ("" when stored)."""
    return "" if refusal is None else error_text(refusal)


class EditCommand(UndoStep):
    """An undoable edit of one kind of data of one account (None: of the whole portfolio).

    Subclasses write :meth:`forward` (``first``: the edit itself, else a redo) and
    :meth:`backward` (the undo), each one service call that raises a user error when it is
    refused; the base reports, removes and publishes.
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        kind: DataKind,
        account_id: int | None,
        origin: object | None = None,
        fields: Sequence[str] = (),
    ) -> None:
        super().__init__(text, account_id)
        self.context = context
        self.kind = kind
        #: The view that made the edit: it already shows the edit's own first application.
        self.origin = origin
        self.fields = frozenset(fields)
        self._applied = False

    def forward(self, first: bool) -> None:
        """Apply the edit (``first``: as the user made it; else: redo it)."""
        raise NotImplementedError

    def backward(self) -> None:
        """Take the edit back."""
        raise NotImplementedError

    def row_ids(self) -> frozenset[int]:
        """The rows the edit writes, as far as known (empty: not known)."""
        return frozenset()

    def changes(self, origin: object | None) -> tuple[Change, ...]:
        """What the edit wrote, one change per kind of data."""
        return (Change(self.kind, self.account_id, self.row_ids(), self.fields, origin),)

    def redo(self) -> None:
        first = not self._applied
        self._applied = True
        self._run(lambda: self.forward(first), first)

    def undo(self) -> None:
        self._run(self.backward, False)

    def _run(self, step: Callable[[], None], first: bool) -> None:
        self.refusal = None
        try:
            step()
        except USER_ERRORS as error:
            self.refusal = error
            self.setObsolete(True)
            self.context.failed.emit(error_text(error))
        # After a refusal even the view that made the edit shows what the user typed, not
        # what is stored: it must reload like every other view.
        origin = self.origin if first and self.refusal is None else None
        for change in self.changes(origin):
            self.context.publish(change)


class UpdateRowCommand(EditCommand):
    """Change fields of one row: ``update(row_id, seen, values) -> new version``."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        kind: DataKind,
        account_id: int | None,
        update: Updater,
        row_id: int,
        seen: Seen,
        old_values: Mapping[str, Any],
        new_values: Mapping[str, Any],
        origin: object | None = None,
    ) -> None:
        super().__init__(context, text, kind, account_id, origin, tuple(new_values))
        self._update = update
        self.row_id = row_id
        self._seen = seen
        self._old = dict(old_values)
        self._new = dict(new_values)
        #: The row's version after the last application, as the service returned it.
        self.version: int | None = None

    def forward(self, first: bool) -> None:
        self.version = self._update(self.row_id, self._seen if first else self._old, self._new)

    def backward(self) -> None:
        self.version = self._update(self.row_id, self._new, self._old)

    def row_ids(self) -> frozenset[int]:
        return frozenset({self.row_id})


class AddRowCommand(EditCommand):
    """Add a row: ``create() -> id``; undo deletes it (and what was added under it)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        kind: DataKind,
        account_id: int | None,
        create: Callable[[], int],
        delete: Deleter,
        restore: Callable[[DeletedRows], None],
        origin: object | None = None,
    ) -> None:
        super().__init__(context, text, kind, account_id, origin)
        self._create = create
        self._delete = delete
        self._restore = restore
        self.row_id: int | None = None
        self._removed: DeletedRows | None = None

    def forward(self, first: bool) -> None:
        if self._removed is None:
            self.row_id = self._create()
        else:
            self._restore(self._removed)

    def backward(self) -> None:
        assert self.row_id is not None  # a refused creation never reaches the stack
        # The first undo deletes what this stack created and every later step of it has
        # already been undone; after a redo the row must hold what it held when it went.
        seen = None if self._removed is None else self._removed.seen_values()
        self._removed = self._delete(self.row_id, seen)

    def row_ids(self) -> frozenset[int]:
        return frozenset() if self.row_id is None else frozenset({self.row_id})


class DeleteRowCommand(EditCommand):
    """Delete a row and what goes with it; undo puts all of it back with the same ids."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        kind: DataKind,
        account_id: int | None,
        delete: Deleter,
        restore: Callable[[DeletedRows], None],
        row_id: int,
        seen: Seen,
        origin: object | None = None,
    ) -> None:
        super().__init__(context, text, kind, account_id, origin)
        self._delete = delete
        self._restore = restore
        self.row_id = row_id
        self._seen = seen
        self._removed: DeletedRows | None = None

    def forward(self, first: bool) -> None:
        seen = self._seen if self._removed is None else self._removed.seen_values()
        self._removed = self._delete(self.row_id, seen)

    def backward(self) -> None:
        assert self._removed is not None
        self._restore(self._removed)

    def row_ids(self) -> frozenset[int]:
        return frozenset({self.row_id})


class ReorderCommand(EditCommand):
    """Put rows in a new order (``apply(ids)``); undo puts back the order before.

    The service refuses an order that does not name exactly the rows there are now.
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        kind: DataKind,
        account_id: int | None,
        apply: Callable[[Sequence[int]], None],
        old_order: Sequence[int],
        new_order: Sequence[int],
    ) -> None:
        super().__init__(context, text, kind, account_id, fields=("position",))
        self._apply = apply
        self._old = list(old_order)
        self._new = list(new_order)

    def forward(self, first: bool) -> None:
        self._apply(self._new)

    def backward(self) -> None:
        self._apply(self._old)


class EditSequence(EditCommand):
    """Several edits as one undo step (an opportunity won, and its cell marked active).

    A step refused on the first application is said and left out; the others stand, as
    they would have as separate edits. When every step is refused, nothing is left.
    """

    def __init__(self, context: AppContext, text: str, steps: Sequence[EditCommand]) -> None:
        super().__init__(context, text, steps[0].kind, steps[0].account_id)
        self._steps = list(steps)

    def forward(self, first: bool) -> None:
        if not first:
            for step in self._steps:
                step.forward(False)
            return
        kept: list[EditCommand] = []
        refusal: Exception | None = None
        for step in self._steps:
            try:
                step.forward(True)
            except USER_ERRORS as error:
                refusal = refusal or error
                continue
            kept.append(step)
        if refusal is not None and not kept:
            raise refusal  # the steps stay listed: their views reload what is stored
        self._steps = kept
        if refusal is not None:
            self.refusal = refusal
            self.context.failed.emit(error_text(refusal))

    def backward(self) -> None:
        for step in reversed(self._steps):
            step.backward()

    def changes(self, origin: object | None) -> tuple[Change, ...]:
        return tuple(change for step in self._steps for change in step.changes(origin))
