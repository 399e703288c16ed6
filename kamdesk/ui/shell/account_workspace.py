"""The account workspace: a header naming the account, and one tab per area of the method.

Tabs come from the registry (:func:`workspace_tab_factories`). Only the visible tab reads
its data when the account changes; the others catch up when they are shown, so opening
an account costs one tab's queries, not all of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kamdesk.services.profile.account_profile_editing import load_profile
from kamdesk.services.settings.team_and_settings import list_team_members
from kamdesk.store.errors import NotFoundError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.country_names import country_name
from kamdesk.ui.common.tier_badges import TierBadge
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.shell.workspace_tabs import workspace_tab_factories


class AccountWorkspace(QWidget):
    """Everything about one account, tab by tab."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self._stale: set[WorkspaceTab] = set()

        self.name_label = QLabel()
        self.name_label.setObjectName("accountTitle")
        self.tier_badge = TierBadge()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mutedLabel")
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.name_label)
        header.addWidget(self.tier_badge)
        header.addSpacing(8)
        header.addWidget(self.subtitle, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tab_list: list[WorkspaceTab] = []
        for factory in workspace_tab_factories():
            tab = factory(context, self.tabs)
            self.tab_list.append(tab)
            self.tabs.addTab(tab, tab.title())
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        context.data_changed.connect(self._on_data_changed)

    def set_account(self, account_id: int | None) -> None:
        """Show this account (None: none)."""
        self.account_id = account_id
        self._refresh_header()
        current = self.tabs.currentWidget()
        self._stale = {tab for tab in self.tab_list if tab is not current}
        if isinstance(current, WorkspaceTab):
            current.set_account(account_id)

    def show_area(self, area: str) -> bool:
        """Bring the tab of this area to the front; False when there is none."""
        for index, tab in enumerate(self.tab_list):
            if tab.area == area:
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def tab(self, area: str) -> WorkspaceTab | None:
        """The tab of this area, if the workspace has one."""
        return next((tab for tab in self.tab_list if tab.area == area), None)

    def current_area(self) -> str:
        """The area of the tab in front."""
        current = self.tabs.currentWidget()
        return current.area if isinstance(current, WorkspaceTab) else ""

    def reload(self) -> None:
        """Read everything again (F5): the visible tab now, the others when shown."""
        self.set_account(self.account_id)

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, WorkspaceTab) and tab in self._stale:
            self._stale.discard(tab)
            tab.set_account(self.account_id)

    def _on_data_changed(self, area: str, account_id: int) -> None:
        if self.account_id is not None and account_id in (0, self.account_id) and area in (
            "profile",
            "team",
            "all",
        ):
            self._refresh_header()

    def _refresh_header(self) -> None:
        if self.account_id is None:
            self.name_label.clear()
            self.subtitle.clear()
            self.tier_badge.set_tier(None)
            return
        try:
            profile = load_profile(self.context.db, self.account_id)
        except NotFoundError:
            return  # deleted elsewhere: the main window closes the account
        self.name_label.setText(profile.name)
        self.tier_badge.set_tier(profile.tier)
        owner = next(
            (m.name for m in list_team_members(self.context.db) if m.id == profile.owner_id), None
        )
        place = ", ".join(p for p in (profile.city, country_name(profile.country)) if p)
        parts = [p for p in (profile.industry, place) if p]
        if owner:
            parts.append(self.tr("Owner: %1").replace("%1", owner))
        self.subtitle.setText(" · ".join(parts))
