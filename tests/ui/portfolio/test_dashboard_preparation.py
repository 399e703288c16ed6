"""What the dashboard's background read works out: the same as the GUI thread would, off it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.portfolio_cache import PortfolioCache, PortfolioSnapshot
from kamdesk.services.portfolio.ranked_accounts import RankedAccounts
from kamdesk.store.database import Database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_charts import ScoreRevenueChart
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.portfolio.dashboard_preparation import prepare_fill
from kamdesk.ui.portfolio.score_revenue_points import ScoreRevenuePoints

TODAY = date(2026, 11, 28)


def _snapshot(db: Database) -> PortfolioSnapshot:
    return PortfolioCache(db, today=lambda: TODAY).refresh()


def _drawn(chart: ScoreRevenueChart) -> dict[str, list[tuple[float, float]]]:
    return {series.name(): [(p.x(), p.y()) for p in series.points()]
            for series in chart.chart().series() if isinstance(series, QScatterSeries)}


def _chart(qtbot: QtBot) -> ScoreRevenueChart:
    chart = ScoreRevenueChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    return chart


def test_points_binned_in_the_background_are_the_ones_the_chart_would_bin(
    demo_database: Callable[..., Database], qtbot: QtBot
) -> None:
    snapshot = _snapshot(demo_database(accounts=300, seed=3, today=TODAY))
    prepared = prepare_fill(snapshot)
    own, taken = _chart(qtbot), _chart(qtbot)
    own.show_analysis(snapshot.analysis)
    taken.show_analysis(snapshot.analysis, prepared.points)

    assert taken.points is prepared.points.bins  # taken over, not binned again
    assert own.marks == taken.marks and _drawn(own) == _drawn(taken)
    assert sum(len(marks) for marks in taken.marks.values()) > 10
    assert own.chart().title() == taken.chart().title()
    # The tally was done with them: the counts the tiles show are there to read.
    accounts = snapshot.analysis.accounts
    assert accounts.recommended(Tier.KEY) == sum(
        1 for row in accounts if row.recommendation.tier is Tier.KEY)


def test_points_binned_on_another_grid_are_binned_again_by_the_chart(
    demo_database: Callable[..., Database], qtbot: QtBot
) -> None:
    snapshot = _snapshot(demo_database(accounts=300, seed=3, today=TODAY))
    prepared = prepare_fill(snapshot)
    assert prepared.points.y_step is not None
    elsewhere = ScoreRevenuePoints()
    elsewhere.sync(snapshot.analysis.accounts, prepared.points.y_step * 3)
    own, offered = _chart(qtbot), _chart(qtbot)
    own.show_analysis(snapshot.analysis)
    offered.show_analysis(snapshot.analysis, elsewhere)

    assert offered.points is not elsewhere.bins
    assert offered.marks == own.marks and _drawn(offered) == _drawn(own)


def test_the_first_fill_bins_and_tallies_off_the_gui_thread(
    demo_database: Callable[..., Database], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = demo_database(accounts=120, seed=5)
    context = AppContext(db)
    on_gui_thread: dict[str, list[bool]] = {"bin": [], "tally": []}
    sync, tally = ScoreRevenuePoints.sync, RankedAccounts._tally

    def recording_sync(self: ScoreRevenuePoints, *args: object) -> None:
        on_gui_thread["bin"].append(threading.current_thread() is threading.main_thread())
        sync(self, *args)  # type: ignore[arg-type]

    def recording_tally(self: RankedAccounts) -> object:
        if self._tallied is None:  # the work itself, not a look at its result
            on_gui_thread["tally"].append(
                threading.current_thread() is threading.main_thread())
        return tally(self)

    monkeypatch.setattr(ScoreRevenuePoints, "sync", recording_sync)
    monkeypatch.setattr(RankedAccounts, "_tally", recording_tally)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page.show()

    assert on_gui_thread == {"bin": [False], "tally": [False]}
    assert sum(len(marks) for marks in page.scatter_chart.marks.values()) > 5
    assert page.key_tile.detail.text().endswith("recommended as key")
    page.close()
    # The retention list's read must end before the database is closed.
    QThreadPool.globalInstance().waitForDone(10_000)
    context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
