"""The app's background read of the portfolio hands the dashboard what it worked out."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.store.database import Database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload
from kamdesk.ui.portfolio.score_revenue_points import ScoreRevenuePoints


def test_the_dashboard_takes_over_the_points_the_read_binned(
    demo_database: Callable[..., Database], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = AppContext(demo_database(accounts=120, seed=5))
    owner = QObject()
    binned_on_gui_thread: list[bool] = []
    sync = ScoreRevenuePoints.sync

    def recording_sync(self: ScoreRevenuePoints, *args: object) -> None:
        binned_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        sync(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ScoreRevenuePoints, "sync", recording_sync)
    try:
        preload = PortfolioPreload(context, owner)
        preload.start()
        qtbot.waitUntil(lambda: not preload.is_reading, timeout=30_000)
        assert binned_on_gui_thread == [False]

        page = DashboardPage(context, preload=preload)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        with qtbot.waitSignal(page.filled, timeout=10_000):
            page.show()
        assert page.data is preload.cache.snapshot
        assert binned_on_gui_thread == [False]  # taken over, not binned again
        drawn = page.scatter_chart.marks
        assert sum(len(marks) for marks in drawn.values()) > 5

        # Offered once: after an edit the page reads and bins that account itself.
        assert page.data is not None
        account_id = page.data.analysis.accounts[0].account_id
        with qtbot.waitSignal(page.filled, timeout=10_000):
            context.publish(Change.of(DataKind.REVENUE, account_id))
        assert binned_on_gui_thread == [False, True]
        assert preload.take_prepared(page.data) is None
        page.close()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        context.deleteLater()
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
