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

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from kamdesk.ui.common.workspace_tab import WorkspaceTab


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


class GroupedTabs(QTabWidget):
    """Top-row tabs of groups; a group of several areas is a row of tabs of its own.

    An area no group names (a tab added later) gets a group of its own at the end, so a new
    tab is never lost.
    """

    #: The workspace tab in front changed (after a click on either row, or ``show_area``).
    current_tab_changed = Signal(object)

    def __init__(
        self, tabs: Sequence[WorkspaceTab], groups: Sequence[TabGroup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        # Every group fits (the laptop-size test holds this); no arrows, no eliding.
        self.setUsesScrollButtons(False)
        by_area = {tab.area: tab for tab in tabs}
        grouped = {area for group in groups for area in group.areas}
        loose = [
            TabGroup(tab.title().replace("&&", "&"), (tab.area,))
            for tab in tabs
            if tab.area not in grouped
        ]
        for group in [*groups, *loose]:
            members = [by_area[area] for area in group.areas if area in by_area]
            if not members:
                continue
            # A tab label's "&" marks a shortcut; "Goals & actions" means the character.
            label = group.title.replace("&", "&&")
            if len(members) == 1:
                self.addTab(members[0], label)
                continue
            inner = QTabWidget()
            inner.setObjectName("subTabs")
            inner.setDocumentMode(True)
            inner.setUsesScrollButtons(False)
            for tab in members:
                inner.addTab(tab, tab.title())
            inner.currentChanged.connect(self._emit_current)
            self.addTab(inner, label)
        self.currentChanged.connect(self._emit_current)

    def current_tab(self) -> WorkspaceTab | None:
        """The workspace tab the user sees."""
        page = self.currentWidget()
        if isinstance(page, QTabWidget):
            page = page.currentWidget()
        return page if isinstance(page, WorkspaceTab) else None

    def show_area(self, area: str) -> bool:
        """Bring the area's tab (and its group) to the front; False when there is none."""
        for index in range(self.count()):
            page = self.widget(index)
            inner = page if isinstance(page, QTabWidget) else None
            pages = [inner.widget(i) for i in range(inner.count())] if inner else [page]
            for position, tab in enumerate(pages):
                if isinstance(tab, WorkspaceTab) and tab.area == area:
                    if inner is not None:
                        inner.setCurrentIndex(position)
                    self.setCurrentIndex(index)
                    return True
        return False

    def _emit_current(self, _index: int) -> None:
        self.current_tab_changed.emit(self.current_tab())
