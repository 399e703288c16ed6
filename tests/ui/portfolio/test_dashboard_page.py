"""The dashboard: computed in the background, figures on the tiles, warnings lead to accounts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.store.orm import Account, ActionItem, RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.shell.main_window import MainWindow


def _portfolio(context: AppContext) -> dict[str, int]:
    """A key account never contacted, a standard one, and an overdue action."""
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    ids = {}
    with context.db.session() as s:
        for name, tier, revenue in (("Neglected Key AG", Tier.KEY, "800.00"),
                                    ("Quiet GmbH", Tier.STANDARD, "200.00")):
            account = Account(name=name, tier=tier)
            s.add(account)
            s.flush()
            s.add(RevenueEntry(account_id=account.id, year=year, quarter=quarter,
                               actual=Decimal(revenue)))
            ids[name] = account.id
        s.add(ActionItem(account_id=ids["Quiet GmbH"], title="Send the offer",
                         due_on=date.today() - timedelta(days=2)))
    return ids


def _loaded_page(context: AppContext, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=20_000)
    return page


def _row_of(view: QListView, text: str) -> int:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if text in model.index(r, 0).data()]
    assert rows, f"no row with {text!r}"
    return rows[0]


def test_tiles_and_lists_show_the_analysis(
    context: AppContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    _portfolio(context)
    page = _loaded_page(context, qtbot)
    assert page.key_tile.value.text() == "1 key · 0 emerging"
    assert page.top_share_tile.value.text() == "80%"
    assert page.revenue_tile.value.text().replace(",", "").startswith("€1000")
    assert page.pareto_chart.bar_count == 2
    qtmodeltester.check(page.warnings_model)
    qtmodeltester.check(page.actions_model)
    texts = [page.warnings_model.item(r).text for r in range(page.warnings_model.rowCount())]
    assert "Neglected Key AG: key account without goals." in texts
    assert any("1 of 2 active accounts are key (50.0%); the limit is 20.0%." in t for t in texts)
    assert page.actions_model.rowCount() == 1
    assert "Send the offer" in page.actions_model.item(0).text
    # Key by the user, but no scorecard: the recommendation says standard.
    assert page.tiers_model.rowCount() == 1


def test_a_click_or_enter_on_a_warning_opens_its_account(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context)
    page = _loaded_page(context, qtbot)
    view = page.warnings_view
    row = _row_of(view, "Neglected Key AG: key account without goals.")
    rect = view.visualRect(view.model().index(row, 0))
    with qtbot.waitSignal(context.open_account_requested) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [ids["Neglected Key AG"], ""]
    actions = page.actions_view
    actions.setFocus()
    actions.setCurrentIndex(actions.model().index(0, 0))
    with qtbot.waitSignal(context.open_account_requested) as opened:
        qtbot.keyClick(actions, Qt.Key.Key_Return)
    assert opened.args == [ids["Quiet GmbH"], "goals"]


def test_the_main_window_follows_a_warning_to_the_account(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    page = DashboardPage(context)
    window.set_dashboard_widget(page)
    window.show()
    window.show_dashboard()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=20_000)
    view = page.warnings_view
    row = _row_of(view, "Neglected Key AG: key account without goals.")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    assert window.account_id == ids["Neglected Key AG"]


def test_changes_recompute_while_shown(context: AppContext, qtbot: QtBot) -> None:
    ids = _portfolio(context)
    page = _loaded_page(context, qtbot)
    with context.db.session() as s:
        account = s.get(Account, ids["Quiet GmbH"])
        assert account is not None
        account.tier = Tier.EMERGING
    context.publish(Change.of(DataKind.PROFILE, ids["Quiet GmbH"], fields=("tier",)))
    qtbot.waitUntil(lambda: page.key_tile.value.text() == "1 key · 1 emerging", timeout=20_000)
