"""The account's tabs in eight groups that follow the method, so all fit on a laptop screen.

Fourteen tabs in one row need about 1,200 pixels in English and more in German: at
1280×800 the last ones scrolled out of sight behind arrows. Grouped, the top row holds eight
tabs — Profile | People | Plan | Goals & actions | Revenue | Reviews & history | Growth |
Assessment — and a group of several areas shows its own small row of tabs underneath.

Why groups rather than a vertical list: a list beside the workspace costs ~180 pixels of
width on every tab, and the widest views (the relationship map, the whitespace matrix, the
revenue grid) need that width most on a laptop. The groups follow the order a KAM works in
(know the account, map its people, plan, track, grow, assess), the most used areas
(Profile, Goals, Revenue) stay one click away, and every other area is two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.shell.workspace_tabs import TabEntry


@dataclass(frozen=True)
class TabGroup:
    """A tab of the top row: its label and the areas it holds, in order."""

    title: str
    areas: tuple[str, ...]


def tab_groups() -> list[TabGroup]:
    """The groups of the workspace, in display order, with translated titles."""
    translate = QCoreApplication.translate  # literal calls: pyside6-lupdate collects them
    return [
        TabGroup(translate("WorkspaceGroups", "Profile"), ("profile",)),
        TabGroup(translate("WorkspaceGroups", "People"), ("stakeholders", "buying_centers")),
        TabGroup(translate("WorkspaceGroups", "Plan"),
                 ("needs_swot", "competitors", "team_roles")),
        TabGroup(translate("WorkspaceGroups", "Goals & actions"), ("goals", "actions")),
        TabGroup(translate("WorkspaceGroups", "Revenue"), ("revenue",)),
        TabGroup(translate("WorkspaceGroups", "Reviews & history"), ("reviews", "history")),
        TabGroup(translate("WorkspaceGroups", "Growth"), ("whitespace", "opportunities")),
        TabGroup(translate("WorkspaceGroups", "Assessment"), ("assessment",)),
    ]


TabMaker = Callable[[TabEntry, QWidget], WorkspaceTab]


class GroupedTabs(QTabWidget):
    """Top-row tabs of groups; a group of several areas is a row of tabs of its own.

    Each area's page is an empty placeholder until the area is first shown (or asked for with
    :meth:`tab`); then ``make`` builds its tab, which takes the placeholder's place. An area
    no group names (a tab added later) gets a group of its own at the end, so a new tab is
    never lost.
    """

    #: The area in front changed (after a click on either row, or ``show_area``).
    current_area_changed = Signal(str)

    def __init__(
        self, entries: Sequence[TabEntry], groups: Sequence[TabGroup], make: TabMaker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        # Every group fits (the laptop-size test holds this); no arrows, no eliding.
        self.setUsesScrollButtons(False)
        self._make = make
        self._entries = {entry.area: entry for entry in entries}
        self._made: dict[str, WorkspaceTab] = {}
        # Where each area's page sits: the tab widget holding it (this one, or a group's
        # own row) – the index there is looked up when needed, as pages are swapped.
        self._holders: dict[str, QTabWidget] = {}
        self._pages: dict[str, QWidget] = {}
        grouped = {area for group in groups for area in group.areas}
        loose = [
            TabGroup(entry.translated_title().replace("&&", "&"), (entry.area,))
            for entry in entries
            if entry.area not in grouped
        ]
        for group in [*groups, *loose]:
            members = [self._entries[area] for area in group.areas if area in self._entries]
            if not members:
                continue
            # A tab label's "&" marks a shortcut; "Goals & actions" means the character.
            label = group.title.replace("&", "&&")
            if len(members) == 1:
                self._place(self, members[0], label)
                continue
            inner = QTabWidget()
            inner.setObjectName("subTabs")
            inner.setDocumentMode(True)
            inner.setUsesScrollButtons(False)
            for entry in members:
                self._place(inner, entry, entry.translated_title())
            inner.currentChanged.connect(self._emit_current)
            self.addTab(inner, label)
        self.currentChanged.connect(self._emit_current)

    def made_tabs(self) -> list[WorkspaceTab]:
        """The tabs made so far, in display order."""
        return [self._made[area] for area in self._pages if area in self._made]

    def current_area(self) -> str:
        """The area the user sees ("" when there is none)."""
        page = self.currentWidget()
        if isinstance(page, QTabWidget) and page not in self._pages.values():
            page = page.currentWidget()
        return next((area for area, held in self._pages.items() if held is page), "")

    def current_tab(self) -> WorkspaceTab | None:
        """The workspace tab the user sees (made now if it was not yet)."""
        area = self.current_area()
        return self.tab(area) if area else None

    def tab(self, area: str) -> WorkspaceTab | None:
        """The tab of this area, made (and its code imported) on first use; None if none."""
        made = self._made.get(area)
        if made is not None or area not in self._entries:
            return made
        holder = self._holders[area]
        placeholder = self._pages[area]
        index = holder.indexOf(placeholder)
        tab = self._make(self._entries[area], holder)
        self._made[area] = tab
        self._pages[area] = tab
        # Swapping the page must not look like the user switching tabs.
        current = holder.currentIndex()
        blocked = holder.blockSignals(True)
        label = holder.tabText(index)
        holder.removeTab(index)
        holder.insertTab(index, tab, label)
        holder.setCurrentIndex(current)
        holder.blockSignals(blocked)
        placeholder.deleteLater()
        return tab

    def show_area(self, area: str) -> bool:
        """Bring the area's tab (and its group) to the front; False when there is none."""
        holder = self._holders.get(area)
        if holder is None:
            return False
        holder.setCurrentIndex(holder.indexOf(self._pages[area]))
        if holder is not self:
            self.setCurrentIndex(self.indexOf(holder))
        return True

    def _place(self, holder: QTabWidget, entry: TabEntry, label: str) -> None:
        placeholder = QWidget()
        holder.addTab(placeholder, label)
        self._holders[entry.area] = holder
        self._pages[entry.area] = placeholder

    def _emit_current(self, _index: int) -> None:
        self.current_area_changed.emit(self.current_area())
