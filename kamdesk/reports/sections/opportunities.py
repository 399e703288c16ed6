"""Opportunities (open first, biggest weighted value first) and the weighted pipeline."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.enums import OpportunityStatus
from kamdesk.domain.plan import OpportunityEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import StatusBadge
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import empty_line, heading, subheading
from kamdesk.reports.styles import ACCENT, GREEN, GREY
from kamdesk.reports.tables import data_table, fixed, two_lines
from kamdesk.reports.text_markup import markup

_STATUS_COLOUR = {
    OpportunityStatus.OPEN: ACCENT,
    OpportunityStatus.WON: GREEN,
    OpportunityStatus.LOST: GREY,
}


def _order(item: OpportunityEntry) -> tuple[int, object]:
    rank = {OpportunityStatus.OPEN: 0, OpportunityStatus.WON: 1, OpportunityStatus.LOST: 2}
    return (rank.get(item.status, 3), -(item.value * item.probability))


def build(ctx: RenderContext) -> list[Flowable]:
    """The opportunity section (internal only)."""
    plan, fmt = ctx.plan, ctx.fmt
    story = heading(ctx, "opportunities", ctx.t("section.opportunities"))
    if not plan.opportunities and not plan.pipeline.by_quarter:
        return [*story, empty_line(ctx)]
    story.append(
        ReusingParagraph(
            markup(
                ctx.t("opp.weighted_total", value=fmt.money(plan.pipeline.weighted, whole=True))
                + "  ·  "
                + ctx.t(
                    "opp.won_this_year",
                    value=fmt.money(plan.pipeline.won_this_fiscal_year, whole=True),
                )
            ),
            ctx.styles.body_muted,
        )
    )
    rows = []
    for item in sorted(plan.opportunities, key=_order):
        where = " · ".join(v for v in (item.offering, item.unit) if v)
        stage = item.stage
        if item.status == OpportunityStatus.LOST and item.lost_reason:
            stage = ctx.t("opp.lost_reason", reason=item.lost_reason)
        rows.append(
            [
                two_lines(ctx, item.title, ctx.label(item.type)),
                two_lines(ctx, where or "—", stage),
                fixed(ctx, fmt.money(item.value, whole=True), right=True),
                fixed(
                    ctx,
                    f"{item.probability}\u00a0%" if ctx.lang == "de" else f"{item.probability}%",
                    right=True,
                ),
                fixed(ctx, fmt.short_date(item.expected_close), right=True),
                StatusBadge(ctx.label(item.status), _STATUS_COLOUR.get(item.status, GREY)),
            ]
        )
    if rows:
        story.append(
            data_table(
                ctx,
                [
                    ctx.t("col.opportunity"),
                    ctx.t("col.offering") + " / " + ctx.t("col.stage"),
                    ctx.t("col.value"),
                    ctx.t("col.probability"),
                    ctx.t("col.expected_close"),
                    ctx.t("col.status"),
                ],
                rows,
                [0.3, 0.25, 0.13, 0.08, 0.12, 0.12],
                right=(2, 3, 4),
            )
        )
    if plan.pipeline.by_quarter:
        story.append(subheading(ctx, ctx.t("opp.pipeline_by_quarter")))
        quarter_rows = [
            [
                fixed(ctx, ctx.t("rev.quarter_label", quarter=q.quarter, year=q.year)),
                fixed(ctx, fmt.money(q.value, whole=True), right=True),
            ]
            for q in plan.pipeline.by_quarter
        ]
        story.append(
            data_table(
                ctx,
                [ctx.t("col.quarter"), ctx.t("col.value")],
                quarter_rows,
                [0.5, 0.5],
                total_width=ctx.width * 0.5,
                right=(1,),
            )
        )
    return story
