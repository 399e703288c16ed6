"""Needs and pain points with our response, highest priority first."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.enums import Priority
from kamdesk.reports.context import RenderContext
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.tables import cell, data_table, two_lines

_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def build(ctx: RenderContext) -> list[Flowable]:
    """The needs section."""
    story = heading(ctx, "needs", ctx.t("section.needs"))
    needs = sorted(ctx.plan.needs, key=lambda n: _ORDER.get(n.priority, 9))
    if not needs:
        return [*story, empty_line(ctx)]
    rows = [
        [
            two_lines(ctx, n.title, n.description, limit=500),
            cell(ctx, ctx.label(n.priority)),
            cell(ctx, n.our_response, limit=600),
        ]
        for n in needs
    ]
    story.append(
        data_table(
            ctx,
            [ctx.t("col.need"), ctx.t("col.priority"), ctx.t("col.our_response")],
            rows,
            [0.42, 0.12, 0.46],
        )
    )
    return story
