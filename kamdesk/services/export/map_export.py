"""The relationship map as SVG text, written without Qt (for ``kamdesk export map``).

The command line must not import Qt, so the SVG is generated here from the same layout the
app draws (:func:`~kamdesk.services.stakeholders.relationship_map.map_layout`): cards coloured by
attitude, influence dots, the owner's initials, a mark for stale contact, flags for deciders
and blockers, orthogonal reports-to lines and the informal lines, with a legend on top.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from kamdesk.domain import palette
from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import CardBox
from kamdesk.domain.plan import StakeholderEntry
from kamdesk.domain.printable_text import printable
from kamdesk.services.stakeholders.relationship_map import (
    RelationshipMap,
    coverage_flags,
    map_layout,
)

# Fill of a card's attitude stripe and the lines' colours: the app's and the PDF's.
ATTITUDE_COLOURS: dict[Attitude, str] = palette.ATTITUDE
LINK_COLOURS: dict[LinkKind, str] = palette.LINK
MARGIN = 24.0
LEGEND_HEIGHT = 64.0
FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"


def map_svg(relationship_map: RelationshipMap) -> str:
    """A standalone SVG document of the map (UTF-8 text)."""
    layout = map_layout(relationship_map.people)
    width = max(layout.width, 640.0) + 2 * MARGIN
    height = layout.height + 2 * MARGIN + LEGEND_HEIGHT
    top = MARGIN + LEGEND_HEIGHT
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family={quoteattr(FONT)}>',
        f"<title>{_text(relationship_map.account_name)} – relationship map</title>",
        "<defs>"
        '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{LINK_COLOURS[LinkKind.INFLUENCES]}"/></marker>'
        "</defs>",
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
        _legend(relationship_map.account_name),
        f'<g transform="translate({MARGIN:.0f},{top:.0f})">',
    ]
    for route in layout.routes.values():
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in route)
        parts.append(
            f'<polyline points="{points}" fill="none" stroke="#57606a" stroke-width="1.4"/>'
        )
    for link in relationship_map.links:
        source = layout.positions.get(link.from_id)
        target = layout.positions.get(link.to_id)
        if source is not None and target is not None:
            parts.append(_link(source, target, link.kind))
    for person in relationship_map.people:
        parts.append(_card(person, layout.positions[person.id]))
    parts.append("</g></svg>")
    return "\n".join(parts) + "\n"


def _legend(account_name: str) -> str:
    items = [
        f'<text x="{MARGIN:.0f}" y="{MARGIN + 8:.0f}" font-size="15" font-weight="bold" '
        f'fill="#1f2328">{_text(account_name)} – relationship map</text>'
    ]
    x = MARGIN
    y = MARGIN + 30
    for attitude, colour in ATTITUDE_COLOURS.items():
        items.append(f'<rect x="{x:.0f}" y="{y - 10:.0f}" width="12" height="12" rx="2" '
                     f'fill="{colour}"/>')
        items.append(f'<text x="{x + 17:.0f}" y="{y:.0f}" font-size="11" fill="#1f2328">'
                     f"{attitude.value.capitalize()}</text>")
        x += 96
    for kind, label, dash in (
        (LinkKind.INFLUENCES, "influences", ' stroke-dasharray="5,3"'),
        (LinkKind.CLOSE_TO, "close to", ""),
        (LinkKind.CONFLICT, "conflict", ""),
    ):
        marker = ' marker-end="url(#arrow)"' if kind is LinkKind.INFLUENCES else ""
        stroke = 2.2 if kind is LinkKind.CONFLICT else 1.2
        items.append(
            f'<line x1="{x:.0f}" y1="{y - 4:.0f}" x2="{x + 28:.0f}" y2="{y - 4:.0f}" '
            f'stroke="{LINK_COLOURS[kind]}" stroke-width="{stroke}"{dash}{marker}/>'
        )
        items.append(f'<text x="{x + 34:.0f}" y="{y:.0f}" font-size="11" fill="#1f2328">'
                     f"{label}</text>")
        x += 104
    items.append(
        f'<text x="{MARGIN:.0f}" y="{y + 20:.0f}" font-size="10" fill="#57606a">'
        "● influence 1–5 · initials: our owner · ⚑ D decider · ⚑ B high-influence blocker · "
        "red corner: stale contact</text>"
    )
    return "\n".join(items)


def _link(source: CardBox, target: CardBox, kind: LinkKind) -> str:
    (x1, y1), (x2, y2) = source.centre, target.centre
    # A gentle curve keeps informal lines apart from the straight reports-to lines.
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    bend = min(60.0, length / 4)
    cx, cy = mx - (y2 - y1) / length * bend, my + (x2 - x1) / length * bend
    x2, y2 = _edge_point(target, cx, cy)
    x1, y1 = _edge_point(source, cx, cy)
    style = {
        LinkKind.INFLUENCES: 'stroke-width="1.4" stroke-dasharray="6,4" marker-end="url(#arrow)"',
        LinkKind.CLOSE_TO: 'stroke-width="1"',
        LinkKind.CONFLICT: 'stroke-width="2.2"',
    }[kind]
    return (
        f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
        f'stroke="{LINK_COLOURS[kind]}" {style} opacity="0.85"/>'
    )


def _edge_point(box: CardBox, towards_x: float, towards_y: float) -> tuple[float, float]:
    """Where the line from the card's centre towards a point leaves the card."""
    cx, cy = box.centre
    dx, dy = towards_x - cx, towards_y - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (box.width / 2) / abs(dx) if dx else math.inf,
        (box.height / 2) / abs(dy) if dy else math.inf,
    )
    return cx + dx * scale, cy + dy * scale


