"""Our account team: who does what for the account."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.reports.context import RenderContext
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.tables import cell, data_table, two_lines


def build(ctx: RenderContext) -> list[Flowable]:
    """The team section (titled "Your team at …" for the client)."""
    if ctx.client:
        title = ctx.t("section.team_client", company=ctx.plan.meta.company_name[:80])
    else:
        title = ctx.t("section.team")
    story = heading(ctx, "team", title)
    if not ctx.plan.team:
        return [*story, empty_line(ctx)]
    rows = [
        [
            two_lines(ctx, m.member, m.job_title),
            cell(ctx, ctx.label(m.role)),
            cell(ctx, m.email, limit=120),
            cell(ctx, m.responsibilities),
        ]
        for m in ctx.plan.team
    ]
    story.append(
        data_table(
            ctx,
            [
                ctx.t("col.member"),
                ctx.t("col.role"),
                ctx.t("col.email"),
                ctx.t("col.responsibilities"),
            ],
            rows,
            [0.24, 0.17, 0.31, 0.28],
        )
    )
    return story
