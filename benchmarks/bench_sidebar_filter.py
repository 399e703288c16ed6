"""How long one keystroke in the sidebar's search box takes on 10,000 accounts (pytest-qt).

The user types "graz" and deletes it again, key by key, into the real sidebar on a real
database; each key press is timed until the filtered list and its count are up to date
(filtering is synchronous). The goal is one frame: 16 ms. Run by benchmarks/run_all.py, or:

    KAMDESK_BENCH_DB=PATH python -m pytest -q -s benchmarks/bench_sidebar_filter.py
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.store.database import open_database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar

TYPED = "graz"


def test_keystroke_in_the_search_box(qtbot: QtBot) -> None:
    db = open_database(Path(os.environ["KAMDESK_BENCH_DB"]), daily_backup=False)
    context = AppContext(db)
    sidebar = PortfolioSidebar(context)
    qtbot.addWidget(sidebar)
    sidebar.resize(340, 760)
    sidebar.show()
    sidebar.reload()
    qtbot.waitUntil(lambda: not sidebar.is_loading, timeout=60_000)
    total = sidebar.proxy.rowCount()
    times = []
    for _ in range(5):
        for letter in TYPED:
            started = time.perf_counter()
            qtbot.keyClick(sidebar.search, letter)
            times.append(time.perf_counter() - started)
        for _letter in TYPED:
            started = time.perf_counter()
            qtbot.keyClick(sidebar.search, Qt.Key.Key_Backspace)
            times.append(time.perf_counter() - started)
    assert sidebar.proxy.rowCount() == total
    print(f"\naccounts: {total}\nkeystroke: {statistics.median(times) * 1000:.2f} ms"
          f"\nslowest keystroke: {max(times) * 1000:.2f} ms")
    sidebar.close()
    context.deleteLater()
    db.close()
