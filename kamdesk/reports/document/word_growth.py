"""Growth and numbers: the whitespace matrix (status by colour and symbol), opportunities
with the weighted pipeline, and revenue per quarter with the PDF's chart as a picture."""

from __future__ import annotations

from decimal import Decimal

from docx.document import Document as DocumentType

from kamdesk.domain.enums import CellStatus, OpportunityStatus
from kamdesk.domain.plan import OpportunityEntry
from kamdesk.reports.charts import revenue_chart
from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import (
    Text,
    bullets,
    data_table,
    empty,
    heading,
    paragraph,
    picture,
)
from kamdesk.reports.drawing_export import drawing_png
from kamdesk.reports.sections.revenue import CHART_QUARTERS, TABLE_QUARTERS
from kamdesk.reports.sections.whitespace import (
    MAX_NOTES,
    MAX_OFFERINGS_PER_TABLE,
    PORTRAIT_MAX_OFFERINGS,
)
from kamdesk.reports.styles import CELL_COLOURS, CELL_FILLS, CELL_SYMBOLS

CHART_DPI = 200
CHART_HEIGHT = 190.0


def wants_landscape(ctx: RenderContext) -> bool:
    """Whether the matrix needs a landscape page (as in the PDF)."""
    return len(ctx.plan.whitespace.offerings) > PORTRAIT_MAX_OFFERINGS


