"""The Pareto chart of the portfolio report, drawn with reportlab.graphics.

Bars: revenue per account, highest first, coloured by ABC class, the last bar holding all
the accounts beyond the top ones. Line: the cumulative share of revenue on a 0–100 % axis
at the right. Dashed lines mark the class limits (80 % and 95 % by default). The value axis
starts at 0, so the heights of the bars compare honestly and the smallest stays visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.domain import palette
from kamdesk.domain.pareto import AbcClass
from kamdesk.reports.fonts import SANS
from kamdesk.reports.styles import AMBER, MUTED, RULE, TEXT
from kamdesk.reports.text_markup import plain, shorten

CLASS_COLOURS: dict[AbcClass, colors.Color] = {
    abc_class: colors.HexColor(colour) for abc_class, colour in palette.ABC_CLASS.items()
}
OTHERS_COLOUR = colors.HexColor("#C9D1D8")
LINE_COLOUR = AMBER
LABEL_CHARS = 22  # account names under the bars are cut to this length
LABEL_ROOM = 78.0  # points below the plot for the slanted account names
LEGEND_ROOM = 20.0
TICK_GAP = Decimal("0.04")  # closest a plain tick may come to a class limit on the axis
CUT_FACTOR = 1.15  # the others' bar is cut when it is taller than this × the top account


@dataclass(frozen=True)
class ParetoBar:
    """One bar: its label, the revenue it shows and the cumulative share after it."""

    label: str
    revenue: Decimal
    cumulative_share: Decimal
    abc_class: AbcClass | None  # None: the bar of all other accounts


def pareto_chart(
    bars: Sequence[ParetoBar],
    *,
    thresholds: Sequence[Decimal],
    value_label: Callable[[float], str],
    share_label: Callable[[Decimal], str],
    legend: Sequence[tuple[str, colors.Color]],
    line_legend: str,
    width: float,
    height: float = 300,
) -> Drawing:
    """Bars of revenue and the cumulative line (module doc); ``legend`` names the colours."""
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x, chart.y = 46, LABEL_ROOM
    chart.width = width - chart.x - 34  # room for the percentage axis at the right
    chart.height = height - LABEL_ROOM - LEGEND_ROOM - 6
    values = [max(float(bar.revenue), 0.0) for bar in bars]
    clipped = _clipped_others(bars, values)
    if clipped is not None:
        # Thousands of small accounts together dwarf the top ones; drawn to scale, the bars
        # that matter would be slivers. The others' bar is cut at the top, marked as cut
        # and labelled with its real amount.
        values[-1] = clipped
        chart.valueAxis.valueMax = clipped
    chart.data = [values or [0.0]]
    chart.valueAxis.valueMin = 0
    if max(values, default=0.0) <= 0:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.labelTextFormat = value_label
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleTicks = False
    chart.valueAxis.strokeWidth = 0
    chart.categoryAxis.categoryNames = [shorten(plain(bar.label), LABEL_CHARS) for bar in bars]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.angle = 50
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dx = 3
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    chart.bars.strokeWidth = 0
    chart.barSpacing = 0
    chart.groupSpacing = 2.5 if len(bars) > 20 else 6
    for index, bar in enumerate(bars):
        colour = OTHERS_COLOUR if bar.abc_class is None else CLASS_COLOURS[bar.abc_class]
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    if clipped is not None:
        _cut_mark(drawing, chart, len(bars), value_label(float(bars[-1].revenue)))
    _share_axis(drawing, chart, thresholds, share_label)
    _cumulative_line(drawing, chart, bars)
    _legend(drawing, chart, legend, line_legend, height)
    return drawing


def _clipped_others(bars: Sequence[ParetoBar], values: Sequence[float]) -> float | None:
    """The height to cut the others' bar at, or None when it fits the scale of the rest."""
    if len(bars) < 2 or bars[-1].abc_class is not None:
        return None
    top = max(values[:-1])
    if top <= 0 or values[-1] <= top * CUT_FACTOR:
        return None
    return top * CUT_FACTOR


def _cut_mark(drawing: Drawing, chart: VerticalBarChart, count: int, amount: str) -> None:
    """Two white slashes across the top of the cut bar, and its real amount beside it."""
    step = chart.width / count
    left, right = chart.x + (count - 1) * step, chart.x + count * step
    y = chart.y + chart.height * 0.9
    for offset in (0.0, 4.0):
        drawing.add(
            Line(left - 1, y + offset - 2, right + 1, y + offset + 2, strokeColor=colors.white,
                 strokeWidth=1.6)
        )
    drawing.add(
        String(left - 3, chart.y + chart.height - 8, amount, fontName=SANS, fontSize=6.5,
               fillColor=TEXT, textAnchor="end")
    )


def _y(chart: VerticalBarChart, share: Decimal | float) -> float:
    """Where a share (0…1) sits on the right-hand axis."""
    return float(chart.y + chart.height * min(max(float(share), 0.0), 1.0))


def _share_axis(
    drawing: Drawing,
    chart: VerticalBarChart,
    thresholds: Sequence[Decimal],
    share_label: Callable[[Decimal], str],
) -> None:
    """The 0–100 % axis at the right; the class limits are labelled on it in their colour."""
    right = chart.x + chart.width
    ticks = [Decimal(step) / 100 for step in range(0, 101, 20)]
    # A tick next to a class limit would print over its label: the limit wins.
    ticks = [t for t in ticks if all(abs(t - limit) >= TICK_GAP for limit in thresholds)]
    for share in ticks:
        drawing.add(
            String(right + 4, _y(chart, share) - 2, share_label(share), fontName=SANS,
                   fontSize=6.5, fillColor=MUTED)
        )
    for threshold in thresholds:
        y = _y(chart, threshold)
        drawing.add(
            Line(chart.x, y, right, y, strokeColor=LINE_COLOUR, strokeWidth=0.6,
                 strokeDashArray=[3, 2])
        )
        drawing.add(
            String(right + 4, y - 2, share_label(threshold), fontName=SANS, fontSize=6.5,
                   fillColor=LINE_COLOUR)
        )


def _cumulative_line(drawing: Drawing, chart: VerticalBarChart, bars: Sequence[ParetoBar]) -> None:
    if not bars:
        return
    step = chart.width / len(bars)
    points: list[float] = []
    for index, bar in enumerate(bars):
        points += [chart.x + (index + 0.5) * step, _y(chart, bar.cumulative_share)]
    drawing.add(PolyLine(points, strokeColor=LINE_COLOUR, strokeWidth=1.2))
    for index in range(0, len(points), 2):
        drawing.add(
            Circle(points[index], points[index + 1], 1.6, fillColor=LINE_COLOUR, strokeColor=None)
        )


def _legend(
    drawing: Drawing,
    chart: VerticalBarChart,
    legend: Sequence[tuple[str, colors.Color]],
    line_legend: str,
    height: float,
) -> None:
    # A hand-drawn legend: four swatches and a line need no more than this.
    x, y = chart.x, height - 12
    for name, colour in legend:
        drawing.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, y + 1, name, fontName=SANS, fontSize=7, fillColor=TEXT))
        x += 11 + stringWidth(name, SANS, 7) + 12
    drawing.add(Line(x, y + 4, x + 14, y + 4, strokeColor=LINE_COLOUR, strokeWidth=1.2))
    drawing.add(Circle(x + 7, y + 4, 1.6, fillColor=LINE_COLOUR, strokeColor=None))
    drawing.add(String(x + 18, y + 1, line_legend, fontName=SANS, fontSize=7, fillColor=TEXT))
