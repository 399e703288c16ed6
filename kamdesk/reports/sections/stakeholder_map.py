"""The stakeholder map on landscape pages: the whole organisation if it is readable on one
page, otherwise one part per department (and per group of trees within a department).

"Readable" means the smallest card text stays at least 6 pt after scaling the chart to the
page; below that the map is split rather than shrunk further.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import (
    OrgLayout,
    OrgNode,
    layout_org,
    scale_to_fit,
    split_by_department,
)
from kamdesk.domain.plan import StakeholderEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.org_chart_drawing import CARD_SPEC, draw_org_chart, legend, readable_scale
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.text_markup import markup

# Room the heading, part title and legend take from the page, in points.
CHROME = 118.0

# The departments a page shows (empty: the whole map) and its people.
Part = tuple[tuple[str | None, ...], list[OrgNode[int]]]


def wants_landscape(ctx: RenderContext) -> bool:
    """The map always gets landscape pages: organisations are wider than deep."""
    return True


def _nodes(people: Sequence[StakeholderEntry]) -> list[OrgNode[int]]:
    on_map = {p.id for p in people}
    return [
        OrgNode(p.id, p.reports_to_id if p.reports_to_id in on_map else None, p.name.casefold())
        for p in people
    ]


def _fits(layout: OrgLayout[int], width: float, height: float) -> bool:
    if layout.width <= 0 or layout.height <= 0:
        return True
    return scale_to_fit(layout, width, height) >= readable_scale()


def _split_trees(
    nodes: list[OrgNode[int]], width: float, height: float
) -> list[list[OrgNode[int]]]:
    """Split a forest into groups of whole trees that each fit readably on a page.

    A single tree too big for a page stays whole: it is then drawn smaller than ideal, but
    complete, which beats cutting a reporting line across pages.
    """
    layout = layout_org(nodes, CARD_SPEC)
    children: dict[int, list[int]] = defaultdict(list)
    reports = set()
    for manager, report in layout.edges:
        children[manager].append(report)
        reports.add(report)
    roots = sorted(
        (k for k in layout.positions if k not in reports), key=lambda k: layout.positions[k].x
    )
    by_key = {n.key: n for n in nodes}
    max_width = width / readable_scale()
    groups: list[list[OrgNode[int]]] = []
    current: list[OrgNode[int]] = []
    used = 0.0
    for root in roots:
        members, stack = [], [root]
        while stack:
            key = stack.pop()
            members.append(key)
            stack.extend(children.get(key, ()))
        boxes = [layout.positions[k] for k in members]
        tree_width = max(b.right for b in boxes) - min(b.x for b in boxes)
        extra = tree_width + (CARD_SPEC.tree_gap if current else 0.0)
        if current and used + extra > max_width:
            groups.append(current)
            current, used = [], 0.0
            extra = tree_width
        # Cut loops (already broken by the layout) stay cut: parents outside are dropped.
        keys = set(members)
        current += [
            OrgNode(
                k,
                by_key[k].parent_key
                if by_key[k].parent_key in keys and (by_key[k].parent_key, k) in layout.routes
                else None,
                by_key[k].sort_key,
            )
            for k in members
        ]
        used += extra
    if current:
        groups.append(current)
    return groups


def plan_parts(people: Sequence[StakeholderEntry], width: float, height: float) -> list[Part]:
    """The parts of the map: the whole map if readable on one page, else by department.

    Small departments share a page (packed in alphabetical order while the combined chart
    stays readable), so a split map does not spend a page on one card. A part's name is
    "" for the whole map, else the department names joined (None: no department).
    """
    nodes = _nodes(people)
    if _fits(layout_org(nodes, CARD_SPEC), width, height):
        return [((), nodes)]
    department = {p.id: p.department for p in people}
    pieces: list[tuple[str | None, list[OrgNode[int]]]] = []
    for name, members in split_by_department(nodes, department):
        if _fits(layout_org(members, CARD_SPEC), width, height):
            pieces.append((name, members))
        else:
            pieces += [(name, group) for group in _split_trees(members, width, height)]
    parts: list[Part] = []
    names: list[str | None] = []
    packed: list[OrgNode[int]] = []
    for name, members in pieces:
        if packed and _fits(layout_org(packed + members, CARD_SPEC), width, height):
            packed += members
            if name not in names:
                names.append(name)
            continue
        if packed:
            parts.append((tuple(names), packed))
        packed, names = list(members), [name]
    if packed:
        parts.append((tuple(names), packed))
    return parts


def build(ctx: RenderContext) -> list[Flowable]:
    """The map section (internal only); ``ctx`` is the landscape context."""
    story = heading(ctx, "stakeholder_map", ctx.t("section.stakeholder_map"))
    people = [p for p in ctx.plan.stakeholders if p.left is None]
    if not people:
        return [*story, empty_line(ctx)]
    by_id = {p.id: p for p in people}
    room_w, room_h = ctx.width, ctx.height - CHROME
    parts = plan_parts(people, room_w, room_h)

    def key() -> Flowable:
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

    gone = len(ctx.plan.stakeholders) - len(people)
    for index, (departments, nodes) in enumerate(parts):
        if index:
            story.append(PageBreak())
        if departments:
            names = [d if d else ctx.t("map.no_department") for d in departments]
            title = (
                ctx.t("map.department", department=names[0])
                if len(names) == 1
                else ctx.t("map.departments", departments=", ".join(names))
            )
            same = [i for i, (d, _) in enumerate(parts) if d == departments]
            if len(same) > 1:
                title += " — " + ctx.t("map.part", part=same.index(index) + 1, parts=len(same))
            story.append(Paragraph(markup(title, limit=300), ctx.styles.h3))
        layout = layout_org(nodes, CARD_SPEC)
        scale = scale_to_fit(layout, room_w, room_h)
        story.append(draw_org_chart(layout, by_id, ctx.plan.links, scale))
        story.append(Spacer(1, 8))
        story.append(key())
        if gone and index == 0:
            story.append(Paragraph(markup(ctx.t("map.left_out", count=gone)), ctx.styles.caption))
    return story
