"""The stakeholder map as pictures for slides and Word pages, split as the PDF splits it.

Each picture is one page of :func:`~kamdesk.reports.org_chart_pages.paginate` (the whole
organisation when it is readable at once, else departments packed onto pages), drawn by the
PDF's own :func:`~kamdesk.reports.org_chart_drawing.draw_org_chart` and scaled to the room
given, with the legend underneath. Sizes are in points: a picture is drawn at the size it
will be shown at, so its PNG resolution is simply the dots per inch asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import OrgNode, scale_to_fit
from kamdesk.domain.plan import LinkEntry, StakeholderEntry
from kamdesk.reports.catalogue import label, text
from kamdesk.reports.fonts import SANS, register_fonts
from kamdesk.reports.org_chart_drawing import draw_org_chart, legend
from kamdesk.reports.org_chart_pages import paginate

LEGEND_HEIGHT = 30.0
LEGEND_GAP = 8.0
# The legend needs this much width on one line; a narrower picture scales it down.
LEGEND_WIDTH = 700.0
MAX_SCALE = 1.4


@dataclass(frozen=True)
class MapPicture:
    """One picture of the map: the drawing, its departments (empty: the whole map) and the
    ids of the people on it."""

    drawing: Drawing
    departments: tuple[str | None, ...]
    people: tuple[int, ...]


def map_pictures(
    people: Sequence[StakeholderEntry],
    links: Sequence[LinkEntry],
    lang: str,
    width: float,
    height: float,
) -> list[MapPicture]:
    """The map of ``people`` (current ones; leavers are the caller's to drop) in pictures no
    larger than ``width × height`` points, legend included."""
    register_fonts()
    if not people:
        return []
    on_map = {p.id for p in people}
    nodes = [
        OrgNode(p.id, p.reports_to_id if p.reports_to_id in on_map else None, p.name.casefold())
        for p in people
    ]
    room_h = height - LEGEND_HEIGHT - LEGEND_GAP
    pages = paginate(nodes, {p.id: p.department for p in people}, width, room_h)
    by_id = {p.id: p for p in people}
    key = _legend(lang)
    pictures = []
    for page in pages:
        # A small organisation is shown a little larger than on paper: a slide is projected.
        scale = min(scale_to_fit(page.layout, width, room_h, allow_upscale=True), MAX_SCALE)
        chart = draw_org_chart(page.layout, by_id, links, scale)
        total = max(chart.width, min(LEGEND_WIDTH, width))
        drawing = Drawing(total, chart.height + LEGEND_GAP + LEGEND_HEIGHT,
                          initialFontName=SANS, initialFontSize=8)
        placed = Group(chart)
        placed.translate((total - chart.width) / 2, LEGEND_HEIGHT + LEGEND_GAP)
        drawing.add(placed)
        shrink = min(1.0, total / LEGEND_WIDTH)
        keyed = Group(key)
        keyed.scale(shrink, shrink)
        drawing.add(keyed)
        pictures.append(
            MapPicture(drawing, tuple(page.departments), tuple(page.layout.positions))
        )
    return pictures


def _legend(lang: str) -> Drawing:
    return legend(
        LEGEND_WIDTH,
        {
            "attitude": text("map.legend_attitude", lang),
            "lines": text("map.legend_lines", lang),
            "stale": text("map.legend_stale", lang),
            "influence": text("map.legend_influence", lang),
        },
        {a: label(a, lang) for a in Attitude},
        {k: label(k, lang) for k in LinkKind},
    )


def departments_title(departments: Sequence[str | None], lang: str) -> str:
    """"Department: IT" or "Departments: IT, Finance" (empty for the whole map)."""
    if not departments:
        return ""
    names = [d if d else text("map.no_department", lang) for d in departments]
    if len(names) == 1:
        return text("map.department", lang, department=names[0])
    return text("map.departments", lang, departments=", ".join(names))
