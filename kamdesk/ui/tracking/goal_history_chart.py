"""A small chart of a goal's dated updates, with its baseline and target as lines.

The updates are drawn as a line with points over time; the target as a dashed line across
the goal's time span, so the distance still to go is visible at a glance.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kamdesk.services.tracking.goal_editing import GoalRow
from kamdesk.ui.common.qt_dates import to_qdate


def _msecs(day: date) -> float:
    return float(QDateTime(to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


class GoalHistoryChart(QChartView):
    """The history of one goal: updates over time against the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.updates = QLineSeries()
        self.updates.setName(self.tr("Measured"))
        self.updates.setPointsVisible(True)
        self.updates.setPen(QPen(QColor("#1f3a5f"), 2))
        self.target = QLineSeries()
        self.target.setName(self.tr("Target"))
        self.target.setPen(QPen(QColor("#2e7d32"), 1.5, Qt.PenStyle.DashLine))
        self.baseline = QLineSeries()
        self.baseline.setName(self.tr("Baseline"))
        self.baseline.setPen(QPen(QColor("#8a96a3"), 1, Qt.PenStyle.DotLine))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM yy")
        self.x_axis.setTickCount(4)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.4g")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.baseline, self.target, self.updates):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)

    def set_goal(self, goal: GoalRow | None) -> None:
        """Draw this goal's history (None: an empty chart)."""
        for series in (self.updates, self.target, self.baseline):
            series.clear()
        if goal is None:
            self.chart().setTitle("")
            return
        self.chart().setTitle(goal.metric or goal.title)
        first = min([goal.start_on, *(u.measured_on for u in goal.updates)])
        last = max([goal.due_on, *(u.measured_on for u in goal.updates)])
        for series, value in ((self.target, goal.target), (self.baseline, goal.baseline)):
            series.append(_msecs(first), float(value))
            series.append(_msecs(last), float(value))
        for update in goal.updates:
            self.updates.append(_msecs(update.measured_on), float(update.value))
        values = [float(goal.baseline), float(goal.target), *(float(u.value) for u in goal.updates)]
        low, high = min(values), max(values)
        pad = (high - low) * 0.1 or 1.0
        self.y_axis.setRange(low - pad, high + pad)
        self.x_axis.setRange(
            QDateTime(to_qdate(first), QTime(0, 0)), QDateTime(to_qdate(last), QTime(23, 59))
        )
