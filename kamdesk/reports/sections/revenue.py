"""Revenue per quarter: a chart of actual against plan and the table of growth figures."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kamdesk.reports.context import RenderContext
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.tables import data_table, fixed
from kamdesk.reports.text_markup import markup

CHART_QUARTERS = 8
TABLE_QUARTERS = 12


def build(ctx: RenderContext) -> list[Flowable]:
    """The revenue section (internal only)."""
    plan, fmt = ctx.plan, ctx.fmt
    story = heading(ctx, "revenue", ctx.t("section.revenue"))
    rows = sorted(plan.revenue, key=lambda r: (r.year, r.quarter))
    if plan.revenue_summary is not None:
        s = plan.revenue_summary
        story.append(
            ReusingParagraph(
                markup(
                    ctx.t(
                        "rev.summary",
                        ttm=fmt.money(s.ttm, whole=True),
                        arr=fmt.money(s.arr, whole=True),
                        clv=fmt.money(s.clv, whole=True),
                    )
                ),
                ctx.styles.body_muted,
            )
        )
    if not rows:
        return [*story, empty_line(ctx)]
    # reportlab.graphics (about 80 ms to import) only for a plan that draws the chart.
    from kamdesk.reports.charts import revenue_chart

    shown = rows[-CHART_QUARTERS:]
    labels = [f"Q{r.quarter} {r.year}" for r in shown]
    has_plan = any(r.plan is not None for r in shown)
    story.append(ReusingParagraph(markup(ctx.t("rev.chart_title")), ctx.styles.h3))
    story.append(
        revenue_chart(
            fmt,
            labels,
            [r.actual for r in shown],
            [r.plan for r in shown] if has_plan else None,
            (ctx.t("rev.legend_actual"), ctx.t("rev.legend_plan")),
            width=ctx.width,
        )
    )
    story.append(Spacer(1, 8))
    table_rows = [
        [
            fixed(ctx, ctx.t("rev.quarter_label", quarter=r.quarter, year=r.year)),
            fixed(ctx, fmt.money(r.actual, whole=True), right=True),
            fixed(ctx, fmt.money(r.plan, whole=True), right=True),
            fixed(ctx, fmt.percent(r.vs_plan, signed=True), right=True),
            fixed(ctx, fmt.percent(r.growth_qoq, signed=True), right=True),
            fixed(ctx, fmt.percent(r.growth_yoy, signed=True), right=True),
            fixed(ctx, ctx.t("yes") if r.recurring else "—", right=True),
        ]
        for r in reversed(rows[-TABLE_QUARTERS:])
    ]
    story.append(
        data_table(
            ctx,
            [
                ctx.t("col.quarter"),
                ctx.t("col.actual"),
                ctx.t("col.plan"),
                ctx.t("col.vs_plan"),
                ctx.t("col.qoq"),
                ctx.t("col.yoy"),
                ctx.t("col.recurring"),
            ],
            table_rows,
            [0.14, 0.17, 0.17, 0.13, 0.14, 0.13, 0.12],
            right=(1, 2, 3, 4, 5, 6),
        )
    )
    return story
