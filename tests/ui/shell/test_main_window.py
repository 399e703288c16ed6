"""The main window: welcome page, sidebar search and filters, session memory, accounts."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.profile.account_profile_editing import (
    account_exists,
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.account_list_filter import AccountFilterProxy
from kamdesk.ui.portfolio.account_list_model import AccountListModel
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS
from tests.ui.conftest import show_active, type_and_leave, wait_for_list


def _portfolio(db: Database) -> dict[str, int]:
    jo = add_team_member(db, {"name": "Jo"})
    ids = {
        "Acme Chemicals": create_account(db, "Acme Chemicals", Tier.KEY),
        "Berg Logistics": create_account(db, "Berg Logistics", Tier.STANDARD),
        "Cobalt Foods": create_account(db, "Cobalt Foods", Tier.EMERGING),
    }
    update_profile(db, ids["Acme Chemicals"], None, {"city": "Lyon", "owner_id": jo})
    update_profile(db, ids["Berg Logistics"], None, {"industry": "Transport", "city": "Berlin"})
    with db.session() as session:
        session.add(RevenueEntry(account_id=ids["Berg Logistics"], year=datetime.now(UTC).year - 1,
                                 quarter=4, actual=Decimal("900000")))
    ids["jo"] = jo
    return ids


def started_window(context: AppContext, qtbot: QtBot) -> MainWindow:
    """The main window shown and restored as at a start, its account list loaded."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.restore_session()
    wait_for_list(qtbot, window)
    return window


def _names(window: MainWindow) -> list[str]:
    return [row.name for row in window.sidebar.rows()]


def test_empty_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible()
    assert window.welcome.new_button.isVisible()
    assert "empty" in window.welcome.hint.text()
    assert window.save_label.text() == "All changes saved"


def test_search_tier_owner_and_sort(context: AppContext, qtbot: QtBot) -> None:
    ids = _portfolio(context.db)
    main = started_window(context, qtbot)
    assert _names(main) == ["Acme Chemicals", "Berg Logistics", "Cobalt Foods"]
    main.search_action.trigger()  # Ctrl+F puts the cursor in the search box
    assert main.sidebar.search.hasFocus()
    qtbot.keyClicks(main.sidebar.search, "berl")  # a city
    assert _names(main) == ["Berg Logistics"]
    main.sidebar.search.clear()
    qtbot.keyClicks(main.sidebar.search, "transp")  # an industry
    assert _names(main) == ["Berg Logistics"]
    main.sidebar.search.clear()
    main.sidebar.tier_filter.setCurrentIndex(main.sidebar.tier_filter.findData("emerging"))
    assert _names(main) == ["Cobalt Foods"]
    main.sidebar.tier_filter.setCurrentIndex(0)
    main.sidebar.owner_filter.setCurrentIndex(main.sidebar.owner_filter.findData(ids["jo"]))
    assert _names(main) == ["Acme Chemicals"]
    main.sidebar.owner_filter.setCurrentIndex(0)
    main.sidebar.sort_choice.setCurrentIndex(main.sidebar.sort_choice.findData("revenue"))
    assert _names(main)[0] == "Berg Logistics"
    assert main.sidebar.count_label.text() == "3 accounts"


def test_the_open_account_stays_selected_while_searching_and_moves_when_renamed(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context.db)
    main = started_window(context, qtbot)
    main.sidebar.view.setCurrentIndex(main.sidebar.proxy.index(1, 0))
    assert main.account_id == ids["Berg Logistics"]

    def selected() -> list[str]:
        return [index.data() for index in main.sidebar.view.selectionModel().selectedIndexes()]

    qtbot.keyClicks(main.sidebar.search, "b")  # Berg and Cobalt Foods
    assert _names(main) == ["Berg Logistics", "Cobalt Foods"]
    assert selected() == ["Berg Logistics"] and main.account_id == ids["Berg Logistics"]
    qtbot.keyClicks(main.sidebar.search, "erl")  # still Berg: the account stays open
    assert _names(main) == ["Berg Logistics"] and selected() == ["Berg Logistics"]
    main.sidebar.search.clear()
    assert _names(main) == ["Acme Chemicals", "Berg Logistics", "Cobalt Foods"]
    assert selected() == ["Berg Logistics"]
    # Renamed in the profile, the account moves to its place in the sorted list, selected.
    main.workspace.show_area("profile")
    type_and_leave(qtbot, main.workspace.tab("profile").editor("name"), "Zeta Logistics")
    qtbot.waitUntil(lambda: _names(main)[-1] == "Zeta Logistics", timeout=5_000)
    assert _names(main) == ["Acme Chemicals", "Cobalt Foods", "Zeta Logistics"]
    assert selected() == ["Zeta Logistics"] and main.account_id == ids["Berg Logistics"]


