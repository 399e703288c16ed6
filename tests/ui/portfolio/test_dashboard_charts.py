"""The score-against-revenue chart: accounts on the same spot share one mark."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QScatterSeries
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.domain.point_binning import PointBin
from kamdesk.store.orm import Account, RevenueEntry, Score
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage


def _account(context: AppContext, name: str, tier: Tier, revenue: str, score: int) -> None:
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    with context.db.session() as s:
        account = Account(name=name, tier=tier)
        s.add(account)
        s.flush()
        s.add(RevenueEntry(account_id=account.id, year=year, quarter=quarter,
                           actual=Decimal(revenue)))
        s.add_all(Score(account_id=account.id, criterion=criterion, value=score,
                        scored_on=date.today()) for criterion in Criterion)


def _drawn(page: DashboardPage) -> dict[str, list[tuple[float, float]]]:
    return {series.name(): sorted((p.x(), p.y()) for p in series.points())
            for series in page.scatter_chart.chart().series()
            if isinstance(series, QScatterSeries)}


def _place(mark: PointBin) -> tuple[float, float]:
    return mark.x, mark.y


def test_accounts_on_one_spot_share_a_mark_until_an_edit_moves_one_away(
    context: AppContext, qtbot: QtBot
) -> None:
    # Three standard accounts on the same spot; a fourth of the same score 1,000 € higher
    # (1/200 of the axis is 3,000 €: the same cell); a key account on that spot too.
    for number in (1, 2, 3):
        _account(context, f"Twin {number}", Tier.STANDARD, "100000.00", 3)
    _account(context, "Neighbour", Tier.STANDARD, "101000.00", 3)
    _account(context, "Key AG", Tier.KEY, "100000.00", 3)
    _account(context, "Top GmbH", Tier.STANDARD, "500000.00", 5)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=20_000)

    chart = page.scatter_chart
    # A tier's accounts merge, tiers never do: the key account keeps its own mark.
    assert chart.marks[Tier.KEY] == [PointBin(50.0, 100.0, 1)]
    assert sorted(chart.marks[Tier.STANDARD], key=_place) == [PointBin(50.0, 100.25, 4),
                                                           PointBin(100.0, 500.0, 1)]
    assert _drawn(page) == {"Key": [(50.0, 100.0)], "Standard": [(50.0, 100.25), (100.0, 500.0)]}
    assert len(chart.points[Tier.STANDARD]) == 5  # every account is still counted

    # The neighbour's revenue is corrected to 300,000 €: it gets a mark of its own.
    with context.db.session() as s:
        neighbour = s.scalars(select(Account).where(Account.name == "Neighbour")).one()
        entry = s.scalars(select(RevenueEntry)
                          .where(RevenueEntry.account_id == neighbour.id)).one()
        entry.actual = Decimal("300000.00")
        neighbour_id = neighbour.id
    context.publish(Change.of(DataKind.REVENUE, neighbour_id))
    qtbot.waitUntil(lambda: len(chart.marks[Tier.STANDARD]) == 3, timeout=5_000)
    assert sorted(chart.marks[Tier.STANDARD], key=_place) == [
        PointBin(50.0, 100.0, 3), PointBin(50.0, 300.0, 1), PointBin(100.0, 500.0, 1)]
    assert _drawn(page)["Standard"] == [(50.0, 100.0), (50.0, 300.0), (100.0, 500.0)]
