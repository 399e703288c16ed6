"""The undoable edits of the whitespace matrix: a cell changed, an opportunity opened from one.

Both are edits of the one protocol (:mod:`kamdesk.ui.common.edit_commands`): the first
application checks the cell the user saw, undo and redo the values their own step left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.common.row_deletion import DeletedRows
from kamdesk.services.growth import opportunity_editing, whitespace_editing
from kamdesk.services.growth.opportunity_editing import CellOpportunity
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import EditCommand, UpdateRowCommand


def cell_edit(
    context: AppContext,
    text: str,
    cell: whitespace_editing.CellRow,
    new_values: Mapping[str, Any],
    account_id: int,
    origin: object | None = None,
) -> UpdateRowCommand:
    """Change a whitespace cell (status, value, competitor, note); stored on its first change."""
    db = context.db
    old = cell.values()

    def update(_unit_id: int, seen: Any, values: Mapping[str, Any]) -> int:
        return whitespace_editing.set_cell(
            db, cell.unit_id, cell.offering_id, seen, values
        ).version

    return UpdateRowCommand(
        context, text, DataKind.WHITESPACE, account_id, update, cell.unit_id, cell.version,
        {name: old[name] for name in new_values}, new_values, origin,
    )


class OpportunityFromCellCommand(EditCommand):
    """Open an opportunity from a cell and set the cell in progress; undo takes both back."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        cell: whitespace_editing.CellRow,
        title: str,
        account_id: int,
        origin: object | None = None,
    ) -> None:
        super().__init__(context, text, DataKind.OPPORTUNITIES, account_id, origin)
        self._cell = cell
        self._title = title
        self.made: CellOpportunity | None = None
        self._withdrawn: DeletedRows | None = None

    def forward(self, first: bool) -> None:
        db = self.context.db
        if self.made is None:
            self.made = opportunity_editing.open_opportunity_from_cell(
                db, self._cell.unit_id, self._cell.offering_id, self._cell.version, self._title
            )
        elif self._withdrawn is not None:
            opportunity_editing.reopen_opportunity_from_cell(db, self.made, self._withdrawn)

    def backward(self) -> None:
        if self.made is not None:
            self._withdrawn = opportunity_editing.withdraw_opportunity_from_cell(
                self.context.db, self.made
            )

    def changes(self, origin: object | None) -> tuple[Change, ...]:
        opened = () if self.made is None else (self.made.opportunity_id,)
        return (
            Change.of(DataKind.WHITESPACE, self.account_id, origin=origin),
            Change.of(DataKind.OPPORTUNITIES, self.account_id, opened, origin=origin),
        )