def test_picking_an_account_opens_it_and_the_next_start_reopens_it(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context.db)
    first = started_window(context, qtbot)
    index = first.sidebar.proxy.index(1, 0)
    first.sidebar.view.setCurrentIndex(index)
    assert first.account_id == ids["Berg Logistics"]
    assert first.stack.currentWidget() is first.workspace
    assert first.workspace.name_label.text() == "Berg Logistics"
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.restore_session()
    wait_for_list(qtbot, second)
    assert second.account_id == ids["Berg Logistics"]
    assert second.sidebar.view.currentIndex().data() == "Berg Logistics"
    second.close_account_action.trigger()
    assert second.stack.currentWidget() is second.welcome
    assert "Choose an account" in second.welcome.hint.text()


def test_new_account_is_named_in_place_and_undoable(window: MainWindow, qtbot: QtBot) -> None:
    window.new_account_action.trigger()
    assert window.account_id is not None
    account = window.account_id
    profile = window.workspace.tab("profile")
    assert profile is not None
    name = profile.editor("name")  # type: ignore[attr-defined]
    assert isinstance(name, QLineEdit) and name.hasFocus()
    type_and_leave(qtbot, name, "Delta Pharma")
    assert load_profile(window.context.db, account).name == "Delta Pharma"
    wait_for_list(qtbot, window)
    qtbot.waitUntil(lambda: _names(window) == ["Delta Pharma"])
    assert window.save_label.text() == "All changes saved"
    assert window.undo_action.text() == "&Undo Edit Name"
    window.undo_action.trigger()  # the name …
    assert _names(window) == ["New account"]
    assert window.workspace.name_label.text() == "New account"
    assert window.undo_action.text() == "&Undo New account"
    window.undo_action.trigger()  # … and the account itself
    assert not account_exists(window.context.db, account)
    assert _names(window) == []
    assert window.account_id is None and window.stack.currentWidget() is window.welcome
    assert "empty" in window.welcome.hint.text()
    # Redo brings the account back, listed and open, and then its name.
    assert window.redo_action.text() == "&Redo New account"
    window.redo_action.trigger()
    assert _names(window) == ["New account"] and window.account_id == account
    window.redo_action.trigger()
    assert _names(window) == ["Delta Pharma"]
    assert window.workspace.name_label.text() == "Delta Pharma"


