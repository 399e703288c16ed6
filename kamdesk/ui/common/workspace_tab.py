"""The base of every tab of the account workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kamdesk.ui.common.app_context import AppContext


class WorkspaceTab(QWidget):
    """One area of an account (Profile, Stakeholders, Goals …) as a tab.

    Subclasses set ``area`` (a stable id, also used in ``AppContext.data_changed``), give a
    translated ``title()``, and load their data in ``set_account``. A tab reloads itself when
    the context says its area (or "all") changed for its account.
    """

    area = "base"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        context.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        """The tab's label, translated."""
        raise NotImplementedError  # every concrete tab names itself

    def set_account(self, account_id: int | None) -> None:
        """Show this account (None: no account selected)."""
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        """Read the account's data for this area again."""

    def watched_areas(self) -> tuple[str, ...]:
        """The areas whose changes make this tab reload (its own, by default)."""
        return (self.area,)

    def _on_data_changed(self, area: str, account_id: int) -> None:
        if self.account_id is None:
            return
        if account_id not in (0, self.account_id):
            return
        if area == "all" or area in self.watched_areas():
            self.reload()
