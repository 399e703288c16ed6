"""The account's tabs in eight groups: every area reachable, loaded when first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Tier
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.workspace_groups import GroupedTabs, TabGroup, tab_groups
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS, TabEntry

GROUPS = ["Profile", "People", "Plan", "Goals & actions", "Revenue", "Reviews & history",
          "Growth", "Assessment"]


def test_eight_groups_hold_every_area_once(window: MainWindow) -> None:
    tabs = window.workspace.tabs
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == GROUPS
    grouped = [area for group in tab_groups() for area in group.areas]
    assert sorted(grouped) == sorted(entry.area for entry in WORKSPACE_TABS)
    assert len(grouped) == len(set(grouped)) == 14
    assert not tabs.usesScrollButtons()


def test_every_area_is_shown_by_its_name(window: MainWindow) -> None:
    account = create_account(window.context.db, "Acme", Tier.KEY)
    window.open_account(account)
    for entry in WORKSPACE_TABS:
        assert window.workspace.show_area(entry.area)
        assert window.workspace.current_area() == entry.area
        tab = window.workspace.tab(entry.area)
        assert tab is not None and tab.area == entry.area
        assert tab.isVisible() and tab.account_id == account  # made and loaded when shown
    assert len(window.workspace.tab_list) == len(WORKSPACE_TABS)
    assert not window.workspace.show_area("no such area")


def test_a_click_on_a_group_and_its_second_tab_opens_that_area(
    window: MainWindow, qtbot: QtBot
) -> None:
    account = create_account(window.context.db, "Acme", Tier.KEY)
    window.open_account(account, "profile")
    people = window.workspace.tab("buying_centers")
    assert people is not None and people.account_id is None  # not read before it is shown
    bar = window.workspace.tabs.tabBar()
    people_group = bar.tabRect(GROUPS.index("People")).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=people_group)
    assert window.workspace.current_area() == "stakeholders"
    inner = window.workspace.tabs.currentWidget()
    assert isinstance(inner, QTabWidget)
    second = inner.tabBar().tabRect(1).center()
    qtbot.mouseClick(inner.tabBar(), Qt.MouseButton.LeftButton, pos=second)
    assert window.workspace.current_area() == "buying_centers"
    assert people.account_id == account


class _LaterTab(WorkspaceTab):
    """A tab added to the registry after the groups were written."""

    area = "later"

    def title(self) -> str:
        return "Later && more"


def test_an_area_without_a_group_gets_its_own(context: AppContext, qtbot: QtBot) -> None:
    entry = TabEntry("later", __name__, "_LaterTab", "Later && more")
    tabs = GroupedTabs([entry], [TabGroup("Profile", ("profile",))],
                       lambda entry, parent: entry.load()(context, parent))
    qtbot.addWidget(tabs)
    assert tabs.count() == 1 and tabs.tabText(0) == "Later && more"
    assert tabs.made_tabs() == []  # nothing made before it is asked for
    assert tabs.show_area("later") and tabs.current_area() == "later"
    later = tabs.current_tab()
    assert isinstance(later, _LaterTab) and tabs.currentWidget() is later
    assert tabs.made_tabs() == [later] and tabs.tabText(0) == "Later && more"