def test_delete_account_says_what_goes_and_undo_restores(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.context.db
    account = create_account(db, "Acme")
    create_account(db, "Berg")  # its row is Acme's neighbour: it must not open by itself
    with db.session() as session:
        session.add(RevenueEntry(account_id=account, year=2024, quarter=1, actual=Decimal(5)))
    window.refresh_action.trigger()  # made behind the window's back: F5 lists it
    wait_for_list(qtbot, window)
    window.open_account(account)
    assert _names(window) == ["Acme", "Berg"]
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    window.delete_account_action.trigger()
    assert "1 revenue entry" in asked[0]
    assert not account_exists(db, account)
    assert window.account_id is None
    assert _names(window) == ["Berg"]
    window.undo_action.trigger()
    assert account_exists(db, account)
    assert _names(window) == ["Acme", "Berg"] and window.account_id is None
    window.redo_action.trigger()
    assert _names(window) == ["Berg"] and window.account_id is None


def test_one_profile_edit_reads_only_what_it_changed(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    ids = _portfolio(context.db)
    window.refresh_action.trigger()
    wait_for_list(qtbot, window)
    window.open_account(ids["Acme Chemicals"])
    for entry in WORKSPACE_TABS:  # a user who looked at every tab
        window.workspace.show_area(entry.area)
    window.workspace.show_area("profile")
    profile = window.workspace.tab("profile")
    assert profile is not None
    sessions: list[int] = []  # units of work: ORM sessions and Core reads alike
    open_session, open_read = Database.session, Database.read

    def counted(db: Database) -> Any:
        sessions.append(1)
        return open_session(db)

    def counted_read(db: Database) -> Any:
        sessions.append(1)
        return open_read(db)

    monkeypatch.setattr(Database, "session", counted)
    monkeypatch.setattr(Database, "read", counted_read)
    # The name shows in the sidebar and the header: the write, the header's read and the
    # sidebar's one row — no tab out of sight reads anything (it will when it is shown).
    type_and_leave(qtbot, profile.editor("name"), "Acme Chemicals SE")  # type: ignore[attr-defined]
    assert len(sessions) == 3
    assert window.workspace.name_label.text() == "Acme Chemicals SE"
    assert "Acme Chemicals SE" in _names(window)
    out_of_sight = [tab for tab in window.workspace.tab_list if tab.area in ("revenue", "reviews")]
    assert [tab.stale for tab in out_of_sight] == [True, True]
    sessions.clear()
    notes = profile.editor("notes")  # type: ignore[attr-defined]
    notes.setFocus()
    qtbot.keyClicks(notes, "Met the CFO")
    window.sidebar.search.setFocus()  # leaving the field stores it
    assert len(sessions) == 1  # notes show nowhere else: the write alone
    assert load_profile(context.db, ids["Acme Chemicals"]).notes == "Met the CFO"


def test_failures_show_in_the_status_bar(window: MainWindow) -> None:
    window.context.failed.emit("This account was changed elsewhere.")
    assert window.statusBar().currentMessage() == "This account was changed elsewhere."


def test_dashboard_hook_shows_the_installed_widget(window: MainWindow) -> None:
    assert not window.dashboard_action.isEnabled()
    dashboard = QLabel("dashboard")
    window.set_dashboard_widget(dashboard)
    window.dashboard_action.trigger()
    assert window.stack.currentWidget() is dashboard
    assert window.sidebar.dashboard_button.isVisible()


def test_account_list_models_pass_the_model_tester(
    context: AppContext, qtmodeltester: ModelTester
) -> None:
    _portfolio(context.db)
    model = AccountListModel()
    model.set_rows(list_accounts(context.db))
    qtmodeltester.check(model)
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("a")
    proxy.sort_by_revenue(True)
    qtmodeltester.check(proxy)
    # One account's row replaced, one added, one taken out (the tester watches the signals).
    ids = {row.name: row.id for row in list_accounts(context.db)}
    update_profile(context.db, ids["Cobalt Foods"], None, {"name": "Cobalt Foods AG"})
    added = create_account(context.db, "Delta Pharma")
    model.update_rows(list_accounts(context.db, only=(ids["Cobalt Foods"], added)),
                      gone=(ids["Berg Logistics"],))
    assert [model.row_at(i).name for i in range(model.rowCount())] == [
        "Acme Chemicals", "Cobalt Foods AG", "Delta Pharma"
    ]
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == [
        "Acme Chemicals", "Cobalt Foods AG", "Delta Pharma"
    ]
    assert model.index_of_id(added).row() == 2


@pytest.mark.slow
def test_sidebar_filters_ten_thousand_accounts(context: AppContext, qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    rows = [
        {"name": f"Account {n:05d}", "industry": "Mining" if n % 100 == 0 else "Retail",
         "city": "Graz" if n % 1000 == 7 else "Köln", "tier": Tier.KEY if n % 10 == 0
         else Tier.STANDARD, "version": 1, "created_at": now, "updated_at": now}
        for n in range(10_000)
    ]
    with context.db.session() as session:
        session.execute(insert(Account), rows)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.restore_session()
    wait_for_list(qtbot, main)
    assert main.sidebar.proxy.rowCount() == 10_000
    qtbot.keyClicks(main.sidebar.search, "graz")
    assert len(main.sidebar.rows()) == 10
    main.sidebar.search.clear()
    qtbot.keyClicks(main.sidebar.search, "mining")
    main.sidebar.tier_filter.setCurrentIndex(main.sidebar.tier_filter.findData("key"))
    assert len(main.sidebar.rows()) == 100
    assert main.sidebar.count_label.text() == "100 of 10,000 accounts"
    qtbot.keyClick(main.sidebar.search, Qt.Key.Key_Escape)