def build_whitespace(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The whitespace matrix (internal only), split into tables of ten offerings."""
    ws = ctx.plan.whitespace
    heading(doc, ctx.t("section.whitespace"))
    if not ws.units or not ws.offerings:
        empty(doc, ctx)
        return
    paragraph(doc, ctx.t("ws.totals", active=ctx.fmt.money(ws.totals.active, whole=True),
                         potential=ctx.fmt.money(ws.totals.potential, whole=True),
                         coverage=ctx.fmt.percent(ws.totals.coverage)), muted=True)
    paragraph(doc, "   ".join(f"{CELL_SYMBOLS[s]} {ctx.label(s)}" for s in CellStatus), size=8)
    by_key = {(c.unit, c.offering): c for c in ws.cells}
    potential = {t.name: t.potential for t in ws.totals.by_unit}
    offerings = list(ws.offerings)
    chunks = [offerings[i : i + MAX_OFFERINGS_PER_TABLE]
              for i in range(0, len(offerings), MAX_OFFERINGS_PER_TABLE)]
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        header = [ctx.t("ws.unit_offering"), *chunk]
        rows: list[list[Text | str]] = []
        for unit in ws.units:
            row: list[Text | str] = [Text(unit, bold=True)]
            for offering in chunk:
                entry = by_key.get((unit, offering))
                status = entry.status if entry is not None else CellStatus.UNKNOWN
                value = ctx.fmt.money(entry.value, whole=True) if entry and entry.value else ""
                row.append(Text(f"{CELL_SYMBOLS[status]} {value}".strip(),
                                sub=(entry.competitor or "") if entry else "",
                                colour=CELL_COLOURS[status], fill=CELL_FILLS[status],
                                centre=True))
            if last:
                row.append(Text(ctx.fmt.money(potential.get(unit, Decimal(0)), whole=True),
                                right=True))
            rows.append(row)
        shares = [2.0] + [1.0] * len(chunk)
        if last:
            header.append(ctx.t("col.potential"))
            shares.append(1.3)
        data_table(doc, header, rows, shares, total=width)
        paragraph(doc, "")
    notes = [f"{c.unit} × {c.offering}: {c.note}" for c in ws.cells if c.note.strip()]
    if notes:
        heading(doc, ctx.t("ws.notes"), 2)
        shown = notes[:MAX_NOTES]
        if len(notes) > MAX_NOTES:
            shown.append(ctx.t("more", count=len(notes) - MAX_NOTES))
        bullets(doc, shown)


def _order(item: OpportunityEntry) -> tuple[int, object]:
    rank = {OpportunityStatus.OPEN: 0, OpportunityStatus.WON: 1, OpportunityStatus.LOST: 2}
    return (rank.get(item.status, 3), -(item.value * item.probability))


def build_opportunities(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """Opportunities and the weighted pipeline by quarter (internal only)."""
    plan, fmt = ctx.plan, ctx.fmt
    heading(doc, ctx.t("section.opportunities"))
    if not plan.opportunities and not plan.pipeline.by_quarter:
        empty(doc, ctx)
        return
    weighted = ctx.t("opp.weighted_total", value=fmt.money(plan.pipeline.weighted, whole=True))
    won = ctx.t("opp.won_this_year",
                value=fmt.money(plan.pipeline.won_this_fiscal_year, whole=True))
    paragraph(doc, f"{weighted}  ·  {won}", muted=True)
    rows: list[list[Text | str]] = []
    for item in sorted(plan.opportunities, key=_order):
        where = " · ".join(v for v in (item.offering, item.unit) if v)
        stage = item.stage
        if item.status == OpportunityStatus.LOST and item.lost_reason:
            stage = ctx.t("opp.lost_reason", reason=item.lost_reason)
        rows.append([
            Text(item.title, sub=ctx.label(item.type), bold=True),
            Text(where or "—", sub=stage),
            Text(fmt.money(item.value, whole=True), right=True),
            Text(f"{item.probability}\u00a0%" if ctx.lang == "de" else f"{item.probability}%",
                 right=True),
            Text(fmt.short_date(item.expected_close), right=True),
            ctx.label(item.status),
        ])
    if rows:
        data_table(doc, [ctx.t("col.opportunity"),
                         ctx.t("col.offering") + " / " + ctx.t("col.stage"), ctx.t("col.value"),
                         ctx.t("col.probability"), ctx.t("col.expected_close"),
                         ctx.t("col.status")], rows, [0.3, 0.25, 0.13, 0.08, 0.12, 0.12],
                   total=width)
    if plan.pipeline.by_quarter:
        heading(doc, ctx.t("opp.pipeline_by_quarter"), 2)
        data_table(doc, [ctx.t("col.quarter"), ctx.t("col.value")],
                   [[ctx.t("rev.quarter_label", quarter=q.quarter, year=q.year),
                     Text(fmt.money(q.value, whole=True), right=True)]
                    for q in plan.pipeline.by_quarter], [0.5, 0.5], total=width * 0.5)


def build_revenue(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """Revenue: the PDF's chart as a picture and the table of growth figures."""
    plan, fmt = ctx.plan, ctx.fmt
    heading(doc, ctx.t("section.revenue"))
    if plan.revenue_summary is not None:
        s = plan.revenue_summary
        paragraph(doc, ctx.t("rev.summary", ttm=fmt.money(s.ttm, whole=True),
                             arr=fmt.money(s.arr, whole=True), clv=fmt.money(s.clv, whole=True)),
                  muted=True)
    rows = sorted(plan.revenue, key=lambda r: (r.year, r.quarter))
    if not rows:
        empty(doc, ctx)
        return
    shown = rows[-CHART_QUARTERS:]
    has_plan = any(r.plan is not None for r in shown)
    heading(doc, ctx.t("rev.chart_title"), 3)
    chart = revenue_chart(
        fmt, [f"Q{r.quarter} {r.year}" for r in shown], [r.actual for r in shown],
        [r.plan for r in shown] if has_plan else None,
        (ctx.t("rev.legend_actual"), ctx.t("rev.legend_plan")), width=width,
        height=CHART_HEIGHT,
    )
    picture(doc, drawing_png(chart, CHART_DPI), width)
    data_table(doc, [ctx.t("col.quarter"), ctx.t("col.actual"), ctx.t("col.plan"),
                     ctx.t("col.vs_plan"), ctx.t("col.qoq"), ctx.t("col.yoy"),
                     ctx.t("col.recurring")],
               [[ctx.t("rev.quarter_label", quarter=r.quarter, year=r.year),
                 Text(fmt.money(r.actual, whole=True), right=True),
                 Text(fmt.money(r.plan, whole=True), right=True),
                 Text(fmt.percent(r.vs_plan, signed=True), right=True),
                 Text(fmt.percent(r.growth_qoq, signed=True), right=True),
                 Text(fmt.percent(r.growth_yoy, signed=True), right=True),
                 Text(ctx.t("yes") if r.recurring else "—", right=True)]
                for r in reversed(rows[-TABLE_QUARTERS:])],
               [0.14, 0.17, 0.17, 0.13, 0.14, 0.13, 0.12], total=width)
