"""The Competitors tab: add, edit in place, refusals in the row, conflicts, delete, undo."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import CompetitorKind
from kamdesk.services.profile.account_details_editing import (
    add_competitor,
    list_competitors,
    update_competitor,
)
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.row_table_model import Column, RowTableModel
from kamdesk.ui.profile.competitors_tab import CompetitorsTab
from tests.ui.conftest import show_active
from tests.ui.table_editing import type_into_cell


def _tab(context: AppContext, qtbot: QtBot, account: int) -> CompetitorsTab:
    tab = CompetitorsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    show_active(qtbot, tab)
    tab.set_account(account)
    return tab


def test_add_type_a_name_and_undo(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    tab.table.add_button.click()
    assert [r.name for r in list_competitors(context.db, account)] == ["New competitor"]
    type_into_cell(qtbot, tab.table.view, 0, 0, "Rival GmbH")
    type_into_cell(qtbot, tab.table.view, 0, 2, "Cheap, fast")
    stored = list_competitors(context.db, account)[0]
    assert (stored.name, stored.strengths) == ("Rival GmbH", "Cheap, fast")
    fresh = _tab(context, qtbot, account)
    assert fresh.table.model.rows()[0].name == "Rival GmbH"
    stack = context.undo_stack(account)
    stack.undo()
    stack.undo()
    assert list_competitors(context.db, account)[0].name == "New competitor"
    stack.undo()
    assert list_competitors(context.db, account) == []


def test_refusals_and_conflicts_show_under_the_table(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    add_competitor(context.db, account, {"name": "Alpha", "kind": CompetitorKind.CUSTOMERS})
    add_competitor(context.db, account, {"name": "Beta", "kind": CompetitorKind.CUSTOMERS})
    tab = _tab(context, qtbot, account)
    type_into_cell(qtbot, tab.table.view, 1, 0, "alpha")
    assert "already listed" in tab.table.error_label.text()
    assert tab.table.error_label.isVisible()
    type_into_cell(qtbot, tab.table.view, 1, 0, "")
    assert "needs a name" in tab.table.error_label.text()
    beta = list_competitors(context.db, account)[1]
    update_competitor(context.db, beta.id, beta.version, {"notes": "from elsewhere"})
    type_into_cell(qtbot, tab.table.view, 1, 3, "mine")
    assert "changed elsewhere" in tab.table.error_label.text()
    assert tab.table.model.rows()[1].notes == "from elsewhere"
    assert list_competitors(context.db, account)[1].notes == "from elsewhere"


def test_delete_is_undoable(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    add_competitor(context.db, account, {"name": "Alpha", "kind": CompetitorKind.OURS})
    tab = _tab(context, qtbot, account)
    tab.table.select_id(tab.table.model.rows()[0].id)
    tab.table.delete_button.click()
    assert list_competitors(context.db, account) == []
    context.undo_stack(account).undo()
    assert [r.name for r in list_competitors(context.db, account)] == ["Alpha"]


def test_row_table_model_passes_the_model_tester(
    context: AppContext, qtmodeltester: ModelTester
) -> None:
    account = create_account(context.db, "Acme")
    add_competitor(context.db, account, {"name": "Alpha", "kind": CompetitorKind.OURS})
    model = RowTableModel([Column("name", "Name"), Column("kind", "Kind", editor="")])
    model.set_rows(list_competitors(context.db, account))
    qtmodeltester.check(model)
