"""Layout of the relationship map (the account's org chart), in abstract units.

Both the Qt map (a QGraphicsView scene) and the PDF (reportlab graphics) draw from the same
:class:`OrgLayout`, so the picture on screen and on paper is the same; each renderer only
scales the units. Coordinates are the top-left corner of each card, with y growing
downwards (reportlab flips y when it draws).

Layout rules
------------
* Tidy tree: leaves are placed left to right, each parent is centred over the centres of
  its first and last child, sibling subtrees never share a column range, so no two cards
  can overlap. Children are ordered by ``sort_key``.
* Leaf columns: a parent with more than ``max_row`` children that are *all* leaves gets
  them stacked in columns of at most ``max_stack`` cards (as few columns as that allows,
  balanced, filled top to bottom then left to right), each column indented by
  ``stack_indent`` for its connector, and the block centred under the parent. A wide flat
  team of 14 then takes two card widths instead of fourteen.
* Forest: several tops sit side by side, ``tree_gap`` apart, the biggest tree first (then
  by ``sort_key``). A person whose manager is unknown, or whose line closes a loop, is
  drawn as a top; loops are cut at the member that sorts first.
* Deterministic: the input order does not matter; ties in ``sort_key`` are broken by the
  key's type name and ``repr``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kamdesk.domain.reporting_lines import as_forest

K = TypeVar("K", bound=Hashable)

Point = tuple[float, float]

__all__ = [
    "CardBox",
    "LayoutSpec",
    "OrgLayout",
    "OrgNode",
    "Point",
    "layout_org",
    "scale_to_fit",
    "split_by_department",
]


@dataclass(frozen=True, slots=True)
class OrgNode(Generic[K]):
    """One person on the map: their key, their manager's key and what orders siblings."""

    key: K
    parent_key: K | None
    sort_key: str


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    """Card size and spacing, in the renderer's units, plus the leaf-column thresholds."""

    card_width: float = 180.0
    card_height: float = 64.0
    h_gap: float = 24.0  # between neighbouring cards and subtrees in a row
    v_gap: float = 48.0  # between a parent's row and its children's row
    max_row: int = 6  # more all-leaf children than this are stacked in columns
    max_stack: int = 8  # the most cards in one stacked column
    stack_gap: float = 12.0  # between cards stacked in one column
    stack_indent: float = 16.0  # room left of a stacked column for its connector line
    tree_gap: float = 48.0  # between separate trees of a forest

    def __post_init__(self) -> None:
        """Refuse sizes that would make overlapping or degenerate layouts."""
        if self.card_width <= 0 or self.card_height <= 0:
            raise ValueError("card size must be positive")
        gaps = (self.h_gap, self.v_gap, self.stack_gap, self.stack_indent, self.tree_gap)
        if min(gaps) < 0:
            raise ValueError("gaps must not be negative")
        if self.max_row < 1 or self.max_stack < 1:
            raise ValueError("max_row and max_stack must be at least 1")


@dataclass(frozen=True, slots=True)
class CardBox:
    """Where one card goes: top-left corner, size, and its depth below its tree's top."""

    x: float
    y: float
    width: float
    height: float
    depth: int

    @property
    def right(self) -> float:
        """The x of the card's right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the card's bottom edge."""
        return self.y + self.height

    @property
    def centre(self) -> Point:
        """The card's centre point."""
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True)
class OrgLayout(Generic[K]):
    """The computed map: card boxes, the reporting lines drawn, and the total size.

    ``edges`` are the (manager, report) pairs actually drawn – lines to unknown managers or
    closing loops are left out. ``routes`` gives, for each edge, the orthogonal polyline
    from the manager's card to the report's card, so both renderers draw the same
    connectors (they differ for stacked leaf columns, which are entered from the side).
    """

    positions: dict[K, CardBox] = field(default_factory=dict)
    edges: list[tuple[K, K]] = field(default_factory=list)
    routes: dict[tuple[K, K], tuple[Point, ...]] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0


def _order_key(node: OrgNode[K]) -> tuple[str, str, str]:
    # sort_key first; the key's type name and repr only break ties, so that identical
    # sort keys (two "Müller"s) still give one stable order whatever the input order.
    return (node.sort_key, type(node.key).__name__, repr(node.key))


@dataclass
class _Subtree:
    """Working data for one subtree while it is measured, relative to its own left edge."""

    width: float = 0.0
    card_x: float = 0.0  # the node's own card, from the subtree's left edge
    child_x: list[float] = field(default_factory=list)  # row children's subtree left edges
    stacked: list[tuple[int, int]] = field(default_factory=list)  # (column, row) per child


