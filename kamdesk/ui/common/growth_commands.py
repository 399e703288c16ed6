"""Undo commands of the whitespace and opportunity tabs and the catalogue.

These commands check on undo and redo that the row still holds the values the command
left there (compare-and-set), not the version it saw: a later edit of the same row and
its own undo move the version on, so a version check would call two undos of one row in
turn a conflict. The first execution checks the version the user saw, as every edit does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from kamdesk.services.common.row_editing import DeletedRows
from kamdesk.services.growth import opportunity_editing, whitespace_editing
from kamdesk.services.growth.opportunity_editing import CellOpportunity
from kamdesk.store.database import Database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.undo_commands import USER_ERRORS

#: ``update(row_id, version, changes, expected) -> new version``
ExpectingUpdater = Callable[[int, int | None, Mapping[str, Any], Mapping[str, Any] | None], int]


class _ReportingCommand(QUndoCommand):
    """Runs a step, reports a refusal through the context and notifies the areas changed."""

    def __init__(
        self, context: AppContext, text: str, areas: Sequence[str], account_id: int | None
    ) -> None:
        super().__init__(text)
        self._context = context
        self._areas = tuple(areas)
        self._account_id = account_id
        self.failed = False

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except USER_ERRORS as error:
            self.failed = True
            self.setObsolete(True)
            self._context.failed.emit(str(error))
        for area in self._areas:
            self._context.notify(area, self._account_id)


class ExpectingEditCommand(_ReportingCommand):
    """Change fields of one row through a service ``update`` that accepts ``expected``."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        update: ExpectingUpdater,
        row_id: int,
        version: int | None,
        old_values: Mapping[str, Any],
        new_values: Mapping[str, Any],
        areas: Sequence[str],
        account_id: int | None,
    ) -> None:
        super().__init__(context, text, areas, account_id)
        self._update = update
        self.row_id = row_id
        self._version = version
        self._old = dict(old_values)
        self._new = dict(new_values)
        self._done_once = False

    def redo(self) -> None:
        if self._done_once:
            self._run(lambda: self._write(self._new, self._old))
        else:
            self._done_once = True
            self._run(lambda: self._write(self._new, None))

    def undo(self) -> None:
        self._run(lambda: self._write(self._old, self._new))

    def _write(self, values: Mapping[str, Any], expected: Mapping[str, Any] | None) -> None:
        self._update(self.row_id, None if expected is not None else self._version, values,
                     expected)


class CellEditCommand(_ReportingCommand):
    """Change a whitespace cell (status, value, competitor, note)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        cell: whitespace_editing.CellRow,
        new_values: Mapping[str, Any],
        account_id: int,
    ) -> None:
        super().__init__(context, text, ("whitespace",), account_id)
        self._db: Database = context.db
        self._cell = cell
        old = cell.values()
        self._old = {name: old[name] for name in new_values}
        self._new = dict(new_values)
        self._done_once = False

    def redo(self) -> None:
        if self._done_once:
            self._run(lambda: self._write(self._new, self._old))
        else:
            self._done_once = True
            self._run(lambda: self._write(self._new, None))

    def undo(self) -> None:
        self._run(lambda: self._write(self._old, self._new))

    def _write(self, values: Mapping[str, Any], expected: Mapping[str, Any] | None) -> None:
        whitespace_editing.set_cell(
            self._db,
            self._cell.unit_id,
            self._cell.offering_id,
            self._cell.version,
            values,
            expected=expected,
        )


class OpportunityFromCellCommand(_ReportingCommand):
    """Open an opportunity from a cell and set the cell in progress; undo takes both back."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        cell: whitespace_editing.CellRow,
        title: str,
        account_id: int,
    ) -> None:
        super().__init__(context, text, ("whitespace", "opportunities"), account_id)
        self._db: Database = context.db
        self._cell = cell
        self._title = title
        self.made: CellOpportunity | None = None
        self._withdrawn: DeletedRows | None = None

    def redo(self) -> None:
        def step() -> None:
            if self.made is None:
                self.made = opportunity_editing.open_opportunity_from_cell(
                    self._db, self._cell.unit_id, self._cell.offering_id, self._cell.version,
                    self._title,
                )
            elif self._withdrawn is not None:
                opportunity_editing.reopen_opportunity_from_cell(
                    self._db, self.made, self._withdrawn
                )

        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            if self.made is not None:
                self._withdrawn = opportunity_editing.withdraw_opportunity_from_cell(
                    self._db, self.made
                )

        self._run(step)


class ReorderCommand(_ReportingCommand):
    """Put rows in a new order (``apply(ids)``); undo puts back the order before."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        apply: Callable[[Sequence[int]], None],
        old_order: Sequence[int],
        new_order: Sequence[int],
        areas: Sequence[str],
        account_id: int | None,
    ) -> None:
        super().__init__(context, text, areas, account_id)
        self._apply = apply
        self._old = list(old_order)
        self._new = list(new_order)

    def redo(self) -> None:
        self._run(lambda: self._apply(self._new))

    def undo(self) -> None:
        self._run(lambda: self._apply(self._old))


def push_command(context: AppContext, account_id: int | None, command: QUndoCommand) -> str:
    """Push a command onto the account's stack; returns the refusal sentence ("" if none).

    The sentence also reaches the status bar through ``context.failed``; the caller shows
    it next to the field the user typed in as well.
    """
    messages: list[str] = []
    context.failed.connect(messages.append)
    try:
        context.undo_stack(account_id).push(command)
    finally:
        context.failed.disconnect(messages.append)
    return messages[-1] if messages else ""
