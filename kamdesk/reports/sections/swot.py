"""The SWOT analysis as a 2 × 2 grid; as four lists when a quadrant is too long for a cell
(a table cell cannot break across pages)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from kamdesk.domain.enums import SwotKind
from kamdesk.reports.context import RenderContext
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import bullets, empty_line, heading, subheading
from kamdesk.reports.styles import ACCENT, FILL, WHITE
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup

ITEM_LIMIT = 300
# Beyond this much text in one quadrant the grid could outgrow a page.
GRID_MAX_CHARS = 1500
GRID_MAX_ITEMS = 12
_KINDS = (SwotKind.STRENGTH, SwotKind.WEAKNESS, SwotKind.OPPORTUNITY, SwotKind.THREAT)


def build(ctx: RenderContext) -> list[Flowable]:
    """The SWOT section (internal only)."""
    story = heading(ctx, "swot", ctx.t("section.swot"))
    items = {kind: [e.text for e in ctx.plan.swot if e.kind == kind] for kind in _KINDS}
    if not any(items.values()):
        return [*story, empty_line(ctx)]
    too_big = any(
        len(texts) > GRID_MAX_ITEMS or sum(min(len(t), ITEM_LIMIT) for t in texts) > GRID_MAX_CHARS
        for texts in items.values()
    )
    if too_big:
        for kind in _KINDS:
            story.append(subheading(ctx, ctx.label(kind)))
            story += bullets(ctx, items[kind], limit=ITEM_LIMIT) or [empty_line(ctx)]
        return story
    quadrants: list[list[Flowable]] = []
    for kind in _KINDS:
        quadrant: list[Flowable] = [ReusingParagraph(markup(ctx.label(kind)), ctx.styles.h3)]
        quadrant += bullets(ctx, items[kind], limit=ITEM_LIMIT) or [
            ReusingParagraph("—", ctx.styles.body_muted)
        ]
        quadrants.append(quadrant)
    half = ctx.width / 2
    grid = Table(
        [[quadrants[0], quadrants[1]], [quadrants[2], quadrants[3]]],
        colWidths=[half, half],
        hAlign="LEFT",
    )
    grid.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("LINEAFTER", (0, 0), (0, -1), 3, WHITE),
                ("LINEBELOW", (0, 0), (-1, 0), 3, WHITE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story.append(grid)
    return story
