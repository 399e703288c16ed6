"""A chart's key under the chart, as wrapped text, instead of Qt Charts' own legend.

Qt Charts lays its legend out in one row and cuts each entry to an equal share of the
width: on a laptop "Cumulative share" became "Cumulat…" and, in German, "Künftiger Key
Acco…". This key lists the same entries (colour, symbol, name) and wraps between entries.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChartKey(QLabel):
    """The visible legend entries of a chart, wrapped to the label's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)

    def show_chart(self, chart: QChart) -> None:
        """Take the chart's legend entries and hide its own legend."""
        entries = []
        for marker in chart.legend().markers():
            if not marker.label():  # unnamed series (guide lines) have no entry
                continue
            series = marker.series()
            if isinstance(series, QScatterSeries):
                symbol, colour = "●", marker.brush().color()
            elif isinstance(series, QLineSeries):
                dashed = series.pen().style() != Qt.PenStyle.SolidLine
                symbol, colour = ("╌╌" if dashed else "━━"), series.pen().color()
            else:
                symbol, colour = "■", marker.brush().color()
            # Non-breaking within an entry (spaces, hyphens), breakable between entries.
            entries.append(
                f'<span style="color:{colour.name()}">{symbol}</span>&nbsp;'
                + html.escape(marker.label()).replace(" ", "&nbsp;").replace("-", "\u2011")
            )
        chart.legend().setVisible(False)
        self.setText(" &nbsp; ".join(entries))


def with_key(chart_view: QWidget, key: ChartKey) -> QWidget:
    """The chart view with its key under it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(chart_view, 1)
    layout.addWidget(key)
    return holder
