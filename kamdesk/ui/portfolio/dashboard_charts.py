"""The dashboard's two charts: the Pareto chart and score against revenue.

Pareto: bars of revenue by rank, coloured by ABC class, and the cumulative share on a
second axis with the A and B thresholds. A large portfolio is shown in at most
``MAX_BARS`` bars of equal rank groups (a bar per account would be thinner than a pixel),
so the cumulative line still reaches 100 %.

Score against revenue: one point per scored account, coloured by the tier the user set
(accounts of a tier that would be drawn on the same spot share one mark: see
:func:`~kamdesk.domain.point_binning.bin_points`), with the key-score threshold and the
A-class revenue line splitting the plane into four quadrants: key (high score, high
revenue), emerging (high score, lower revenue), maintain (revenue without the score) and
review (neither).
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QWidget

from kamdesk.domain import palette
from kamdesk.domain.enums import Tier
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.point_binning import PointBin, PointBins
from kamdesk.services.portfolio.portfolio_analysis import PortfolioAnalysis
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.tier_badges import TIER_COLOURS, tier_label
from kamdesk.ui.portfolio.score_revenue_points import (
    REVENUE_STEPS,
    THOUSAND,
    ScoreRevenuePoints,
)

MAX_BARS = 50
CLASS_COLOURS = {abc_class.value: colour for abc_class, colour in palette.ABC_CLASS.items()}
THRESHOLD_COLOUR = palette.RED
CUMULATIVE_COLOUR = "#333333"
# Darker than the badge backgrounds: points must stand out on white.
POINT_COLOURS = {Tier.KEY: "#d99a00", Tier.EMERGING: "#2e9c5a", Tier.STANDARD: "#7d8b99",
                 Tier.ARCHIVED: "#bbbbbb"}


def _unindexed(view: QChartView) -> None:
    """Let the view's scene keep no spatial index of its items.

    Qt builds the index on the first paint after items came: for the score chart's
    1,400-odd marks on 10,000 accounts that first paint took 0.25 s instead of 0.06 s
    (measured), and every edit that moves marks changes it again. Nothing here looks items
    up by place (no hover, no item at a point), and the drawing order stays the stacking
    order, so the pictures are the same pixel for pixel.
    """
    view.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)


def _chart() -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = chart.titleFont()
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def revenue_title(analysis: PortfolioAnalysis) -> str:
    """The revenue axis title, e.g. "Revenue (thousand €)"."""
    return QCoreApplication.translate("DashboardCharts", "Revenue (thousand %1)").replace(
        "%1", currency_symbol(analysis.settings.currency)
    )


def rank_groups(count: int, max_bars: int = MAX_BARS) -> list[range]:
    """Ranks (0-based) split into at most ``max_bars`` consecutive groups of equal size."""
    if count == 0:
        return []
    size = math.ceil(count / max_bars)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _nice_top(top: float) -> float:
    """The revenue axis's end for a top revenue, as the chart's axis rounds it."""
    axis = QValueAxis()
    axis.setRange(0, top * 1.08 if top > 0 else 1)
    axis.applyNiceNumbers()
    return axis.max()


class ParetoChart(QChartView):
    """Revenue by rank (bars) and cumulative share (line) with the ABC thresholds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        _unindexed(self)
        self.bar_count = 0

    def show_analysis(self, analysis: PortfolioAnalysis) -> None:
        """Draw the ranking of ``analysis``."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        accounts = analysis.accounts
        groups = rank_groups(len(accounts))
        self.bar_count = len(groups)
        if len(groups) < len(accounts):
            chart.setTitle(self.tr("Pareto: revenue of %1 accounts by rank, in groups of %2")
                           .replace("%1", str(len(accounts)))
                           .replace("%2", str(len(groups[0]))))
        else:
            chart.setTitle(self.tr("Pareto: revenue by account, highest first"))
        bar_sets = {}
        series = QStackedBarSeries()
        for abc, label in (("A", self.tr("Class A")), ("B", self.tr("Class B")),
                           ("C", self.tr("Class C"))):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(CLASS_COLOURS[abc]))
            bar_set.setBorderColor(QColor(CLASS_COLOURS[abc]))
            bar_sets[abc] = bar_set
            series.append(bar_set)
        categories = []
        cumulative = QLineSeries()
        cumulative.setName(self.tr("Cumulative share"))
        cumulative.setPen(QPen(QColor(CUMULATIVE_COLOUR), 2))
        total = analysis.total_revenue
        # From the ranking's running sums: reading the rows would build one per account.
        ranking = accounts.ranking
        for index, group in enumerate(groups):
            revenue = ranking.counted_revenue(group.start, group.stop)
            # A group is drawn in the class of its first (highest-ranked) account.
            abc = ranking.abc_class(group.start).value
            for name, bar_set in bar_sets.items():
                bar_set.append(float(revenue) / THOUSAND if name == abc else 0.0)
            first, last = group[0] + 1, group[-1] + 1
            categories.append(str(first) if first == last else f"{first}–{last}")
            share = ranking.cumulative_share(group.stop - 1) if total > 0 else Decimal(0)
            cumulative.append(QPointF(index, float(share * 100)))
        series.setBarWidth(0.85)
        chart.addSeries(series)
        chart.addSeries(cumulative)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        x_axis.setTitleText(self.tr("Rank"))
        self._thin_labels(x_axis, len(categories))
        revenue_axis = QValueAxis()
        revenue_axis.setMin(0)
        revenue_axis.setLabelFormat("%.0f")
        revenue_axis.setTitleText(revenue_title(analysis))
        top = max((sum(s.at(i) for s in bar_sets.values()) for i in range(len(groups))),
                  default=0.0)
        revenue_axis.setMax(top * 1.05 if top > 0 else 1)
        revenue_axis.applyNiceNumbers()
        share_axis = QValueAxis()
        share_axis.setRange(0, 100)
        share_axis.setLabelFormat("%d%%")
        share_axis.setTitleText(self.tr("Cumulative share"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(revenue_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(share_axis, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(x_axis)
        series.attachAxis(revenue_axis)
        cumulative.attachAxis(x_axis)
        cumulative.attachAxis(share_axis)
        settings = analysis.settings
        for threshold, text in (
            (settings.a_threshold, self.tr("A threshold %1%")),
            (settings.b_threshold, self.tr("B threshold %1%")),
        ):
            line = QLineSeries()
            line.setName(text.replace("%1", str(int(threshold * 100))))
            pen = QPen(QColor(THRESHOLD_COLOUR), 1.5, Qt.PenStyle.DashLine)
            line.setPen(pen)
            percent = float(threshold * 100)
            line.append(QPointF(-0.5, percent))
            line.append(QPointF(max(len(groups) - 0.5, 0.5), percent))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(share_axis)

    def _thin_labels(self, axis: QBarCategoryAxis, count: int) -> None:
        # More than a few dozen rank labels cannot be read (Qt elides them all to "…"):
        # then the axis just says what the order is.
        if count > 25:
            axis.setLabelsVisible(False)
            axis.setTitleText(self.tr("Accounts by revenue"))


class ScoreRevenueChart(QChartView):
    """Weighted score (x) against revenue (y), by tier, with the four quadrants labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        _unindexed(self)
        self._quadrant_items: list[tuple[QGraphicsSimpleTextItem, QPointF, Qt.AlignmentFlag]] = []
        self.chart().plotAreaChanged.connect(self._place_quadrant_labels)
        self._points = ScoreRevenuePoints()
        self.marks: dict[Tier, list[PointBin]] = {}  # what is drawn: points sharing a spot
        self._series: dict[Tier, QScatterSeries] = {}
        self._guides: list[QLineSeries] = []
        self._y_axis: QValueAxis | None = None
        self._revenue_line = 0.0
        self._key_score = 0.0
        self._shape: tuple[object, ...] = ()

    def show_analysis(
        self, analysis: PortfolioAnalysis, binned: ScoreRevenuePoints | None = None
    ) -> None:
        """Draw every scored account of ``analysis``.

        Qt Charts makes a graphics item per point, so a new series of thousands of points
        costs seconds on screen: when the same tiers have points as last time (an edit of one
        account), the existing series take the new points (``replace`` moves their items)
        and only the axis, the lines and the title follow. The points themselves are binned
        edit by edit (:mod:`kamdesk.ui.portfolio.score_revenue_points`).

        ``binned``: the points of this very analysis, binned in the background
        (:mod:`kamdesk.ui.portfolio.dashboard_preparation`); taken over when their grid is
        the one this chart's axis gives, binned here otherwise.
        """
        top = self._points.top_revenue(analysis.accounts)
        y_step = _nice_top(top) / REVENUE_STEPS
        if binned is not None and binned.y_step == y_step:
            self._points = binned
        else:
            self._points.sync(analysis.accounts, y_step)
        bins = self._points.bins
        shape = (tuple(tier for tier, points in bins.items() if len(points)),
                 revenue_title(analysis), self._series_marker_size(self._points.scored))
        if shape == self._shape and self._series:
            self._update(analysis, top)
        else:
            self._draw(analysis, top)
            self._shape = shape

    @property
    def points(self) -> dict[Tier, PointBins]:
        """Per tier, the accounts drawn (``len``) and their binned marks."""
        return self._points.bins

    @staticmethod
    def _series_marker_size(count: int) -> int:
        return 9 if count < 500 else 5

    def _title(self, unscored: int) -> str:
        if unscored:
            return self.tr("Score against revenue (%1 accounts without a score not shown)") \
                .replace("%1", str(unscored))
        return self.tr("Score against revenue")

    def _update(self, analysis: PortfolioAnalysis, top: float) -> None:
        self.chart().setTitle(self._title(self._points.unscored))
        y_axis = self._y_axis
        assert y_axis is not None  # drawn before
        y_axis.setRange(0, top * 1.08 if top > 0 else 1)
        y_axis.applyNiceNumbers()
        for tier, series in self._series.items():
            marks = self._points.bins[tier].marks()
            if marks != self.marks.get(tier):  # each replace redraws every mark
                series.replace([QPointF(mark.x, mark.y) for mark in marks])
            self.marks[tier] = marks
        key_score, revenue_line = self._guide_values(analysis)
        key_line, revenue_guide = self._guides
        if (key_score, y_axis.max()) != (self._key_score, key_line.at(1).y()):
            key_line.replace([QPointF(key_score, 0.0), QPointF(key_score, y_axis.max())])
        if revenue_line != self._revenue_line:
            revenue_guide.replace([QPointF(0.0, revenue_line), QPointF(100.0, revenue_line)])
        self._revenue_line = revenue_line
        self._key_score = key_score
        self._quadrant_items = [
            (item, QPointF(anchor.x(), y_axis.max() if anchor.y() > 0 else 0.0), alignment)
            for item, anchor, alignment in self._quadrant_items
        ]
        self._place_quadrant_labels()

    @staticmethod
    def _guide_values(analysis: PortfolioAnalysis) -> tuple[float, float]:
        """The key-score threshold and the revenue of the last class A account."""
        a_count = analysis.accounts.ranking.class_size(AbcClass.A)
        revenue_line = float(analysis.accounts[a_count - 1].revenue) / THOUSAND if a_count else 0.0
        return float(analysis.settings.tiers.key_score), revenue_line

    def _draw(self, analysis: PortfolioAnalysis, top: float) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for item, _, _ in self._quadrant_items:
            chart.scene().removeItem(item)
        self._quadrant_items = []
        chart.setTitle(self._title(self._points.unscored))
        x_axis = QValueAxis()
        x_axis.setRange(0, 100)
        x_axis.setTickCount(6)
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("Weighted score"))
        y_axis = QValueAxis()
        y_axis.setRange(0, top * 1.08 if top > 0 else 1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(revenue_title(analysis))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.marks = {}
        self._series = {}
        self._guides = []
        self._y_axis = y_axis
        scored = self._points.scored
        for tier, bins in self._points.bins.items():
            if not len(bins):
                continue
            series = QScatterSeries()
            series.setName(tier_label(tier))
            series.setMarkerSize(self._series_marker_size(scored))
            series.setColor(QColor(POINT_COLOURS[tier]))
            series.setBorderColor(QColor(TIER_COLOURS[tier][1]))
            # One call with every point: thousands of single appends are slow, and each
            # returns None through a binding that has been seen to miscount None's references.
            marks = bins.marks()
            series.append([QPointF(mark.x, mark.y) for mark in marks])
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self.marks[tier] = marks
            self._series[tier] = series
        key_score, revenue_line = self._guide_values(analysis)
        pen = QPen(QColor(THRESHOLD_COLOUR), 1.2, Qt.PenStyle.DashLine)
        for points in (((key_score, 0.0), (key_score, y_axis.max())),
                       ((0.0, revenue_line), (100.0, revenue_line))):
            line = QLineSeries()
            line.setPen(pen)
            for x, y in points:
                line.append(QPointF(x, y))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            chart.legend().markers(line)[0].setVisible(False)
            self._guides.append(line)
        self._revenue_line = revenue_line
        self._key_score = key_score
        labels = (
            (self.tr("Key"), QPointF(100, y_axis.max()), Qt.AlignmentFlag.AlignRight),
            (self.tr("Maintain"), QPointF(0, y_axis.max()), Qt.AlignmentFlag.AlignLeft),
            (self.tr("Emerging"), QPointF(100, 0), Qt.AlignmentFlag.AlignRight),
            (self.tr("Review"), QPointF(0, 0), Qt.AlignmentFlag.AlignLeft),
        )
        font = QFont(chart.font())
        font.setBold(True)
        for text, anchor, alignment in labels:
            item = QGraphicsSimpleTextItem(text, chart)
            item.setFont(font)
            item.setBrush(QColor("#8a94a0"))
            self._quadrant_items.append((item, anchor, alignment))
        self._place_quadrant_labels()

    def _place_quadrant_labels(self) -> None:
        chart = self.chart()
        series = chart.series()
        if not series:
            return
        for item, anchor, alignment in self._quadrant_items:
            position = chart.mapToPosition(anchor, series[0])
            width = item.boundingRect().width()
            height = item.boundingRect().height()
            x = position.x() - width - 6 if alignment == Qt.AlignmentFlag.AlignRight else \
                position.x() + 6
            y = position.y() + 4 if anchor.y() > 0 else position.y() - height - 4
            item.setPos(x, y)

