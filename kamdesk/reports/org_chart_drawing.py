"""Draws an :class:`~kamdesk.domain.org_layout.OrgLayout` of stakeholders as a Drawing.

Cards show name, title, attitude (coloured stripe), influence (five pips), our owner's
initials and a dashed amber border when contact has gone stale. Reporting lines follow the
layout's routes; informal lines are drawn straight between cards: *influences* dashed
with an arrow, *close to* thin grey, *conflict* red. Everything is drawn in layout units
inside one scaled group, so a part of the map can be shrunk to fit the page as a whole.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import CardBox, LayoutSpec, OrgLayout
from kamdesk.domain.plan import LinkEntry, StakeholderEntry
from kamdesk.reports.fonts import SANS, SANS_BOLD, SYMBOL, SYMBOL_BOLD, has_glyph
from kamdesk.reports.styles import (
    AMBER,
    ATTITUDE_COLOURS,
    FILL,
    GREY,
    MUTED,
    RED,
    RULE,
    SUBTLE,
    TEXT,
    WHITE,
)
from kamdesk.reports.text_markup import ELLIPSIS, plain

# Cards a little smaller than the screen's, so more of an organisation fits on a page.
CARD_SPEC = LayoutSpec(
    card_width=156, card_height=58, h_gap=18, v_gap=38, stack_gap=10, tree_gap=36
)
NAME_SIZE = 10.0
TITLE_SIZE = 8.5
# The smallest text on a card, in layout units: it decides the smallest readable scale.
SMALLEST_TEXT = TITLE_SIZE
STRIPE = 6.0
PAD = 6.0


def readable_scale(min_points: float = 6.0) -> float:
    """The smallest scale at which card text is still ``min_points`` tall."""
    return min_points / SMALLEST_TEXT


def _font_for(text: str, regular: str, bold: bool) -> str:
    """The body font, or the fallback font when the body font lacks some of the letters."""
    if all(has_glyph(regular, ch) for ch in text if not ch.isspace()):
        return regular
    fallback = SYMBOL_BOLD if bold else SYMBOL
    return fallback if all(has_glyph(fallback, ch) for ch in text if not ch.isspace()) else regular


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis until it fits ``room`` units wide."""
    if stringWidth(text, font, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search for the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def _card(group: Group, box: CardBox, y: float, person: StakeholderEntry) -> None:
    colour = ATTITUDE_COLOURS.get(person.attitude, GREY)
    stale = person.freshness in ("stale", "never")
    border = Rect(
        box.x,
        y,
        box.width,
        box.height,
        rx=3,
        ry=3,
        fillColor=WHITE,
        strokeColor=AMBER if stale else RULE,
        strokeWidth=1.4 if stale else 0.8,
    )
    if stale:
        border.strokeDashArray = [3, 2]
    group.add(border)
    group.add(
        Rect(box.x + 0.7, y + 0.7, STRIPE, box.height - 1.4, fillColor=colour, strokeColor=None)
    )
    left = box.x + STRIPE + PAD
    room = box.width - STRIPE - 2 * PAD
    name = plain(person.name)
    font = _font_for(name, SANS_BOLD, bold=True)
    group.add(
        String(
            left,
            y + box.height - PAD - NAME_SIZE * 0.85,
            fit_text(name, font, NAME_SIZE, room),
            fontName=font,
            fontSize=NAME_SIZE,
            fillColor=TEXT,
        )
    )
    title = plain(person.title)
    font = _font_for(title, SANS, bold=False)
    group.add(
        String(
            left,
            y + box.height - PAD - NAME_SIZE - TITLE_SIZE * 0.95 - 1,
            fit_text(title, font, TITLE_SIZE, room),
            fontName=font,
            fontSize=TITLE_SIZE,
            fillColor=MUTED,
        )
    )
    influence = max(0, min(5, person.influence))
    for index in range(5):
        group.add(
            Circle(
                left + 3 + index * 8,
                y + PAD + 3.5,
                2.6,
                fillColor=TEXT if index < influence else WHITE,
                strokeColor=TEXT,
                strokeWidth=0.5,
            )
        )
    initials = plain(person.owner_initials or "")[:3]
    if initials:
        cx, cy = box.x + box.width - PAD - 8, y + PAD + 4
        group.add(Circle(cx, cy, 8, fillColor=FILL, strokeColor=RULE, strokeWidth=0.5))
        font = _font_for(initials, SANS_BOLD, bold=True)
        group.add(
            String(
                cx,
                cy - 2.4,
                initials,
                fontName=font,
                fontSize=6.5,
                fillColor=TEXT,
                textAnchor="middle",
            )
        )


def _clip(box: CardBox, y: float, towards: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the card's centre towards a point leaves the card."""
    cx, cy = box.x + box.width / 2, y + box.height / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    factors = []
    if dx:
        factors.append((box.width / 2) / abs(dx))
    if dy:
        factors.append((box.height / 2) / abs(dy))
    factor = min(min(factors), 1.0)
    return cx + dx * factor, cy + dy * factor


def _link(
    group: Group, kind: LinkKind, start: tuple[float, float], end: tuple[float, float]
) -> None:
    line = Line(start[0], start[1], end[0], end[1])
    if kind == LinkKind.CONFLICT:
        line.strokeColor, line.strokeWidth = RED, 1.3
    elif kind == LinkKind.INFLUENCES:
        line.strokeColor, line.strokeWidth = MUTED, 0.9
        line.strokeDashArray = [4, 2.5]
    else:
        line.strokeColor, line.strokeWidth = SUBTLE, 0.6
    group.add(line)
    if kind == LinkKind.INFLUENCES:
        angle = math.atan2(end[1] - start[1], end[0] - start[0])
        size = 6.0
        points = [end[0], end[1]]
        for side in (-0.4, 0.4):
            points += [
                end[0] - size * math.cos(angle + side),
                end[1] - size * math.sin(angle + side),
            ]
        group.add(Polygon(points, fillColor=MUTED, strokeColor=None))


def draw_org_chart(
    layout: OrgLayout[int],
    people: Mapping[int, StakeholderEntry],
    links: Sequence[LinkEntry],
    scale: float,
) -> Drawing:
    """The chart as a Drawing ``layout.width × scale`` wide (reportlab's y grows upwards)."""
    height = layout.height
    drawing = Drawing(
        layout.width * scale, layout.height * scale, initialFontName=SANS, initialFontSize=8
    )
    group = Group()
    group.scale(scale, scale)

    def flip(point: tuple[float, float]) -> tuple[float, float]:
        return point[0], height - point[1]

    for route in layout.routes.values():
        points: list[float] = []
        for point in route:
            points.extend(flip(point))
        group.add(PolyLine(points, strokeColor=SUBTLE, strokeWidth=0.9))

    for link in links:
        a, b = layout.positions.get(link.from_id), layout.positions.get(link.to_id)
        if a is None or b is None or link.from_id == link.to_id:
            continue
        ya, yb = height - a.y - a.height, height - b.y - b.height
        centre_a = (a.x + a.width / 2, ya + a.height / 2)
        centre_b = (b.x + b.width / 2, yb + b.height / 2)
        _link(group, link.kind, _clip(a, ya, centre_b), _clip(b, yb, centre_a))

    for key, box in layout.positions.items():
        person = people.get(key)
        if person is not None:
            _card(group, box, height - box.y - box.height, person)
    drawing.add(group)
    return drawing


def legend(
    width: float,
    labels: Mapping[str, str],
    attitude_labels: Mapping[Attitude, str],
    link_labels: Mapping[LinkKind, str],
) -> Drawing:
    """The map's key: attitude colours, line kinds, the stale border, influence pips."""
    drawing = Drawing(width, 30, initialFontName=SANS, initialFontSize=8)
    x, row1, row2 = 0.0, 19.0, 4.0
    drawing.add(
        String(x, row1, labels["attitude"], fontName=SANS_BOLD, fontSize=7, fillColor=MUTED)
    )
    x += stringWidth(labels["attitude"], SANS_BOLD, 7) + 8
    for attitude, name in attitude_labels.items():
        drawing.add(Rect(x, row1 - 1, 9, 8, fillColor=ATTITUDE_COLOURS[attitude], strokeColor=None))
        drawing.add(String(x + 12, row1, name, fontName=SANS, fontSize=7, fillColor=TEXT))
        x += 12 + stringWidth(name, SANS, 7) + 12
    x = 0.0
    drawing.add(String(x, row2, labels["lines"], fontName=SANS_BOLD, fontSize=7, fillColor=MUTED))
    x += stringWidth(labels["lines"], SANS_BOLD, 7) + 8
    for kind, name in link_labels.items():
        group = Group()
        _link(group, kind, (x, row2 + 2.5), (x + 22, row2 + 2.5))
        drawing.add(group)
        drawing.add(String(x + 26, row2, name, fontName=SANS, fontSize=7, fillColor=TEXT))
        x += 26 + stringWidth(name, SANS, 7) + 12
    stale = Rect(x, row2 - 1, 16, 8, fillColor=WHITE, strokeColor=AMBER, strokeWidth=1.1)
    stale.strokeDashArray = [2, 1.5]
    drawing.add(stale)
    drawing.add(String(x + 20, row2, labels["stale"], fontName=SANS, fontSize=7, fillColor=TEXT))
    x += 20 + stringWidth(labels["stale"], SANS, 7) + 12
    for index in range(5):
        drawing.add(
            Circle(
                x + 3 + index * 7,
                row2 + 2.5,
                2.3,
                fillColor=TEXT if index < 3 else WHITE,
                strokeColor=TEXT,
                strokeWidth=0.5,
            )
        )
    drawing.add(
        String(x + 40, row2, labels["influence"], fontName=SANS, fontSize=7, fillColor=TEXT)
    )
    return drawing
