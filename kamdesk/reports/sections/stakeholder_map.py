"""The stakeholder map on landscape pages, split by :mod:`kamdesk.reports.org_chart_pages`
when the whole organisation would not be readable on one page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Spacer

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import OrgNode, scale_to_fit
from kamdesk.domain.plan import StakeholderEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.text_markup import markup

# Room the heading, part title and legend take from the page, in points.
CHROME = 118.0


def wants_landscape(ctx: RenderContext) -> bool:
    """The map always gets landscape pages: organisations are wider than deep."""
    return True


def _nodes(people: Sequence[StakeholderEntry]) -> list[OrgNode[int]]:
    on_map = {p.id for p in people}
    return [
        OrgNode(p.id, p.reports_to_id if p.reports_to_id in on_map else None, p.name.casefold())
        for p in people
    ]


def build(ctx: RenderContext) -> list[Flowable]:
    """The map section (internal only); ``ctx`` is the landscape context."""
    story = heading(ctx, "stakeholder_map", ctx.t("section.stakeholder_map"))
    people = [p for p in ctx.plan.stakeholders if p.left is None]
    if not people:
        return [*story, empty_line(ctx)]
    # reportlab.graphics (about 80 ms to import) only for a plan that draws the map.
    from kamdesk.reports.org_chart_drawing import draw_org_chart
    from kamdesk.reports.org_chart_pages import paginate

    by_id = {p.id: p for p in people}
    room_w, room_h = ctx.width, ctx.height - CHROME
    pages = paginate(_nodes(people), {p.id: p.department for p in people}, room_w, room_h)
    gone = len(ctx.plan.stakeholders) - len(people)
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        if page.departments:
            names = [d if d else ctx.t("map.no_department") for d in page.departments]
            title = (
                ctx.t("map.department", department=names[0])
                if len(names) == 1
                else ctx.t("map.departments", departments=", ".join(names))
            )
            story.append(ReusingParagraph(markup(title, limit=300), ctx.styles.h3))
        scale = scale_to_fit(page.layout, room_w, room_h)
        story.append(draw_org_chart(page.layout, by_id, ctx.plan.links, scale))
        story.append(Spacer(1, 8))
        story.append(_legend(ctx))
        if gone and index == 0:
            left_out = markup(ctx.t("map.left_out", count=gone))
            story.append(ReusingParagraph(left_out, ctx.styles.caption))
    return story


def _legend(ctx: RenderContext) -> Flowable:
    from kamdesk.reports.org_chart_drawing import legend

    return legend(
        ctx.width,
        {
            "attitude": ctx.t("map.legend_attitude"),
            "lines": ctx.t("map.legend_lines"),
            "stale": ctx.t("map.legend_stale"),
            "influence": ctx.t("map.legend_influence"),
        },
        {a: ctx.label(a) for a in Attitude},
        {k: ctx.label(k) for k in LinkKind},
    )
