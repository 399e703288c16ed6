"""The account workspace: a header naming the account, and one tab per area of the method.

Tabs come from the registry (:data:`WORKSPACE_TABS`), shown in the groups of
:mod:`kamdesk.ui.shell.workspace_groups` so that every area is reachable at laptop size. A
tab is made (and its code imported) when it is first shown; until then an empty page holds
its place. Only the visible tab reads its data when the account changes; the others catch
up when they are shown, so opening an account costs one tab's queries, not all of them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.profile.last_change import last_change_of_account
from kamdesk.services.settings.editor_name import current_editor_name
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.country_names import country_name
from kamdesk.ui.common.elided_label import ElidedLabel
from kamdesk.ui.common.qt_dates import changed_at_text
from kamdesk.ui.common.tier_badges import TierBadge
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.shell.workspace_groups import GroupedTabs, tab_groups
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS, TabEntry

# The profile fields the header shows.
HEADER_FIELDS = ("name", "tier", "industry", "city", "country", "owner_id")


class AccountWorkspace(QWidget):
    """Everything about one account, tab by tab."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self._stale: set[WorkspaceTab] = set()

        # On a laptop the name keeps its room and the facts beside it give way (ending in
        # "…", whole in the tool tip); a very long name gives way too rather than push out.
        self.name_label = ElidedLabel()
        self.name_label.setObjectName("accountTitle")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.tier_badge = TierBadge()
        self.subtitle = ElidedLabel()
        self.subtitle.setObjectName("mutedLabel")
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.name_label)
        header.addWidget(self.tier_badge)
        header.addSpacing(8)
        header.addWidget(self.subtitle, 1)
        # Who saved the account's data last: on a team's server, the first thing to know
        # when a figure looks different from yesterday.
        self.changed_label = QLabel()  # short: the facts beside the name give way first
        self.changed_label.setObjectName("mutedLabel")
        header.addWidget(self.changed_label)

        self.tabs = GroupedTabs(WORKSPACE_TABS, tab_groups(), self._make_tab)
        self.tabs.current_area_changed.connect(self._on_area_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self._on_change)

    @property
    def tab_list(self) -> list[WorkspaceTab]:
        """The tabs made so far, in display order."""
        return self.tabs.made_tabs()

    def set_account(self, account_id: int | None) -> None:
        """Show this account (None: none)."""
        self.account_id = account_id
        self._refresh_header()
        current = self.tabs.current_tab()
        self._stale = {tab for tab in self.tab_list if tab is not current}
        for tab in self._stale:
            tab.stale = False  # a change for the account before is no reason to read anything
        if current is not None:
            current.set_account(account_id)

    def show_area(self, area: str) -> bool:
        """Bring the tab of this area to the front; False when there is none."""
        return self.tabs.show_area(area)

    def tab(self, area: str) -> WorkspaceTab | None:
        """The tab of this area (made now if it was not yet), if the workspace has one."""
        return self.tabs.tab(area)

    def current_area(self) -> str:
        """The area of the tab in front."""
        return self.tabs.current_area()

    def _make_tab(self, entry: TabEntry, parent: QWidget) -> WorkspaceTab:
        tab = entry.load()(self.context, parent)
        self._stale.add(tab)  # it reads its account when shown (or at once, if in front)
        return tab

    def reload(self) -> None:
        """Read everything again (F5): the visible tab now, the others when shown."""
        self.set_account(self.account_id)

    def _on_area_changed(self, area: str) -> None:
        tab = self.tabs.tab(area) if area else None
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
            self._refresh_header(read_last_change=change.kind is DataKind.EVERYTHING)
        if not change.portfolio_wide:
            # This app's own edit of the account (or its undo) was saved just now, signed
            # with this user's name: nothing to read. Changes by others arrive as EVERYTHING.
            self._show_last_change(current_editor_name(self.context.db), datetime.now(UTC))

    def _refresh_header(self, read_last_change: bool = True) -> None:
        found = list_accounts(self.context.db, only=(self.account_id,)) if self.account_id else []
        if not found:  # none open, or deleted elsewhere: the main window closes the account
            self.name_label.clear()
            self.subtitle.clear()
            self.tier_badge.set_tier(None)
            self.changed_label.clear()
            return
        account = found[0]
        self.name_label.setText(account.name)
        self.tier_badge.set_tier(account.tier)
        place = ", ".join(p for p in (account.city, country_name(account.country)) if p)
        parts = [p for p in (account.industry, place) if p]
        if account.owner:
            parts.append(self.tr("Owner: %1").replace("%1", account.owner))
        self.subtitle.setText(" · ".join(parts))
        if read_last_change:
            self._read_last_change()

    def _read_last_change(self) -> None:
        last = last_change_of_account(self.context.db, self.account_id) if self.account_id else None
        if last is None:
            self.changed_label.clear()
        else:
            self._show_last_change(last.changed_by, last.changed_at)

    def _show_last_change(self, changed_by: str | None, changed_at: datetime) -> None:
        when = changed_at_text(changed_at)
        # A name is news only when it is someone else's: one KAM alone on a file would read
        # their own login name on every account, at the cost of the owner beside it.
        if changed_by and changed_by != current_editor_name(self.context.db):
            text = self.tr("Changed by %1, %2").replace("%1", changed_by)
        else:
            text = self.tr("Changed %2")
        self.changed_label.setText(text.replace("%2", when))
