"""Buying centers: members with their roles, and where our coverage has gaps."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from kamdesk.domain import palette
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import AttitudeDot
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import empty_line, heading, subheading
from kamdesk.reports.sections.stakeholders import pips
from kamdesk.reports.styles import ATTITUDE_COLOURS, GREY
from kamdesk.reports.tables import cell, data_table, fixed, two_lines
from kamdesk.reports.text_markup import markup


def build(ctx: RenderContext) -> list[Flowable]:
    """The buying-center section (internal only)."""
    plan = ctx.plan
    story = heading(ctx, "buying_centers", ctx.t("section.buying_centers"))
    if not plan.buying_centers and not plan.departments_without_contact:
        return [*story, empty_line(ctx)]
    for center in plan.buying_centers:
        block: list[Flowable] = [subheading(ctx, center.name[:160])]
        if center.description.strip():
            block.append(ReusingParagraph(markup(center.description, limit=1200), ctx.styles.body))
        gaps = [ctx.label(gap, kind="GapCode") for gap in center.coverage.gaps]
        coverage = (ctx.t("bc.coverage") + ": " + "; ".join(gaps)) if gaps else ctx.t("bc.covered")
        colour = palette.RED if gaps else palette.GREEN
        block.append(
            ReusingParagraph(
                f'<font color="{colour}">{markup(coverage, limit=800)}</font>', ctx.styles.small
            )
        )
        if not center.members:
            block.append(empty_line(ctx, "bc.no_members"))
            story.append(KeepTogether(block))
            continue
        rows = [
            [
                two_lines(ctx, m.name, m.title),
                cell(ctx, ctx.label(m.role)),
                AttitudeDot(
                    ctx.label(m.attitude), ATTITUDE_COLOURS.get(m.attitude, GREY), size=7.6
                ),
                fixed(ctx, pips(m.influence)),
                cell(ctx, m.owner or "—", limit=80),
            ]
            for m in center.members
        ]
        table = data_table(
            ctx,
            [
                ctx.t("col.name"),
                ctx.t("col.role"),
                ctx.t("col.attitude"),
                ctx.t("col.influence"),
                ctx.t("col.owner"),
            ],
            rows,
            [0.34, 0.16, 0.17, 0.13, 0.2],
        )
        story += [*block, table]
    if plan.departments_without_contact:
        story.append(
            ReusingParagraph(
                markup(
                    ctx.t(
                        "bc.departments_without_contact",
                        departments=", ".join(plan.departments_without_contact),
                    ),
                    limit=1500,
                ),
                ctx.styles.body_muted,
            )
        )
    return story