def layout_org(nodes: Iterable[OrgNode[K]], spec: LayoutSpec | None = None) -> OrgLayout[K]:
    """Lay out the people as a tidy forest of cards; see the module docstring for the rules.

    Raises ``ValueError`` if a key occurs twice, because the output would then depend on
    which of the two nodes came first.
    """
    spec = LayoutSpec() if spec is None else spec
    by_key: dict[K, OrgNode[K]] = {}
    for node in nodes:
        if node.key in by_key:
            raise ValueError(f"duplicate key in org chart: {node.key!r}")
        by_key[node.key] = node
    ordered = sorted(by_key.values(), key=_order_key)
    # Built in sorted order, so as_forest cuts each loop at the member that sorts first.
    parent_of = as_forest({node.key: node.parent_key for node in ordered})

    children: dict[K, list[K]] = {node.key: [] for node in ordered}
    for node in ordered:  # sorted, so each children list is already in sort_key order
        parent = parent_of[node.key]
        if parent is not None:
            children[parent].append(node.key)

    tops = [node.key for node in ordered if parent_of[node.key] is None]
    sizes = _subtree_sizes(tops, children)
    rank = {node.key: index for index, node in enumerate(ordered)}
    tops.sort(key=lambda key: (-sizes[key], rank[key]))

    measured = _measure(tops, children, spec)
    return _place(tops, children, measured, spec)


def _preorder(tops: Sequence[K], children: Mapping[K, list[K]]) -> list[K]:
    """All keys, parents before children, in drawing order; iterative for deep chains."""
    order: list[K] = []
    stack = list(reversed(tops))
    while stack:
        key = stack.pop()
        order.append(key)
        stack.extend(reversed(children[key]))
    return order


def _subtree_sizes(tops: Sequence[K], children: Mapping[K, list[K]]) -> dict[K, int]:
    """The number of people in each subtree, the person included."""
    sizes: dict[K, int] = {}
    for key in reversed(_preorder(tops, children)):
        sizes[key] = 1 + sum(sizes[child] for child in children[key])
    return sizes


def _measure(
    tops: Sequence[K], children: Mapping[K, list[K]], spec: LayoutSpec
) -> dict[K, _Subtree]:
    """Measure every subtree bottom-up: its width and where its cards sit inside it."""
    cw = spec.card_width
    measured: dict[K, _Subtree] = {}
    for key in reversed(_preorder(tops, children)):
        kids = children[key]
        if not kids:
            measured[key] = _Subtree(width=cw)
        elif len(kids) > spec.max_row and all(not children[kid] for kid in kids):
            columns = math.ceil(len(kids) / spec.max_stack)
            block = columns * (spec.stack_indent + cw) + (columns - 1) * spec.h_gap
            # The indent makes the block wider than a card, so the parent always fits.
            measured[key] = _Subtree(
                width=block, card_x=(block - cw) / 2, stacked=_stack_cells(len(kids), columns)
            )
        else:
            child_x: list[float] = []
            cursor = 0.0
            for kid in kids:
                child_x.append(cursor)
                cursor += measured[kid].width + spec.h_gap
            block = cursor - spec.h_gap
            first = child_x[0] + measured[kids[0]].card_x
            last = child_x[-1] + measured[kids[-1]].card_x
            # Centred between the first and last child cards; since every child card lies
            # inside its own subtree, the parent card lies inside the children's block.
            measured[key] = _Subtree(width=block, card_x=(first + last) / 2, child_x=child_x)
    return measured


def _stack_cells(count: int, columns: int) -> list[tuple[int, int]]:
    """(column, row) of each stacked card: top to bottom, then left to right, balanced.

    Column lengths differ by at most one, the longer ones first, so a team of 9 in two
    columns reads 5 + 4 rather than 8 + 1.
    """
    base, extra = divmod(count, columns)
    return [
        (column, row)
        for column in range(columns)
        for row in range(base + (1 if column < extra else 0))
    ]


