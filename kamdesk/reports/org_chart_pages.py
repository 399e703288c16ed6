"""Splits a stakeholder map into pages on which the cards stay readable.

The whole organisation goes on one page if its tidy layout (from
:func:`kamdesk.domain.org_layout.layout_org`) can be scaled to the page with card text of
at least 6 pt. Otherwise the people are split by department
(:func:`~kamdesk.domain.org_layout.split_by_department`), each department's forest is cut
into its trees, and the trees are packed onto pages in shelves (rows of trees, left to
right, then the next row below), departments in alphabetical order. A page then holds
several small departments instead of one card each; a single tree too big for a page gets
a page of its own and is drawn smaller, but whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kamdesk.domain.org_layout import (
    CardBox,
    OrgLayout,
    OrgNode,
    Point,
    layout_org,
    scale_to_fit,
    split_by_department,
)
from kamdesk.reports.org_chart_drawing import CARD_SPEC, readable_scale


@dataclass
class MapPage:
    """One page of the map: its layout and the departments on it (empty: whole map)."""

    layout: OrgLayout[int]
    departments: list[str | None] = field(default_factory=list)


def fits(layout: OrgLayout[int], width: float, height: float) -> bool:
    """Whether ``layout`` fits ``width × height`` points with readable card text."""
    if layout.width <= 0 or layout.height <= 0:
        return True
    return scale_to_fit(layout, width, height) >= readable_scale()


def trees(layout: OrgLayout[int]) -> list[OrgLayout[int]]:
    """The layout's trees as separate layouts, each moved to x = 0, left to right."""
    children: dict[int, list[int]] = defaultdict(list)
    reports: set[int] = set()
    for manager, report in layout.edges:
        children[manager].append(report)
        reports.add(report)
    roots = sorted(
        (k for k in layout.positions if k not in reports), key=lambda k: layout.positions[k].x
    )
    result = []
    for root in roots:
        members: list[int] = []
        stack = [root]
        while stack:
            key = stack.pop()
            members.append(key)
            stack.extend(children.get(key, ()))
        left = min(layout.positions[k].x for k in members)
        keys = set(members)
        result.append(
            _shifted(
                {k: layout.positions[k] for k in members},
                {e: r for e, r in layout.routes.items() if e[0] in keys},
                -left,
                0.0,
            )
        )
    return result


def _shifted(
    positions: Mapping[int, CardBox],
    routes: Mapping[tuple[int, int], tuple[Point, ...]],
    dx: float,
    dy: float,
) -> OrgLayout[int]:
    moved = {
        k: CardBox(b.x + dx, b.y + dy, b.width, b.height, b.depth) for k, b in positions.items()
    }
    moved_routes = {e: tuple((x + dx, y + dy) for x, y in r) for e, r in routes.items()}
    width = max((b.right for b in moved.values()), default=0.0)
    height = max((b.bottom for b in moved.values()), default=0.0)
    return OrgLayout(
        positions=moved, edges=list(moved_routes), routes=moved_routes, width=width, height=height
    )


def _merge(placed: Sequence[tuple[OrgLayout[int], float, float]]) -> OrgLayout[int]:
    positions: dict[int, CardBox] = {}
    routes: dict[tuple[int, int], tuple[Point, ...]] = {}
    for tree, dx, dy in placed:
        part = _shifted(tree.positions, tree.routes, dx, dy)
        positions.update(part.positions)
        routes.update(part.routes)
    return _shifted(positions, routes, 0.0, 0.0)


def paginate(
    nodes: Sequence[OrgNode[int]],
    department_of: Mapping[int, str | None],
    width: float,
    height: float,
) -> list[MapPage]:
    """The map's pages for a frame of ``width × height`` points (see the module doc)."""
    whole = layout_org(nodes, CARD_SPEC)
    if fits(whole, width, height):
        return [MapPage(whole)]
    max_w, max_h = width / readable_scale(), height / readable_scale()
    pages: list[MapPage] = []
    placed: list[tuple[OrgLayout[int], float, float]] = []
    names: list[str | None] = []
    shelf_y = shelf_h = cursor = 0.0

    def flush() -> None:
        nonlocal placed, names, shelf_y, shelf_h, cursor
        if placed:
            pages.append(MapPage(_merge(placed), names))
        placed, names, shelf_y, shelf_h, cursor = [], [], 0.0, 0.0, 0.0

    for name, members in split_by_department(nodes, department_of):
        for tree in trees(layout_org(members, CARD_SPEC)):
            if placed and cursor + CARD_SPEC.tree_gap + tree.width > max_w:
                # Next shelf below, or next page when the shelf would not fit under.
                shelf_y += shelf_h + CARD_SPEC.v_gap
                shelf_h = cursor = 0.0
                if shelf_y + tree.height > max_h:
                    flush()
            x = cursor + (CARD_SPEC.tree_gap if cursor else 0.0)
            placed.append((tree, x, shelf_y))
            if name not in names:
                names.append(name)
            cursor = x + tree.width
            shelf_h = max(shelf_h, tree.height)
    flush()
    return pages