def _card(person: StakeholderEntry, box: CardBox) -> str:
    colour = ATTITUDE_COLOURS[person.attitude]
    x, y, w, h = box.x, box.y, box.width, box.height
    out = [
        f'<g id="stakeholder-{person.id}">',
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="6" '
        'fill="#ffffff" stroke="#d0d7de" stroke-width="1"/>',
        f'<rect x="{x:.1f}" y="{y:.1f}" width="6" height="{h:.1f}" rx="3" fill="{colour}"/>',
        f'<text x="{x + 14:.1f}" y="{y + 20:.1f}" font-size="12" font-weight="bold" '
        f'fill="#1f2328">{_text(_clip(person.name, 24))}</text>',
        f'<text x="{x + 14:.1f}" y="{y + 36:.1f}" font-size="10" fill="#57606a">'
        f"{_text(_clip(person.title, 30))}</text>",
    ]
    for index in range(5):
        fill = "#1f2328" if index < person.influence else "none"
        out.append(
            f'<circle cx="{x + 18 + index * 10:.1f}" cy="{y + h - 12:.1f}" r="3.2" '
            f'fill="{fill}" stroke="#1f2328" stroke-width="0.8"/>'
        )
    if person.owner_initials:
        out.append(
            f'<circle cx="{x + w - 18:.1f}" cy="{y + h - 14:.1f}" r="10" fill="#ddf4ff" '
            'stroke="#54aeff" stroke-width="0.8"/>'
            f'<text x="{x + w - 18:.1f}" y="{y + h - 10.5:.1f}" font-size="9" '
            f'text-anchor="middle" fill="#0969da">{_text(person.owner_initials)}</text>'
        )
    flags = _flags(person)
    for index, (letter, fill) in enumerate(flags):
        fx = x + w - 22 - index * 18
        out.append(
            f'<rect x="{fx:.1f}" y="{y + 6:.1f}" width="15" height="13" rx="2" fill="{fill}"/>'
            f'<text x="{fx + 7.5:.1f}" y="{y + 16:.1f}" font-size="9" font-weight="bold" '
            f'text-anchor="middle" fill="#ffffff">{letter}</text>'
        )
    if person.freshness in ("stale", "never"):
        out.append(
            f'<path d="M{x + w - 14:.1f},{y + h:.1f} L{x + w:.1f},{y + h - 14:.1f} '
            f'L{x + w:.1f},{y + h - 6:.1f} Q{x + w:.1f},{y + h:.1f} {x + w - 6:.1f},{y + h:.1f} z" '
            'fill="#cf222e"><title>stale contact</title></path>'
        )
    out.append("</g>")
    return "\n".join(out)


def _flags(person: StakeholderEntry) -> list[tuple[str, str]]:
    """Coverage flags on a card: D for a decider somewhere, B for a high-influence blocker."""
    style = {"decider": ("D", "#0969da"), "blocker": ("B", "#cf222e")}
    return [style[flag] for flag in coverage_flags(person)]


def _clip(text: str, limit: int) -> str:
    text = printable(text, keep_newlines=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: str) -> str:
    """User text as XML character data: valid characters only, escaped."""
    return escape(printable(value, keep_newlines=False))