def _place(
    tops: Sequence[K],
    children: Mapping[K, list[K]],
    measured: Mapping[K, _Subtree],
    spec: LayoutSpec,
) -> OrgLayout[K]:
    """Turn relative measurements into absolute boxes, edges and connector routes."""
    cw, ch = spec.card_width, spec.card_height
    positions: dict[K, CardBox] = {}
    edges: list[tuple[K, K]] = []
    routes: dict[tuple[K, K], tuple[Point, ...]] = {}
    left_of: dict[K, float] = {}
    cursor = 0.0
    for top in tops:
        left_of[top] = cursor
        positions[top] = CardBox(cursor + measured[top].card_x, 0.0, cw, ch, 0)
        cursor += measured[top].width + spec.tree_gap
    width = max(0.0, cursor - spec.tree_gap)

    # Parents come before children, so each card is placed before its children are.
    for key in _preorder(tops, children):
        sub = measured[key]
        box = positions[key]
        start = (box.x + cw / 2, box.y + ch)
        bus_y = box.y + ch + spec.v_gap / 2  # connectors turn halfway down the gap
        child_y = box.y + ch + spec.v_gap
        for index, kid in enumerate(children[key]):
            if sub.stacked:
                column, row = sub.stacked[index]
                column_left = left_of[key] + column * (spec.stack_indent + cw + spec.h_gap)
                kid_box = CardBox(
                    column_left + spec.stack_indent,
                    child_y + row * (ch + spec.stack_gap),
                    cw,
                    ch,
                    box.depth + 1,
                )
                trunk_x = column_left + spec.stack_indent / 2
                route: tuple[Point, ...] = (
                    start,
                    (start[0], bus_y),
                    (trunk_x, bus_y),
                    (trunk_x, kid_box.y + ch / 2),
                    (kid_box.x, kid_box.y + ch / 2),
                )
            else:
                left_of[kid] = left_of[key] + sub.child_x[index]
                kid_box = CardBox(
                    left_of[kid] + measured[kid].card_x, child_y, cw, ch, box.depth + 1
                )
                kid_x = kid_box.x + cw / 2
                route = (start, (start[0], bus_y), (kid_x, bus_y), (kid_x, child_y))
            positions[kid] = kid_box
            edges.append((key, kid))
            routes[(key, kid)] = _simplified(route)

    height = max((box.bottom for box in positions.values()), default=0.0)
    return OrgLayout(positions=positions, edges=edges, routes=routes, width=width, height=height)


def _simplified(route: tuple[Point, ...]) -> tuple[Point, ...]:
    """Drop repeated points and points in the middle of a straight run.

    A child straight below its parent then gets a single segment, which renderers draw
    without a needless joint.
    """
    kept: list[Point] = []
    for point in route:
        if kept and point == kept[-1]:
            continue
        if len(kept) >= 2:
            (x1, y1), (x2, y2) = kept[-2], kept[-1]
            if (x1 == x2 == point[0]) or (y1 == y2 == point[1]):
                kept[-1] = point
                continue
        kept.append(point)
    return tuple(kept)


def split_by_department(
    nodes: Iterable[OrgNode[K]],
    department_of: Mapping[K, str | None] | Callable[[K], str | None],
) -> list[tuple[str | None, list[OrgNode[K]]]]:
    """Split the map into one sub-chart per department, for a map too big for one page.

    A person whose manager is not in the same department (or not on the map at all) becomes
    a top of their department's sub-chart. Departments come alphabetically (ignoring case),
    people without a department (``None`` or blank) last under ``None``; the people of each
    department are in ``sort_key`` order.
    """
    lookup: Callable[[K], str | None] = (
        department_of.get if isinstance(department_of, Mapping) else department_of
    )
    ordered = sorted(nodes, key=_order_key)
    department: dict[K, str | None] = {}
    for node in ordered:
        name = lookup(node.key)
        department[node.key] = name if name is not None and name.strip() else None

    groups: dict[str | None, list[OrgNode[K]]] = {}
    for node in ordered:
        own = department[node.key]
        parent = node.parent_key
        same = parent is not None and parent in department and department[parent] == own
        groups.setdefault(own, []).append(node if same else OrgNode(node.key, None, node.sort_key))
    names = sorted(
        (name for name in groups if name is not None), key=lambda name: (name.casefold(), name)
    )
    result: list[tuple[str | None, list[OrgNode[K]]]] = [(name, groups[name]) for name in names]
    if None in groups:
        result.append((None, groups[None]))
    return result


def scale_to_fit(
    layout: OrgLayout[K], width: float, height: float, *, allow_upscale: bool = False
) -> float:
    """The factor that makes ``layout`` fit into ``width`` × ``height``, aspect kept.

    By default a small map is not enlarged (factor at most 1), so cards on a page never get
    bigger than on screen; pass ``allow_upscale`` for a "zoom to fit" view.
    """
    if width <= 0 or height <= 0:
        raise ValueError("the area to fit into must have a positive size")
    if layout.width <= 0 or layout.height <= 0:
        return 1.0
    factor = min(width / layout.width, height / layout.height)
    return factor if allow_upscale else min(factor, 1.0)
