"""The Team tab: our people on the account, their roles and responsibilities."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import TeamRole
from kamdesk.services.profile.account_details_editing import list_team_roles
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.team_tab import TeamTab
from tests.ui.conftest import show_active
from tests.ui.table_editing import type_into_cell


def _tab(context: AppContext, qtbot: QtBot, account: int) -> TeamTab:
    tab = TeamTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    show_active(qtbot, tab)
    tab.set_account(account)
    return tab


def test_without_a_team_adding_says_what_to_do(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    tab.table.add_button.click()
    assert "Settings" in tab.table.error_label.text()
    assert list_team_roles(context.db, account) == []


def test_roles_are_added_changed_and_refused_when_doubled(
    context: AppContext, qtbot: QtBot
) -> None:
    jo = add_team_member(context.db, {"name": "Jo"})
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    tab.table.add_button.click()
    qtbot.wait(20)
    tab.table.add_button.click()
    roles = list_team_roles(context.db, account)
    assert {(r.member_name, r.role) for r in roles} == {
        ("Jo", TeamRole.SPECIALIST), ("Jo", TeamRole.KAM)
    }
    specialist_row = next(
        i for i, r in enumerate(tab.table.model.rows()) if r.role is TeamRole.SPECIALIST
    )
    proxy = tab.table.proxy
    proxy.setData(proxy.index(specialist_row, 1), TeamRole.KAM)
    qtbot.wait(20)
    assert "already has this role" in tab.table.error_label.text()
    type_into_cell(qtbot, tab.table.view, specialist_row, 2, "Technical questions")
    stored = next(r for r in list_team_roles(context.db, account) if r.role is TeamRole.SPECIALIST)
    assert (stored.team_member_id, stored.responsibilities) == (jo, "Technical questions")
