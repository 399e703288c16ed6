"""Revenue by quarter as a native PowerPoint chart: the KAM can restyle it, and its data
sheet holds the plan's figures exactly (Decimal in, decimal text in the file).

The last eight quarters are charted, like the printed plan; the notes list every quarter
with its growth figures. Series colours are theme colours, so the chart follows a firm's
template; the client deck (from ``client_view``) has no plan targets, hence no plan series.
"""

from __future__ import annotations

from typing import cast

from babel.numbers import get_currency_symbol
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.shapes.graphfrm import GraphicFrame
from pptx.util import Pt

from kamdesk.domain.plan import RevenueRow
from kamdesk.reports.context import RenderContext
from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas, pt
from kamdesk.reports.sections.summary import ttm_growth

CHART_QUARTERS = 8
CAPTION_HEIGHT = 26.0


def money_format(ctx: RenderContext, *, thousands: bool = False) -> str:
    """An Excel number format for whole amounts in the plan's currency ("k": in thousands).

    Separators are not written into the format: Office shows them as the reader's locale
    has them.
    """
    symbol = get_currency_symbol(ctx.plan.meta.currency or "EUR", locale=ctx.fmt.locale)
    number = '#,##0,"k"' if thousands else "#,##0"
    if ctx.lang == "de":
        return f'{number} "{symbol}"'
    return f'"{symbol}"{number}'


def chart_data(ctx: RenderContext, rows: list[RevenueRow]) -> CategoryChartData:
    """Categories "Q1 2025" …; the actual series and, where the plan has targets, the plan."""
    # python-pptx writes each value with str(): a Decimal lands in the file digit for digit.
    data = CategoryChartData(number_format=money_format(ctx))  # type: ignore[no-untyped-call]
    data.categories = [ctx.t("rev.quarter_label", quarter=r.quarter, year=r.year) for r in rows]
    data.add_series(  # type: ignore[no-untyped-call]
        ctx.t("rev.legend_actual"), [r.actual for r in rows]
    )
    if any(r.plan is not None for r in rows):
        data.add_series(  # type: ignore[no-untyped-call]
            ctx.t("rev.legend_plan"), [r.plan for r in rows]
        )
    return data


def _quarter_note(ctx: RenderContext, row: RevenueRow) -> str:
    fmt = ctx.fmt
    fields = [(ctx.t("col.actual"), fmt.money(row.actual, whole=True))]
    if row.plan is not None:
        fields += [(ctx.t("col.plan"), fmt.money(row.plan, whole=True)),
                   (ctx.t("col.vs_plan"), fmt.percent(row.vs_plan, signed=True))]
    fields += [(ctx.t("col.qoq"), fmt.percent(row.growth_qoq, signed=True)),
               (ctx.t("col.yoy"), fmt.percent(row.growth_yoy, signed=True))]
    values = " · ".join(ctx.t("deck.field", name=name, value=value) for name, value in fields)
    return f"{ctx.t('rev.quarter_label', quarter=row.quarter, year=row.year)}: {values}"


def build_revenue(canvas: SlideCanvas) -> None:
    """The revenue slide."""
    ctx, plan = canvas.ctx, canvas.ctx.plan
    slide = canvas.new_slide(ctx.t("rev.chart_title"))
    rows = sorted(plan.revenue, key=lambda r: (r.year, r.quarter))
    area = canvas.area
    if not rows:
        canvas.text(slide, area, [Run(ctx.t("empty.section"))])
        return
    shown = rows[-CHART_QUARTERS:]
    chart_box = Box(area.x, area.y, area.width, area.height - CAPTION_HEIGHT - 6)
    # add_chart returns the graphic frame holding the chart (python-pptx's hint says Chart).
    frame = cast(GraphicFrame, slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, pt(chart_box.x), pt(chart_box.y), pt(chart_box.width),
        pt(chart_box.height), chart_data(ctx, shown),  # type: ignore[arg-type]
    ))
    frame.name = "Revenue chart"
    chart = frame.chart
    chart.font.size = Pt(12)
    chart.has_title = False  # the slide's title says it; one series would title itself
    # A legend only where there is something to tell apart: actual against plan.
    chart.has_legend = len(chart.plots[0].series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale = 0  # bars compare honestly only from zero
    axis.has_major_gridlines = True
    gridlines = axis.major_gridlines.format.line.color
    gridlines.theme_color = MSO_THEME_COLOR.BACKGROUND_2
    gridlines.brightness = -0.15  # a shade darker than the tile fill: seen, not loud
    axis.format.line.fill.background()
    top = max((v for r in shown for v in (r.actual, r.plan) if v is not None), default=0)
    axis.tick_labels.number_format = money_format(ctx, thousands=top >= 10_000)
    axis.tick_labels.number_format_is_linked = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = -10
    for series, colour in zip(plot.series, (MSO_THEME_COLOR.ACCENT_1, MSO_THEME_COLOR.ACCENT_2),
                              strict=False):
        series.format.fill.solid()
        series.format.fill.fore_color.theme_color = colour
    caption = _caption(ctx)
    if caption:
        canvas.text(slide, Box(area.x, chart_box.bottom + 6, area.width, CAPTION_HEIGHT),
                    [Run(caption, size=13, colour=MUTED)])
    canvas.set_notes(slide, [_quarter_note(ctx, row) for row in reversed(rows)])


def _caption(ctx: RenderContext) -> str:
    summary = ctx.plan.revenue_summary
    if summary is None:
        return ""
    parts = [
        ctx.t("summary.as_of", quarter=summary.as_of_quarter, year=summary.as_of_year),
        ctx.t("deck.field", name=ctx.t("summary.ttm"),
              value=ctx.fmt.money(summary.ttm, whole=True)),
        ctx.t("deck.field", name=ctx.t("summary.growth"),
              value=ctx.fmt.percent(ttm_growth(ctx.plan.revenue), signed=True)),
    ]
    return " · ".join(parts)
