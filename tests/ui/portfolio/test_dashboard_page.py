"""The dashboard: computed in the background, figures on the tiles, warnings lead to accounts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.store.orm import Account, ActionItem, RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.profile.profile_tab import ProfileTab
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import show_active


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


def test_the_chart_keys_name_every_series_and_wrap(context: AppContext, qtbot: QtBot) -> None:
    _portfolio(context)
    page = _loaded_page(context, qtbot)
    key = page.pareto_key.text()
    for name in ("Class A", "Class B", "Class C", "Cumulative share", "A threshold 80%"):
        assert name.replace(" ", "&nbsp;").replace("-", "\u2011") in key, name
    # Qt Charts' own legend would elide; the key wraps instead.
    assert not page.pareto_chart.chart().legend().isVisible()
    assert not page.scatter_chart.chart().legend().isVisible()
    assert page.pareto_key.wordWrap()


def _texts(page: DashboardPage) -> list[str]:
    return [page.warnings_model.item(r).text for r in range(page.warnings_model.rowCount())]


def test_an_edit_updates_its_account_on_the_dashboard_without_reading_everything(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context)
    page = _loaded_page(context, qtbot)
    assert "Quiet GmbH: key account without goals." not in _texts(page)
    assert (page.cache.full_loads, page.cache.account_loads) == (1, 0)
    # The user makes Quiet GmbH a key account on its profile, next to the dashboard.
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    show_active(qtbot, tab)
    tab.set_account(ids["Quiet GmbH"])
    context.activate_account(ids["Quiet GmbH"])
    tier = tab.editor("tier")
    assert isinstance(tier, QComboBox)
    tier.setCurrentIndex(tier.findData(Tier.KEY.value))
    tier.activated.emit(tier.currentIndex())
    with context.db.session() as s:
        account = s.get(Account, ids["Quiet GmbH"])
        assert account is not None and account.tier is Tier.KEY
    qtbot.waitUntil(lambda: "Quiet GmbH: key account without goals." in _texts(page),
                    timeout=5_000)
    assert page.key_tile.value.text() == "2 key · 0 emerging"
    assert not page.is_loading
    # Only that account was read again, on the spot: no read of the whole portfolio.
    assert (page.cache.full_loads, page.cache.account_loads) == (1, 1)
    # Undo is an edit too.
    context.undo_stack(ids["Quiet GmbH"]).undo()
    qtbot.waitUntil(lambda: page.key_tile.value.text() == "1 key · 0 emerging", timeout=5_000)
    assert "Quiet GmbH: key account without goals." not in _texts(page)
    assert (page.cache.full_loads, page.cache.account_loads) == (1, 2)


def test_a_hidden_dashboard_catches_up_on_show_and_f5_reads_everything(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context)
    page = _loaded_page(context, qtbot)
    page.hide()
    with context.db.session() as s:
        s.add(RevenueEntry(account_id=ids["Quiet GmbH"], year=date.today().year - 1, quarter=4,
                           actual=Decimal("5000.00")))
    context.publish(Change.of(DataKind.REVENUE, ids["Quiet GmbH"]))
    context.publish(Change.of(DataKind.WHITESPACE, ids["Quiet GmbH"]))  # not on the dashboard
    assert page.cache.account_loads == 0  # nothing is read while hidden
    page.show()
    assert page.cache.account_loads == 1  # read as it is shown
    assert page.data is not None
    assert page.data.analysis.accounts[0].name == "Quiet GmbH"
    page.reload()
    qtbot.waitUntil(lambda: not page.is_loading and page.cache.full_loads == 2, timeout=20_000)
