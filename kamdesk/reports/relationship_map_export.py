"""The relationship map as a PDF page or a PNG image, without Qt (``kamdesk export map``).

The whole chart goes on one page sized to it (a map is a picture to zoom into, not a
document to print on A4; the account plan's map section paginates instead), drawn by the
plan's own :func:`~kamdesk.reports.org_chart_drawing.draw_org_chart` with a title and the
legend above. PNG needs reportlab's bitmap renderer, which is a separate package
(``rl_renderPM``); where it is missing, :class:`PngUnavailableError` says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import OrgNode, layout_org
from kamdesk.domain.plan import LinkEntry, StakeholderEntry
from kamdesk.reports.catalogue import label, text
from kamdesk.reports.drawing_export import PngUnavailableError, drawing_png
from kamdesk.reports.fonts import SANS_BOLD, register_fonts
from kamdesk.reports.org_chart_drawing import CARD_SPEC, draw_org_chart, legend
from kamdesk.reports.styles import TEXT

__all__ = ["PngUnavailableError", "map_drawing", "map_pdf", "map_png"]

MARGIN = 28.0
TITLE_SIZE = 15.0
HEADER = 64.0  # title and legend above the chart
MIN_WIDTH = 720.0  # room for the legend on one line


def map_drawing(
    title: str, people: Sequence[StakeholderEntry], links: Sequence[LinkEntry], lang: str = "en"
) -> Drawing:
    """The whole map with its title and legend, at natural size (1 layout unit = 1 pt)."""
    register_fonts()
    on_map = {p.id for p in people}
    layout = layout_org(
        (
            OrgNode(p.id, p.reports_to_id if p.reports_to_id in on_map else None,
                    p.name.casefold())
            for p in people
        ),
        CARD_SPEC,
    )
    chart = draw_org_chart(layout, {p.id: p for p in people}, links, 1.0)
    width = max(layout.width, MIN_WIDTH) + 2 * MARGIN
    height = layout.height + HEADER + 2 * MARGIN
    drawing = Drawing(width, height)
    drawing.add(String(MARGIN, height - MARGIN - TITLE_SIZE, title, fontName=SANS_BOLD,
                       fontSize=TITLE_SIZE, fillColor=TEXT))
    key = legend(
        width - 2 * MARGIN,
        {
            "attitude": text("map.legend_attitude", lang),
            "lines": text("map.legend_lines", lang),
            "stale": text("map.legend_stale", lang),
            "influence": text("map.legend_influence", lang),
        },
        {a: label(a, lang) for a in Attitude},
        {k: label(k, lang) for k in LinkKind},
    )
    placed_key = Group(key)
    placed_key.translate(MARGIN, height - MARGIN - HEADER + 8)
    drawing.add(placed_key)
    placed_chart = Group(chart)
    placed_chart.translate(MARGIN, MARGIN)
    drawing.add(placed_chart)
    return drawing


def map_pdf(
    title: str, people: Sequence[StakeholderEntry], links: Sequence[LinkEntry], lang: str = "en"
) -> bytes:
    """The map as a one-page PDF."""
    data: bytes = renderPDF.drawToString(map_drawing(title, people, links, lang), title=title)
    return data


def map_png(
    title: str, people: Sequence[StakeholderEntry], links: Sequence[LinkEntry], lang: str = "en"
) -> bytes:
    """The map as a PNG image at 144 dpi (twice the size in pixels as in points)."""
    return drawing_png(map_drawing(title, people, links, lang), dpi=144)
