"""The workspace makes a tab, and imports its code, only when the tab is first shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.shell.account_workspace import AccountWorkspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS, TabEntry


@pytest.mark.parametrize("entry", WORKSPACE_TABS, ids=lambda entry: entry.area)
def test_every_registered_tab_is_the_class_it_names_with_its_title(
    entry: TabEntry, context: AppContext, qtbot: QtBot
) -> None:
    workspace = AccountWorkspace(context)
    qtbot.addWidget(workspace)
    tab = workspace.tab(entry.area)
    assert tab is not None and tab.area == entry.area
    assert tab.title() == entry.translated_title()


def test_opening_an_account_makes_only_the_tab_in_front(window: MainWindow, qtbot: QtBot) -> None:
    account = create_account(window.context.db, "Acme")
    window.sidebar.reload()
    window.open_account(account)
    workspace = window.workspace
    assert [tab.area for tab in workspace.tab_list] == ["profile"]
    assert workspace.tabs.count() == len(WORKSPACE_TABS)
    assert [workspace.tabs.tabText(i) for i in range(3)] == [
        "Profile", "Stakeholders", "Buying centers"]

    qtbot.mouseClick(workspace.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=workspace.tabs.tabBar().tabRect(3).center())
    goals = workspace.tabs.currentWidget()
    assert workspace.current_area() == "goals"
    assert goals is workspace.tab("goals") and goals.account_id == account
    assert workspace.tabs.tabText(3) == "Goals"
    assert [tab.area for tab in workspace.tab_list] == ["profile", "goals"]

