"""Tests for kamdesk.domain.org_layout: exact small trees, leaf columns, forests, bad data.

Properties (no overlap, determinism) are checked on random forests of up to 80 people that
include wide flat teams, deep chains, unknown managers and loops.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.org_layout import (
    CardBox,
    LayoutSpec,
    OrgLayout,
    OrgNode,
    layout_org,
    scale_to_fit,
    split_by_department,
)

SPEC = LayoutSpec()
CW, CH = SPEC.card_width, SPEC.card_height


def node(key: str, parent: str | None = None, sort_key: str | None = None) -> OrgNode[str]:
    """A node whose sort key defaults to its key."""
    return OrgNode(key, parent, sort_key if sort_key is not None else key)


def boxes_overlap(a: CardBox, b: CardBox) -> bool:
    """True when the interiors of two boxes intersect (touching edges is fine)."""
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def assert_no_overlap(layout: OrgLayout[int] | OrgLayout[str]) -> None:
    """Fail on the first pair of overlapping cards.

    A sweep along x: only boxes starting before a box's right edge can overlap it, which
    keeps the property tests fast without weakening them.
    """
    items = sorted(layout.positions.items(), key=lambda item: item[1].x)
    for index, (key_a, box_a) in enumerate(items):
        for key_b, box_b in items[index + 1 :]:
            if box_b.x >= box_a.right:
                break
            assert not boxes_overlap(box_a, box_b), (key_a, box_a, key_b, box_b)


# --- exact coordinates ---------------------------------------------------------------------


def test_small_tree_parents_centred_over_children() -> None:
    #        a
    #     b     c
    #   d   e
    layout = layout_org([node("e", "b"), node("c", "a"), node("a"), node("d", "b"), node("b", "a")])
    assert layout.positions == {
        "a": CardBox(255.0, 0.0, CW, CH, 0),
        "b": CardBox(102.0, 112.0, CW, CH, 1),
        "c": CardBox(408.0, 112.0, CW, CH, 1),
        "d": CardBox(0.0, 224.0, CW, CH, 2),
        "e": CardBox(204.0, 224.0, CW, CH, 2),
    }
    assert layout.edges == [("a", "b"), ("a", "c"), ("b", "d"), ("b", "e")]
    assert (layout.width, layout.height) == (588.0, 288.0)
    # The parent's centre is midway between its first and last child's centres.
    boxes = layout.positions
    assert boxes["b"].centre[0] == (boxes["d"].centre[0] + boxes["e"].centre[0]) / 2
    assert boxes["a"].centre[0] == (boxes["b"].centre[0] + boxes["c"].centre[0]) / 2
    # Connectors: down from the parent, across halfway down the gap, down into the child.
    assert layout.routes[("a", "b")] == (
        (345.0, 64.0),
        (345.0, 88.0),
        (192.0, 88.0),
        (192.0, 112.0),
    )


def test_single_child_sits_straight_below_with_a_straight_line() -> None:
    layout = layout_org([node("boss"), node("assistant", "boss")])
    assert layout.positions["boss"].x == layout.positions["assistant"].x == 0.0
    assert layout.routes[("boss", "assistant")] == ((90.0, 64.0), (90.0, 112.0))


def test_children_ordered_by_sort_key_not_by_key() -> None:
    layout = layout_org([node("top"), node("x", "top", "2"), node("y", "top", "1")])
    assert layout.positions["y"].x < layout.positions["x"].x


def test_empty_input() -> None:
    layout: OrgLayout[str] = layout_org([])
    assert layout == OrgLayout()
    assert scale_to_fit(layout, 100, 100) == 1.0


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        layout_org([node("a"), node("a", "b")])


def test_bad_spec_is_refused() -> None:
    with pytest.raises(ValueError):
        LayoutSpec(card_width=0)
    with pytest.raises(ValueError):
        LayoutSpec(h_gap=-1)
    with pytest.raises(ValueError):
        LayoutSpec(max_row=0)


# --- forests and bad data ------------------------------------------------------------------


def test_several_roots_biggest_tree_first_then_sort_key() -> None:
    layout = layout_org(
        [node("solo_b"), node("solo_a"), node("big"), node("kid1", "big"), node("kid2", "big")]
    )
    boxes = layout.positions
    # big's tree is 2 cards + gap wide; then tree_gap; then the single cards by sort key.
    assert boxes["big"].x == 102.0
    assert boxes["solo_a"].x == 384.0 + SPEC.tree_gap
    assert boxes["solo_b"].x == 384.0 + SPEC.tree_gap + CW + SPEC.tree_gap
    assert all(boxes[k].y == 0.0 and boxes[k].depth == 0 for k in ("big", "solo_a", "solo_b"))
    assert layout.width == boxes["solo_b"].right


def test_unknown_parent_makes_a_root_without_an_edge() -> None:
    layout = layout_org([node("a"), node("b", "gone")])
    assert layout.positions["b"].depth == 0
    assert layout.positions["b"].y == 0.0
    assert layout.edges == []


@pytest.mark.parametrize(
    "nodes",
    [
        [node("a", "a")],
        [node("a", "b"), node("b", "a")],
        [node("a", "d"), node("b", "a"), node("c", "b"), node("d", "c"), node("e", "c")],
    ],
    ids=["self", "two", "long"],
)
def test_cycles_are_cut_at_the_member_that_sorts_first(nodes: list[OrgNode[str]]) -> None:
    layout = layout_org(nodes)
    assert set(layout.positions) == {n.key for n in nodes}
    assert layout.positions["a"].depth == 0
    assert len(layout.edges) == len(nodes) - 1
    assert all(child != "a" for _, child in layout.edges)
    assert_no_overlap(layout)


# --- leaf columns --------------------------------------------------------------------------


def team(size: int, boss: str = "boss") -> list[OrgNode[str]]:
    """A boss with ``size`` direct reports who have nobody below them."""
    return [node(boss)] + [node(f"{boss}-{i:02}", boss) for i in range(size)]


def test_up_to_max_row_leaves_stay_in_one_row() -> None:
    layout = layout_org(team(6))
    rows = {box.y for key, box in layout.positions.items() if key != "boss"}
    assert rows == {112.0}
    assert layout.width == 6 * CW + 5 * SPEC.h_gap


def test_more_than_max_row_leaves_are_stacked_in_balanced_columns() -> None:
    layout = layout_org(team(9))
    boxes = layout.positions
    indent, pitch = SPEC.stack_indent, CH + SPEC.stack_gap
    # 9 > max_stack 8, so two columns of 5 and 4, filled top to bottom.
    for i in range(5):
        assert boxes[f"boss-{i:02}"] == CardBox(indent, 112.0 + i * pitch, CW, CH, 1)
    second = indent + CW + SPEC.h_gap + indent
    for i in range(5, 9):
        assert boxes[f"boss-{i:02}"] == CardBox(second, 112.0 + (i - 5) * pitch, CW, CH, 1)
    block = 2 * (indent + CW) + SPEC.h_gap
    assert layout.width == block
    assert boxes["boss"].x == (block - CW) / 2
    assert layout.height == 112.0 + 4 * pitch + CH
    # The connector enters the card from the left, along the column's trunk in the indent.
    route = layout.routes[("boss", "boss-06")]
    assert route[-1] == (second, boxes["boss-06"].centre[1])
    assert route[-2] == (second - indent / 2, boxes["boss-06"].centre[1])
    assert_no_overlap(layout)


def test_seven_leaves_make_one_column() -> None:
    layout = layout_org(team(7))
    assert {box.x for key, box in layout.positions.items() if key != "boss"} == {SPEC.stack_indent}


def test_mixed_team_is_not_stacked() -> None:
    # One report has a report of their own, so the rule (all leaves) does not apply.
    layout = layout_org([*team(7), node("deep", "boss-00")])
    assert {layout.positions[f"boss-{i:02}"].y for i in range(7)} == {112.0}
    assert_no_overlap(layout)


def test_sixty_person_org_stays_readable() -> None:
    """A demo-like org: a CEO, five heads, wide flat teams of 14, 12, 10, 10 and 8.

    Laid out flat it would be 54 cards wide. The limit of 12 card widths (with gaps) is
    what still fits a landscape A4/Letter page at a scale of about 0.3, where a card is
    about 2 cm wide and a 6 pt name remains legible.
    """
    nodes = [node("ceo")]
    for head, size in zip("abcde", (14, 12, 10, 10, 8), strict=True):
        nodes += [node(f"head-{head}", "ceo")]
        nodes += [node(f"{head}-{i:02}", f"head-{head}") for i in range(size)]
    assert len(nodes) == 60
    layout = layout_org(nodes)
    assert layout.width <= 12 * CW + 11 * SPEC.h_gap
    # Not traded for an absurd height either: at most two rows plus one full column.
    assert layout.height <= 2 * (CH + SPEC.v_gap) + 8 * CH + 7 * SPEC.stack_gap
    assert_no_overlap(layout)


# --- properties ----------------------------------------------------------------------------


_RAW_NODE = st.tuples(st.integers(0, 4), st.integers(0, 84), st.text("ab", max_size=2))


@st.composite
def forests(draw: st.DrawFn) -> list[OrgNode[int]]:
    """Random org data: mixed trees, wide flat teams, deep chains, unknown managers, loops.

    Raw integers are drawn in one go and turned into managers here (building a strategy
    per node would make the test ten times slower).
    """
    shape = draw(st.sampled_from(["mixed", "flat", "chain"]))
    # Drawing the size first gives big maps as often as small ones.
    size = draw(st.integers(0, 80))
    raw = draw(st.lists(_RAW_NODE, min_size=size, max_size=size))
    nodes = []
    for i, (kind, value, sort_key) in enumerate(raw):
        if kind and shape != "mixed":
            kind = 2 if shape == "flat" else 3
        parent: int | None
        if kind == 0:
            parent = None
        elif i == 0 or kind == 4:
            parent = value  # loops and unknown managers (keys above len(raw) do not exist)
        elif kind == 1:
            parent = value % i  # a clean tree
        elif kind == 2:
            parent = value % min(i, 3)  # wide teams under a few managers
        else:
            parent = i - 1  # chains
        # A small alphabet for sort keys so that they tie and the tie-break is exercised.
        nodes.append(OrgNode(i, parent, sort_key))
    return nodes


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(forests())
def test_random_forests_never_overlap_and_stay_in_bounds(nodes: list[OrgNode[int]]) -> None:
    layout = layout_org(nodes)
    assert set(layout.positions) == {n.key for n in nodes}
    assert_no_overlap(layout)
    for box in layout.positions.values():
        assert box.x >= 0 and box.right <= layout.width
        assert box.y >= 0 and box.bottom <= layout.height
    # Every drawn line is a real line of the data, and each person has at most one manager.
    given_parent = {n.key: n.parent_key for n in nodes}
    children = [child for _, child in layout.edges]
    assert len(children) == len(set(children))
    assert all(given_parent[child] == parent for parent, child in layout.edges)
    roots = [k for k, box in layout.positions.items() if box.depth == 0]
    assert len(layout.edges) == len(nodes) - len(roots)
    assert set(layout.routes) == set(layout.edges)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(forests(), st.data())
def test_layout_is_independent_of_input_order(
    nodes: list[OrgNode[int]], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(nodes))
    first, second = layout_org(nodes), layout_org(shuffled)
    assert list(first.positions.items()) == list(second.positions.items())
    assert first.edges == second.edges
    assert list(first.routes.items()) == list(second.routes.items())
    assert (first.width, first.height) == (second.width, second.height)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(forests())
def test_parents_are_centred_over_row_children(nodes: list[OrgNode[int]]) -> None:
    layout = layout_org(nodes)
    boxes = layout.positions
    kids: dict[int, list[int]] = {}
    for parent, child in layout.edges:
        kids.setdefault(parent, []).append(child)
    for parent, children in kids.items():
        if all(boxes[c].y == boxes[parent].bottom + SPEC.v_gap for c in children) and len(
            {boxes[c].x for c in children}
        ) == len(children):
            middle = (boxes[children[0]].centre[0] + boxes[children[-1]].centre[0]) / 2
            assert boxes[parent].centre[0] == middle


# --- splitting and scaling -----------------------------------------------------------------


def test_split_by_department_makes_cross_department_reports_roots() -> None:
    nodes = [
        node("ceo"),
        node("cfo", "ceo"),
        node("accountant", "cfo"),
        node("cto", "ceo"),
        node("dev", "cto"),
        node("temp", "cto"),
        node("ghost", "unknown"),
    ]
    department = {
        "ceo": "Board",
        "cfo": "finance",
        "accountant": "finance",
        "cto": "IT",
        "dev": "IT",
        "temp": "  ",
        "ghost": "IT",
    }
    parts = split_by_department(nodes, department)
    assert [name for name, _ in parts] == ["Board", "finance", "IT", None]
    as_dict = dict(parts)
    assert as_dict["finance"] == [node("accountant", "cfo"), node("cfo", None)]
    assert as_dict["IT"] == [node("cto", None), node("dev", "cto"), node("ghost", None)]
    assert as_dict[None] == [node("temp", None)]
    # A callable works as well as a mapping.
    assert split_by_department(nodes, department.get) == parts


def test_scale_to_fit() -> None:
    layout = layout_org(team(3))  # 3 cards + 2 gaps = 588 wide, 176 high
    assert scale_to_fit(layout, 294, 1000) == 0.5
    assert scale_to_fit(layout, 5880, 88) == 0.5
    assert scale_to_fit(layout, 5880, 1760) == 1.0
    assert scale_to_fit(layout, 5880, 1760, allow_upscale=True) == 10.0
    with pytest.raises(ValueError):
        scale_to_fit(layout, 0, 100)
