"""The app reads the portfolio for the dashboard in the background once the sidebar is filled
(and the ORM is loaded).

The window is opened as the app opens it (``open_main_window`` with the preload on); the user
edits an account before ever opening the dashboard, then opens it: it shows the edit, and
the portfolio was read only once (plus the edited account).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload
from kamdesk.ui.shell.app import open_main_window
from tests.ui.conftest import show_active, wait_for_list


def test_the_dashboard_finds_the_portfolio_read_and_the_edits_since_marked(
    db: Database, qtbot: QtBot
) -> None:
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    with db.session() as s:
        for name, tier, revenue in (("Alpha AG", Tier.KEY, "900.00"),
                                    ("Beta GmbH", Tier.STANDARD, "100.00")):
            account = Account(name=name, tier=tier)
            s.add(account)
            s.flush()
            s.add(RevenueEntry(account_id=account.id, year=year, quarter=quarter,
                               actual=Decimal(revenue)))
    window = open_main_window(db, preload_portfolio=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    try:
        show_active(qtbot, window)
        wait_for_list(qtbot, window)
        # Made once the ORM has loaded between events after the list (OrmWarmUp).
        qtbot.waitUntil(lambda: window.context.findChild(PortfolioPreload) is not None,
                        timeout=10_000)
        preload = window.context.findChild(PortfolioPreload)
        assert isinstance(preload, PortfolioPreload)
        # Read without the dashboard ever shown (its page is not even made yet).
        qtbot.waitUntil(lambda: preload.cache.snapshot is not None and not preload.is_reading,
                        timeout=20_000)
        assert window.dashboard_slot is None
        assert preload.cache.full_loads == 1

        # Beta's revenue is corrected while the dashboard is still closed.
        with db.session() as s:
            beta = s.query(Account).filter_by(name="Beta GmbH").one()
            entry = s.query(RevenueEntry).filter_by(account_id=beta.id).one()
            entry.actual = Decimal("1500.00")
            beta_id = beta.id
        window.context.publish(Change.of(DataKind.REVENUE, beta_id))

        window.show_dashboard()
        page = window.dashboard_slot
        assert isinstance(page, DashboardPage)
        qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=10_000)
        assert page.data is not None
        revenue = {a.name: a.revenue for a in page.data.analysis.accounts}
        assert revenue == {"Alpha AG": Decimal("900.00"), "Beta GmbH": Decimal("1500.00")}
        # The page took the app's cache: one full read at start-up, then Beta alone.
        assert page.cache is preload.cache
        assert (page.cache.full_loads, page.cache.account_loads) == (1, 1)
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
