"""Two people on one PostgreSQL server edit the same account: the app refuses the later edit."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import (
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.store.database import open_database
from kamdesk.store.errors import edit_conflict
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.profile_tab import ProfileTab
from tests.ui.conftest import show_active, type_and_leave
from tests.ui.profile.test_profile_tab import _line

pytestmark = pytest.mark.postgres


def test_a_colleagues_earlier_save_refuses_the_edit_and_shows_the_latest_values(
    server_context: AppContext, postgres_url: str, qtbot: QtBot
) -> None:
    context = server_context
    account = create_account(context.db, "Server Konflikt AG")
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    show_active(qtbot, tab)
    tab.set_account(account)
    context.activate_account(account)
    stack = context.undo_stack(account)
    steps_before = stack.count()

    colleague = open_database(postgres_url)  # another person's kamdesk on the same server
    try:
        seen = load_profile(colleague, account).version
        update_profile(colleague, account, seen, {"city": "Lyon", "legal_name": "Konflikt SA"})
    finally:
        colleague.close()

    type_and_leave(qtbot, _line(tab, "city"), "Paris")

    assert tab.rows["city"].error() == str(edit_conflict("This account"))
    assert stack.count() == steps_before  # the refused edit left no undo step
    assert _line(tab, "city").text() == "Lyon"
    assert _line(tab, "legal_name").text() == "Konflikt SA"
    stored = load_profile(context.db, account)
    assert (stored.city, stored.legal_name) == ("Lyon", "Konflikt SA")
