"""The base of every tab of the account workspace."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.ui.common.app_context import AppContext


@dataclass(frozen=True)
class HeldTyping:
    """A field whose typing a tab holds but has not saved, as the user reads it."""

    field: str  # the field's label
    refusal: str  # why it was refused ("" when valid, held only with a refused one)


class WorkspaceTab(QWidget):
    """One area of an account (Profile, Stakeholders, Goals …) as a tab.

    Subclasses set ``area`` (a stable id: ``show_area("goals")``) and ``kinds`` (the kinds
    of data the tab shows), give a translated ``title()``, and load their data in
    ``reload``. A change of one of its kinds for its account (or the whole portfolio)
    reaches :meth:`apply_change` while the tab is on screen; a tab out of sight only notes
    that it is stale and reads its data again when it is shown.
    """

    area = "base"
    kinds: frozenset[DataKind] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self.stale = False
        context.changed.connect(self._on_change)

    def title(self) -> str:
        """The tab's label, translated."""
        raise NotImplementedError  # every concrete tab names itself

    def set_account(self, account_id: int | None) -> None:
        """Show this account (None: no account selected)."""
        self.account_id = account_id
        self.stale = False
        self.reload()

    def reload(self) -> None:
        """Read the account's data for this tab again."""

    # -- typing not saved yet (asked about before the window leaves the account) ------------

    def held_typing(self) -> list[HeldTyping]:
        """The fields whose typing this tab holds unsaved, in the order shown (default: none).

        A tab whose form keeps a refused value in its field, to be corrected, answers here,
        so that leaving the account or closing the window never throws it away unasked.
        """
        return []

    def focus_held_typing(self) -> None:
        """Put the cursor into the first field :meth:`held_typing` names."""

    def discard_held_typing(self) -> None:
        """Let the held typing go: its fields show what is stored again."""

    def save_valid_held_typing(self) -> None:
        """Save the held fields that are valid (no refusal) and let the refused ones go.

        A refusal of that save (changed elsewhere) shows at its field and stays held.
        """

    def apply_change(self, change: Change) -> None:
        """Bring the tab up to date after ``change`` (default: read everything again).

        Tabs made of parts override this to reload only the parts the change affects.
        """
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.account_id is not None:
            self.stale = False
            self.reload()

    def _on_change(self, change: Change) -> None:
        if self.account_id is None or not change.concerns(self.account_id):
            return
        if change.kind is not DataKind.EVERYTHING and change.kind not in self.kinds:
            return
        if not self.isVisible():
            self.stale = True
            return
        self.apply_change(change)
