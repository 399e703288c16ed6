"""Charts drawn with reportlab.graphics: revenue per quarter, actual against plan."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String

from kamdesk.reports.fonts import SANS
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.styles import ACCENT, MUTED, RULE, SUBTLE, TEXT


def axis_label(fmt: Formatter, value: float) -> str:
    """A short axis label: 1,250,000 → "1.25M", 40,000 → "40k" (language separators)."""
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        return fmt.number(Decimal(str(round(value / 1_000_000, 2)))) + "M"
    if magnitude >= 1_000:
        return fmt.number(Decimal(str(round(value / 1_000, 1)))) + "k"
    return fmt.number(Decimal(str(round(value))))


def revenue_chart(
    fmt: Formatter,
    labels: Sequence[str],
    actual: Sequence[Decimal | None],
    plan: Sequence[Decimal | None] | None,
    legend: tuple[str, str],
    *,
    width: float,
    height: float = 170,
) -> Drawing:
    """Grouped bars per quarter: actual (accent) and, if given, plan (grey).

    Missing values draw as zero-height bars; the value axis starts at 0 so the smallest
    bar stays visible and the bars' heights compare honestly.
    """
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 34
    chart.width, chart.height = width - 54, height - 56
    series = [[float(v) if v is not None else 0.0 for v in actual]]
    if plan is not None:
        series.append([float(v) if v is not None else 0.0 for v in plan])
    chart.data = series
    chart.valueAxis.valueMin = 0
    top = max((max(s) for s in series if s), default=0.0)
    if top <= 0:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.labelTextFormat = lambda v: axis_label(fmt, v)
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleTicks = False
    chart.valueAxis.strokeWidth = 0
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    chart.bars.strokeWidth = 0
    chart.bars[0].fillColor = ACCENT
    if plan is not None:
        chart.bars[1].fillColor = SUBTLE
    chart.barSpacing = 1
    chart.groupSpacing = 8
    drawing.add(chart)
    # A hand-drawn legend: reportlab's Legend needs more tuning than two swatches are worth.
    x = chart.x
    for index, name in enumerate(legend[: len(series)]):
        drawing.add(Rect(x, height - 12, 8, 8, fillColor=(ACCENT, SUBTLE)[index], strokeColor=None))
        drawing.add(String(x + 12, height - 11, name, fontName=SANS, fontSize=7.5, fillColor=TEXT))
        x += 24 + len(name) * 4.5
    return drawing
