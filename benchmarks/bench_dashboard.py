"""How fast the dashboard fills on 10,000 accounts, and how fast one edit shows on it (pytest-qt).

On a copy of the database (the edits write), a real :class:`DashboardPage` is shown and timed:

* first fill: from showing the page until its figures are on screen (the background read of
  every account, the analysis, tiles, charts and lists). Goal: 1 s;
* one edit: an account's revenue, or its tier, is written as an edit writes it, then its
  change is published; timed from the publication until the dashboard shows the new
  figures — the GUI thread's whole work: marking the cache, reading that account, updating
  the analysis, tiles, charts and lists. Goal: 100 ms.

The baseline, measured in the same run: the fresh analysis the dashboard ran for every edit
before it had the cache (``analyse_portfolio`` and ``portfolio_attention``, in-process).
Run by benchmarks/run_all.py, or:

    KAMDESK_BENCH_DB=PATH python -m pytest -q -s benchmarks/bench_dashboard.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.portfolio_analysis import analyse_portfolio
from kamdesk.services.portfolio.portfolio_attention import portfolio_attention
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.dashboard_page import DashboardPage

EDITS = 7  # of each kind; the median counts


def _until_updated(page: DashboardPage, before: object) -> tuple[float, float]:
    """Process events until the page shows new data: seconds until updated, and painted."""
    started = time.perf_counter()
    while page.data is before:
        QCoreApplication.processEvents()
    updated = time.perf_counter() - started
    QCoreApplication.processEvents()  # the repaint it asked for
    return updated, time.perf_counter() - started


def test_dashboard_first_fill_and_one_edit(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dashboard.sqlite3"
    shutil.copyfile(os.environ["KAMDESK_BENCH_DB"], path)
    db = open_database(path, daily_backup=False)
    context = AppContext(db)

    fresh_times = []
    for _ in range(3):
        started = time.perf_counter()
        analyse_portfolio(db)
        portfolio_attention(db)
        fresh_times.append(time.perf_counter() - started)
    fresh = statistics.median(fresh_times)

    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    started = time.perf_counter()
    page.show()
    while page.data is None or page.is_loading:
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    first_fill = time.perf_counter() - started
    assert page.data is not None
    accounts = len(page.data.analysis.accounts)

    with db.session() as s:
        ids = s.scalars(select(Account.id).order_by(Account.id)).all()
    revenue_times: list[tuple[float, float]] = []
    tier_times: list[tuple[float, float]] = []
    for number in range(EDITS):
        account_id = ids[(number * 1409) % len(ids)]
        with db.session() as s:
            entry = s.scalars(select(RevenueEntry).where(RevenueEntry.account_id == account_id)
                              .order_by(RevenueEntry.year.desc(), RevenueEntry.quarter.desc())
                              ).first()
            assert entry is not None
            entry.actual = (entry.actual or Decimal(0)) + Decimal("12345.67")
        before = page.data
        context.publish(Change.of(DataKind.REVENUE, account_id))
        revenue_times.append(_until_updated(page, before))

        with db.session() as s:
            account = s.get(Account, account_id)
            assert account is not None
            account.tier = Tier.EMERGING if account.tier is not Tier.EMERGING else Tier.STANDARD
        before = page.data
        context.publish(Change.of(DataKind.PROFILE, account_id, fields=("tier",)))
        tier_times.append(_until_updated(page, before))
    assert page.cache.full_loads == 1
    assert page.cache.account_loads == 2 * EDITS

    edit = statistics.median(t for t, _ in revenue_times + tier_times)
    lines = [f"accounts: {accounts}",
             f"fresh analysis and attention (before the cache): {fresh * 1000:.0f} ms",
             f"first fill: {first_fill * 1000:.0f} ms"]
    for label, times in (("revenue edit", revenue_times), ("tier edit", tier_times)):
        updated = [t for t, _ in times]
        painted = [t for _, t in times]
        lines.append(f"{label}: {statistics.median(updated) * 1000:.1f} ms updated "
                     f"(slowest {max(updated) * 1000:.1f} ms), "
                     f"{statistics.median(painted) * 1000:.1f} ms painted")
    lines += [f"one edit: {edit * 1000:.1f} ms",
              f"ratio edit / fresh analysis: {edit / fresh:.3f}"]
    print("\n" + "\n".join(lines))
    page.close()
    context.deleteLater()
    db.close()
