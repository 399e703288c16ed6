"""The account workspace: a header naming the account, and one tab per area of the method.

Tabs come from the registry (:data:`WORKSPACE_TABS`). A tab is made (and its code
imported) when it is first shown; until then an empty page holds its place. Only the
visible tab reads its data when the account changes; the others catch up when they are
shown, so opening an account costs one tab's queries, not all of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.country_names import country_name
from kamdesk.ui.common.tier_badges import TierBadge
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS, TabEntry

#: The profile fields the header shows.
HEADER_FIELDS = ("name", "tier", "industry", "city", "country", "owner_id")


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
        self._entries: tuple[TabEntry, ...] = WORKSPACE_TABS
        self._made: dict[str, WorkspaceTab] = {}
        for entry in self._entries:
            self.tabs.addTab(QWidget(), entry.translated_title())
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self._on_change)

    @property
    def tab_list(self) -> list[WorkspaceTab]:
        """The tabs made so far, in display order."""
        return [self._made[e.area] for e in self._entries if e.area in self._made]

    def set_account(self, account_id: int | None) -> None:
        """Show this account (None: none)."""
        self.account_id = account_id
        self._refresh_header()
        current = self._tab_at(self.tabs.currentIndex())
        self._stale = {tab for tab in self._made.values() if tab is not current}
        for tab in self._stale:
            tab.stale = False  # a change for the account before is no reason to read anything
        if current is not None:
            current.set_account(account_id)

    def show_area(self, area: str) -> bool:
        """Bring the tab of this area to the front; False when there is none."""
        for index, entry in enumerate(self._entries):
            if entry.area == area:
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def tab(self, area: str) -> WorkspaceTab | None:
        """The tab of this area (made now if it was not yet), if the workspace has one."""
        for index, entry in enumerate(self._entries):
            if entry.area == area:
                return self._tab_at(index)
        return None

    def current_area(self) -> str:
        """The area of the tab in front."""
        index = self.tabs.currentIndex()
        return self._entries[index].area if 0 <= index < len(self._entries) else ""

    def _tab_at(self, index: int) -> WorkspaceTab | None:
        """The tab at this index, made (and its code imported) on first use."""
        if not 0 <= index < len(self._entries):
            return None
        entry = self._entries[index]
        made = self._made.get(entry.area)
        if made is not None:
            return made
        tab = entry.load()(self.context, self.tabs)
        self._made[entry.area] = tab
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        # Swapping the page must not look like the user switching tabs.
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, tab.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        if index != current or self.account_id is not None:
            self._stale.add(tab)  # it reads its account when shown (or now, below)
        return tab

    def reload(self) -> None:
        """Read everything again (F5): the visible tab now, the others when shown."""
        self.set_account(self.account_id)

    def _on_tab_changed(self, index: int) -> None:
        tab = self._tab_at(index)
        if tab is not None and tab in self._stale:
            self._stale.discard(tab)
            tab.set_account(self.account_id)

    def _on_change(self, change: Change) -> None:
        if self.account_id is None or not change.concerns(self.account_id):
            return
        if (
            (change.kind is DataKind.PROFILE and change.touches(HEADER_FIELDS))
            or change.kind in (DataKind.TEAM, DataKind.EVERYTHING)
        ):
            self._refresh_header()

    def _refresh_header(self) -> None:
        found = list_accounts(self.context.db, only=(self.account_id,)) if self.account_id else []
        if not found:  # none open, or deleted elsewhere: the main window closes the account
            self.name_label.clear()
            self.subtitle.clear()
            self.tier_badge.set_tier(None)
            return
        account = found[0]
        self.name_label.setText(account.name)
        self.tier_badge.set_tier(account.tier)
        place = ", ".join(p for p in (account.city, country_name(account.country)) if p)
        parts = [p for p in (account.industry, place) if p]
        if account.owner:
            parts.append(self.tr("Owner: %1").replace("%1", account.owner))
        self.subtitle.setText(" · ".join(parts))
