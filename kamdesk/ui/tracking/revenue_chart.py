"""Actual against plan per fiscal quarter, as grouped bars (the last twelve quarters)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from kamdesk.services.tracking.revenue_editing import RevenueQuarterRow

SHOWN_QUARTERS = 12


class RevenueChart(QChartView):
    """Bars of actual and plan revenue for the recent quarters that have either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(self.tr("Actual vs plan"))
        self.setChart(chart)
        self.quarters: list[str] = []

    def set_rows(self, rows: tuple[RevenueQuarterRow, ...]) -> None:
        """Chart the last quarters up to the latest one with any figure."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        with_figures = [i for i, r in enumerate(rows) if r.actual is not None or r.plan is not None]
        if not with_figures:
            self.quarters = []
            return
        last = with_figures[-1]
        shown = rows[max(0, last - SHOWN_QUARTERS + 1) : last + 1]
        high = max([float(r.actual or 0) for r in shown] + [float(r.plan or 0) for r in shown])
        # Large amounts in thousands keep the axis labels short; the grid has the exact figures.
        scale = 1000.0 if high >= 10_000 else 1.0
        actual = QBarSet(self.tr("Actual"))
        actual.setColor(QColor("#1f3a5f"))
        plan = QBarSet(self.tr("Plan"))
        plan.setColor(QColor("#9fb8d6"))
        for row in shown:
            actual.append(float(row.actual or 0) / scale)
            plan.append(float(row.plan or 0) / scale)
        series = QBarSeries()
        series.append(actual)
        series.append(plan)
        chart.addSeries(series)
        self.quarters = [f"Q{r.quarter} {str(r.year)[2:]}" for r in shown]
        categories = QBarCategoryAxis()
        categories.append(self.quarters)
        values = QValueAxis()
        values.setRange(0, (high / scale) * 1.1 or 1)  # from zero, or small bars would vanish
        values.applyNiceNumbers()
        values.setLabelFormat("%.0fk" if scale > 1 else "%.0f")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
