"""The portfolio dashboard: tiles, the Pareto chart, score against revenue, and the lists of
what needs attention (guardrail warnings, tier disagreements, goals, overdue actions).

The page reads the portfolio through a :class:`PortfolioCache`, which the app's change events
mark account by account (:mod:`kamdesk.ui.portfolio.portfolio_cache_adapter`). Reading every
account (the first time, F5, a settings or team change, a new day) runs off the GUI thread
(:mod:`kamdesk.ui.common.operations`) with a busy bar, the last figures staying on screen
meanwhile; the job also works out what needs no widget
(:mod:`kamdesk.ui.portfolio.dashboard_preparation`). After an edit only the accounts it named
are read again, at once on the GUI thread, which takes milliseconds. Changes made while the
page is hidden are caught up on the next show.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.enums import GoalStatus, Tier
from kamdesk.domain.guardrails import GuardrailFinding, Severity
from kamdesk.services.portfolio.portfolio_attention import ActionAlert, GoalAlert
from kamdesk.services.portfolio.portfolio_cache import PortfolioCache, PortfolioSnapshot
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.long_lived_reads import mark_long_lived
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.operations import Operation, Progress, run_in_background
from kamdesk.ui.common.portfolio_texts import finding_text, percent_text
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.tier_badges import tier_label
from kamdesk.ui.portfolio.attention_list_model import (
    ACCOUNT_ROLE,
    AREA_ROLE,
    PAGE,
    AttentionItem,
    AttentionListModel,
    WordedItems,
    worded,
)
from kamdesk.ui.portfolio.chart_key import ChartKey, with_key
from kamdesk.ui.portfolio.dashboard_charts import ParetoChart, ScoreRevenueChart
from kamdesk.ui.portfolio.dashboard_preparation import PreparedFill, prepare_fill
from kamdesk.ui.portfolio.dashboard_tile import Tile
from kamdesk.ui.portfolio.portfolio_cache_adapter import PortfolioCacheAdapter
from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload
from kamdesk.ui.portfolio.retention_panel import RetentionPanel
from kamdesk.ui.portfolio.score_revenue_points import ScoreRevenuePoints

# What the page shows: the analysis and the attention lists, at one moment.
DashboardData = PortfolioSnapshot


class DashboardPage(QWidget):
    """The whole portfolio at a glance; every listed item opens its account."""

    # New figures were put on the page (their repaint is posted, not yet done).
    filled = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None,
        preload: PortfolioPreload | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data: DashboardData | None = None
        # The app's cache, read in the background since the database was opened; or one of
        # the page's own.
        self.cache = preload.cache if preload is not None else PortfolioCache(context.db)
        self._preload = preload
        self._operation: Operation | None = None
        self._failed = False
        self._finding_items: dict[int, tuple[GuardrailFinding, AttentionItem]] = {}
        # The lists' lines by what they say: an edit of one account words only its own
        # lines again, not the thousands of others (profiled at 0.14 s per edit).
        self._tier_items: dict[tuple[int, str, Tier, Tier], AttentionItem] = {}
        self._goal_items: dict[GoalAlert, AttentionItem] = {}
        self._action_items: dict[ActionAlert, AttentionItem] = {}
        # The changes of one edit (or of a burst of undo steps) arrive one after another:
        # read them together on the next turn of the event loop.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._catch_up)
        adapter = preload.adapter if preload is not None else \
            PortfolioCacheAdapter(context, self.cache, self)
        adapter.invalidated.connect(self._on_change)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._header())
        layout.addLayout(self._tiles())
        charts = QHBoxLayout()
        self.pareto_chart = ParetoChart()
        self.scatter_chart = ScoreRevenueChart()
        self.pareto_key = ChartKey()
        self.scatter_key = ChartKey()
        charts.addWidget(with_key(self.pareto_chart, self.pareto_key), 3)
        charts.addWidget(with_key(self.scatter_chart, self.scatter_key), 2)
        # Beside the charts, where a list of names has the height it needs; it loads itself.
        self.retention_panel = RetentionPanel(context)
        # Its read waits until the figures are on screen (released in _on_loaded/_on_failed).
        self.retention_panel.hold()
        self.refresh_button.clicked.connect(self.retention_panel.reload)
        charts.addWidget(self.retention_panel, 1)
        layout.addLayout(charts, 3)
        layout.addLayout(self._lists(), 2)

    # -- building ---------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Portfolio dashboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.window_label = QLabel()
        self.window_label.setStyleSheet("color: #5c6670;")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no known length: the bar just moves
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Calculating"))
        self.busy_label = QLabel(self.tr("Calculating…"))
        self.busy_bar.hide()
        self.busy_label.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(self.window_label, 1)
        row.addWidget(self.busy_label)
        row.addWidget(self.busy_bar)
        row.addWidget(self.refresh_button)
        return row

    def _tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.revenue_tile = Tile(self.tr("Revenue, last four quarters"))
        self.top_share_tile = Tile(self.tr("Share of the top 20 % of accounts"))
        self.key_tile = Tile(self.tr("Key and emerging accounts"))
        self.reviews_tile = Tile(self.tr("Overdue reviews"))
        self.warnings_tile = Tile(self.tr("Warnings"))
        for tile in (self.revenue_tile, self.top_share_tile, self.key_tile, self.reviews_tile,
                     self.warnings_tile):
            row.addWidget(tile, 1)
        return row

    def _list(self, title: str) -> tuple[QGroupBox, QListView, AttentionListModel]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        model = AttentionListModel(self)
        view = QListView()
        view.setModel(model)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.clicked.connect(self._open_item)
        view.activated.connect(self._open_item)  # Enter (and double-click) as well
        layout.addWidget(view)
        return box, view, model

    def _lists(self) -> QGridLayout:
        grid = QGridLayout()
        self.warnings_box, self.warnings_view, self.warnings_model = self._list(
            self.tr("Warnings")
        )
        self.tiers_box, self.tiers_view, self.tiers_model = self._list(
            self.tr("Recommended tier differs")
        )
        self.goals_box, self.goals_view, self.goals_model = self._list(
            self.tr("Goals at risk, off track or overdue")
        )
        self.actions_box, self.actions_view, self.actions_model = self._list(
            self.tr("Overdue actions")
        )
        for column, box in enumerate((self.warnings_box, self.tiers_box, self.goals_box,
                                      self.actions_box)):
            grid.addWidget(box, 0, column)
        grid.setColumnStretch(0, 3)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 2)
        return grid

    # -- loading ----------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """Whether a calculation is running."""
        return self._operation is not None

    def reload(self) -> None:
        """Read every account again (F5, the Refresh button), in the background."""
        self._failed = False
        self.cache.invalidate_all()
        self._catch_up()

    def _catch_up(self) -> None:
        """Show the cache's portfolio, reading first what the changes since have marked."""
        self._reload_timer.stop()
        if self._operation is not None:
            return  # caught up when the running read ends
        if self.data is not None and self.cache.is_current:
            return
        if not self.cache.needs_full_load and not self._failed:
            # Only some accounts to read: milliseconds, so at once and on this thread.
            try:
                self._on_loaded(self.cache.refresh())
                return
            except Exception:  # read again below, in the background, where it is worded
                self.cache.invalidate_all()
        cache = self.cache

        def compute(_progress: Progress) -> PreparedFill:
            snapshot = cache.refresh()
            # Babel reads its locale data on the first symbol (0.2–0.7 s profiled in the first
            # fill): here, off the GUI thread, rather than while the page is drawn.
            currency_symbol(snapshot.analysis.settings.currency)
            return prepare_fill(snapshot)

        self.busy_bar.show()
        self.busy_label.show()
        self.refresh_button.setEnabled(False)
        self._operation = run_in_background(compute, self._on_loaded, self._on_failed, self)
        self._operation.finished.connect(self._on_finished)
        # Its results live until the next read: see that module.
        mark_long_lived(self._operation, lambda: not self._failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def _on_change(self, _account_id: int | None) -> None:
        if self.isVisible():
            self._reload_timer.start()

    def _on_finished(self) -> None:
        self._operation = None
        self.busy_bar.hide()
        self.busy_label.hide()
        self.refresh_button.setEnabled(True)
        if self.isVisible() and not self.cache.is_current and not self._failed:
            self._reload_timer.start()

    def _on_failed(self, message: str) -> None:
        self._failed = True  # said once; the Refresh button tries again
        self.context.failed.emit(message)
        self._release_retention_panel()

    def _on_loaded(self, result: object) -> None:
        # From a background read, with what it worked out; or read here after an edit (the
        # app's first read worked it out too when this is its snapshot: offered once).
        data = result.snapshot if isinstance(result, PreparedFill) else result
        assert isinstance(data, PortfolioSnapshot)
        offered = self._preload.take_prepared(data) if self._preload is not None else None
        prepared = result if isinstance(result, PreparedFill) else offered
        if data is self.data:
            return  # nothing changed since it was shown
        self.data = data
        self._show(data, prepared.points if prepared is not None else None)
        self._release_retention_panel()
        self.filled.emit()

    def _release_retention_panel(self) -> None:
        """Let the retention list read, once the figures just shown are painted."""
        if self.retention_panel.is_held:
            # A zero timer fires after the repaint the figures asked for (posted events
            # come first), so the list's read does not slow the first paint down.
            QTimer.singleShot(0, self.retention_panel, self.retention_panel.release)

    # -- showing ----------------------------------------------------------------------------

    def _show(self, data: DashboardData, binned: ScoreRevenuePoints | None = None) -> None:
        analysis, attention = data.analysis, data.attention
        window = analysis.window
        self.window_label.setText(
            self.tr("Last four complete quarters: %1 – %2").replace("%1", show_date(window.start))
            .replace("%2", show_date(window.end))
        )
        symbol = currency_symbol(analysis.settings.currency)
        growth = analysis.growth
        self.revenue_tile.set_figure(
            format_money(analysis.total_revenue, symbol, 0),
            self.tr("No revenue in the four quarters before") if growth is None else
            self.tr("%1 against the four quarters before").replace(
                "%1", ("+" if growth > 0 else "") + percent_text(growth)
            ),
        )
        top_count = max(-(-len(analysis.accounts) // 5), 1) if analysis.accounts else 0
        self.top_share_tile.set_figure(
            percent_text(analysis.top_share, 0),
            self.tr("of revenue, earned by %1 of %2 accounts").replace("%1", str(top_count))
            .replace("%2", str(len(analysis.accounts))),
        )
        key, emerging = analysis.count_tier(Tier.KEY), analysis.count_tier(Tier.EMERGING)
        recommended_key = analysis.count_recommended(Tier.KEY)
        self.key_tile.set_figure(
            self.tr("%1 key · %2 emerging").replace("%1", str(key)).replace("%2", str(emerging)),
            self.tr("%1 recommended as key").replace("%1", str(recommended_key)),
        )
        self.reviews_tile.set_figure(
            str(analysis.overdue_reviews),
            self.tr("%1 overdue actions").replace("%1", str(len(attention.actions))),
        )
        warnings = sum(1 for f in analysis.findings if f.severity is Severity.WARNING)
        self.warnings_tile.set_figure(
            str(warnings),
            self.tr("and %1 notices").replace("%1", str(len(analysis.findings) - warnings)),
        )
        self.pareto_chart.show_analysis(analysis)
        self.scatter_chart.show_analysis(analysis, binned)
        self.pareto_key.show_chart(self.pareto_chart.chart())
        self.scatter_key.show_chart(self.scatter_chart.chart())
        self._fill_lists(data)

    def _fill_lists(self, data: DashboardData) -> None:
        analysis, attention = data.analysis, data.attention
        # Warnings before notices; portfolio-wide first, as the domain orders them.
        findings = sorted(analysis.findings, key=lambda f: f.severity is not Severity.WARNING)
        # The cache hands unchanged accounts' findings over as the same objects: remember
        # their sentences by identity (keeping the finding, so its id cannot be reused),
        # forgetting those of findings that are gone. Sentences are worded as the list
        # shows them (a page at a time), not all at once.
        self._finding_items = {
            id(f): entry for f in findings if (entry := self._finding_items.get(id(f)))
        }
        self.warnings_model.set_items(WordedItems(findings, self._finding_item))
        recommended_as = self.tr("%1: recommended %2, set as %3")
        tier_labels = {tier: tier_label(tier) for tier in Tier}
        accounts = analysis.accounts
        ranks = accounts.disagreeing()
        if len(self._tier_items) > 2 * len(ranks) + PAGE:
            self._tier_items = {}  # let go of the lines of disagreements long resolved

        def tier_item(rank: int) -> AttentionItem:
            base, recommended = accounts.disagreement(rank)
            f = base.figures
            key = (f.account_id, f.name, recommended, f.tier)
            item = self._tier_items.get(key)
            if item is None:
                item = self._tier_items[key] = AttentionItem(
                    recommended_as.replace("%1", f.name).replace("%2", tier_labels[recommended])
                    .replace("%3", tier_labels[f.tier]),
                    f.account_id, "assessment", "notice",
                )
            return item

        # Worded as the list shows them, like the warnings.
        self.tiers_model.set_items(WordedItems(ranks, tier_item))
        status_words = {
            GoalStatus.OVERDUE: self.tr("overdue since %1"),
            GoalStatus.OFF_TRACK: self.tr("off track, due %1"),
            GoalStatus.AT_RISK: self.tr("at risk, due %1"),
        }
        goal_line = self.tr("%1 — %2 (%3)")
        self._goal_items = worded(
            self._goal_items, attention.goals,
            lambda g: AttentionItem(
                goal_line.replace("%1", g.account).replace("%2", g.title)
                .replace("%3", status_words[g.status].replace("%1", show_date(g.due_on))),
                g.account_id, "goals",
                "warning" if g.status is not GoalStatus.AT_RISK else "notice",
            ),
        )
        self.goals_model.set_items(list(self._goal_items.values()))
        action_line = self.tr("%1 — %2 (due %3)")
        self._action_items = worded(
            self._action_items, attention.actions,
            lambda a: AttentionItem(
                action_line.replace("%1", a.account).replace("%2", a.title)
                .replace("%3", show_date(a.due_on)),
                a.account_id, "goals",
            ),
        )
        self.actions_model.set_items(list(self._action_items.values()))
        for box, model, title in (
            (self.warnings_box, self.warnings_model, self.tr("Warnings and notices (%1)")),
            (self.tiers_box, self.tiers_model, self.tr("Recommended tier differs (%1)")),
            (self.goals_box, self.goals_model, self.tr("Goals at risk, off track or overdue (%1)")),
            (self.actions_box, self.actions_model, self.tr("Overdue actions (%1)")),
        ):
            box.setTitle(title.replace("%1", str(model.total())))

    def _finding_item(self, finding: GuardrailFinding) -> AttentionItem:
        """The warning list's line for a finding, worded once per finding object."""
        known = self._finding_items.get(id(finding))
        if known is not None and known[0] is finding:
            return known[1]
        account = finding.account_key if isinstance(finding.account_key, int) else None
        item = AttentionItem(finding_text(finding), account, "", finding.severity.value)
        self._finding_items[id(finding)] = (finding, item)
        return item

    def _open_item(self, index: QModelIndex | QPersistentModelIndex) -> None:
        account_id = index.data(ACCOUNT_ROLE)
        if isinstance(account_id, int):
            self.context.open_account_requested.emit(account_id, index.data(AREA_ROLE) or "")

