"""One edit on a demo portfolio: the dashboard shows what a fresh analysis says, and its
lists take the changed rows without a reset."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.portfolio.portfolio_analysis import analyse_portfolio
from kamdesk.services.portfolio.portfolio_attention import portfolio_attention
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage


def _resets(models: list[QAbstractItemModel]) -> list[str]:
    counted: list[str] = []
    for model in models:
        name = type(model).__name__
        model.modelReset.connect(lambda name=name: counted.append(name))
    return counted


def test_a_revenue_edit_moves_every_share_without_resetting_the_lists(
    context: AppContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    create_demo_portfolio(context.db, accounts=120)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=30_000)
    qtbot.waitUntil(lambda: page.retention_panel.loaded, timeout=30_000)
    models: list[QAbstractItemModel] = [page.warnings_model, page.tiers_model,
                                        page.goals_model, page.actions_model,
                                        page.retention_panel.model]
    resets = _resets(models)
    people = page.retention_panel.candidates
    assert page.data is not None
    before = page.data
    shares_before = {a.account_id: a.share for a in before.analysis.accounts}

    # The smallest account earns more than the largest in the window's last quarter: it
    # moves to the top.
    smallest = before.analysis.accounts[-1].account_id
    year, quarter = before.analysis.window.last
    top_revenue = before.analysis.accounts[0].revenue
    with context.db.session() as s:
        entry = s.scalars(select(RevenueEntry).where(
            RevenueEntry.account_id == smallest, RevenueEntry.year == year,
            RevenueEntry.quarter == quarter)).first()
        if entry is None:
            entry = RevenueEntry(account_id=smallest, year=year, quarter=quarter,
                                 actual=Decimal(0))
            s.add(entry)
        entry.actual = (entry.actual or Decimal(0)) + top_revenue
    context.publish(Change.of(DataKind.REVENUE, smallest))
    qtbot.waitUntil(lambda: page.data is not before, timeout=5_000)

    fresh = analyse_portfolio(context.db)
    assert page.data.analysis == fresh
    assert page.data.attention == portfolio_attention(context.db)
    shown = page.data.analysis
    assert [(a.account_id, a.rank, a.share, a.cumulative_share, a.abc_class)
            for a in shown.accounts] == [
        (a.account_id, a.rank, a.share, a.cumulative_share, a.abc_class)
        for a in fresh.accounts]
    assert shown.accounts[0].account_id == smallest
    # The total grew: every other account's share shrank.
    assert all(a.share < shares_before[a.account_id] for a in shown.accounts[1:]
               if shares_before[a.account_id] > 0)
    assert [page.tiers_model.item(r).account_id
            for r in range(page.tiers_model.rowCount())] == [
        a.account_id for a in fresh.disagreements][: page.tiers_model.rowCount()]
    assert page.key_tile.detail.text() == (
        f"{fresh.count_recommended(Tier.KEY)} recommended as key")

    # A tier edit, and the retention list read again after the changes: still no reset.
    with context.db.session() as s:
        account = s.get(Account, smallest)
        assert account is not None
        account.tier = Tier.KEY if account.tier is not Tier.KEY else Tier.STANDARD
    before = page.data
    context.publish(Change.of(DataKind.PROFILE, smallest, fields=("tier",)))
    qtbot.waitUntil(lambda: page.data is not before, timeout=5_000)
    assert page.data.analysis == analyse_portfolio(context.db)
    panel = page.retention_panel
    qtbot.waitUntil(lambda: panel.candidates is not people and not panel.is_loading,
                    timeout=10_000)
    assert resets == []
    for model in models:
        qtmodeltester.check(model)
