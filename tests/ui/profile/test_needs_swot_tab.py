"""The Needs & SWOT tab: needs in a table, four SWOT lists with add, edit, move, delete."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Priority, SwotKind
from kamdesk.services.profile.account_details_editing import list_needs, list_swot
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.needs_swot_tab import NeedsSwotTab
from tests.ui.conftest import show_active
from tests.ui.table_editing import type_into_cell


def _tab(context: AppContext, qtbot: QtBot) -> tuple[int, NeedsSwotTab]:
    account = create_account(context.db, "Acme")
    tab = NeedsSwotTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    show_active(qtbot, tab)
    tab.set_account(account)
    return account, tab


def test_needs_are_added_typed_and_prioritised(context: AppContext, qtbot: QtBot) -> None:
    account, tab = _tab(context, qtbot)
    tab.needs.add_button.click()
    type_into_cell(qtbot, tab.needs.view, 0, 0, "Shorter lead times")
    proxy = tab.needs.proxy
    proxy.setData(proxy.index(0, 1), Priority.HIGH)  # what the priority list's choice does
    qtbot.wait(20)
    type_into_cell(qtbot, tab.needs.view, 0, 3, "Buffer stock")
    need = list_needs(context.db, account)[0]
    assert (need.title, need.priority, need.our_response) == (
        "Shorter lead times", Priority.HIGH, "Buffer stock"
    )
    context.undo_stack(account).undo()
    assert list_needs(context.db, account)[0].our_response == ""


def test_swot_entries_are_added_edited_moved_and_deleted(
    context: AppContext, qtbot: QtBot
) -> None:
    account, tab = _tab(context, qtbot)
    strengths = tab.quadrant(0)
    strengths.add_entry("Brand")
    strengths.add_button.click()  # opens the new entry for typing
    type_into_cell(qtbot, strengths.view, 1, 0, "Service network")
    assert strengths.entries() == ["Brand", "Service network"]
    strengths.up_button.click()
    assert [r.text for r in list_swot(context.db, account)] == ["Service network", "Brand"]
    tab.quadrant(3).add_entry("Price war")
    assert [r.kind for r in list_swot(context.db, account)][-1] is SwotKind.THREAT
    strengths.delete_button.click()
    assert [r.text for r in list_swot(context.db, account)] == ["Brand", "Price war"]
    stack = context.undo_stack(account)
    stack.undo()
    stack.undo()
    stack.undo()
    assert strengths.entries() == ["Brand", "Service network"]
    type_into_cell(qtbot, strengths.view, 0, 0, "")
    assert "needs a text" in strengths.error_label.text()
