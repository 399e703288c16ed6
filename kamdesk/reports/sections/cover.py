"""The cover: our logo and name, the account, the plan's year, KAM, date and version.

The internal cover says "Confidential — internal"; the client cover says "Prepared for
<client>" and nothing about internal use.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Image,
    Spacer,
    Table,
)

from kamdesk.reports.context import RenderContext
from kamdesk.reports.fonts import SANS, SANS_BOLD
from kamdesk.reports.page_templates import MARGIN_SIDE
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.styles import ACCENT, MUTED, RULE
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup, plain, shorten

LOGO_MAX_WIDTH = 140.0
LOGO_MAX_HEIGHT = 56.0


def _logo(data: bytes | None) -> Flowable | None:
    """Our logo scaled into its box, or None when missing or unreadable.

    A damaged logo must not stop the plan from printing, so any decoding error is ignored.
    """
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    if width <= 0 or height <= 0:
        return None
    factor = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
    image = Image(io.BytesIO(data), width=width * factor, height=height * factor)
    image.hAlign = "LEFT"
    return image


def build(ctx: RenderContext) -> list[Flowable]:
    """The cover page's flowables (the accent bar and bottom line are drawn on the canvas)."""
    plan, styles = ctx.plan, ctx.styles
    story: list[Flowable] = [Spacer(1, 30)]
    logo = _logo(plan.meta.logo_png)
    if logo is not None:
        story += [logo, Spacer(1, 14)]
    story.append(ReusingParagraph(markup(plan.meta.company_name, limit=120), styles.h3))
    story.append(Spacer(1, ctx.height * 0.2))
    if ctx.client:
        title = ctx.t("doc.partnership_plan_fy", year=plan.meta.fiscal_year)
    else:
        title = ctx.t("doc.account_plan_fy", year=plan.meta.fiscal_year)
    story.append(ReusingParagraph(markup(title), styles.subtitle))
    story.append(ReusingParagraph(markup(plan.account.name, limit=160), styles.title))
    if ctx.client:
        story.append(
            ReusingParagraph(
                markup(ctx.t("cover.prepared_for", client=plan.account.name), limit=220),
                styles.body_muted,
            )
        )
    story.append(Spacer(1, 40))
    facts: list[tuple[str, str]] = []
    if plan.meta.kam:
        facts.append((ctx.t("cover.kam"), plan.meta.kam))
    facts.append((ctx.t("cover.date"), ctx.fmt.date(plan.meta.prepared_on)))
    if not ctx.client:
        facts.append((ctx.t("cover.version"), str(plan.meta.version)))
    rows = [
        [
            ReusingParagraph(markup(name), styles.cell_head),
            ReusingParagraph(markup(value, limit=120), styles.cell),
        ]
        for name, value in facts
    ]
    table = Table(rows, colWidths=[ctx.width * 0.28, ctx.width * 0.5], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    return story


def page_decoration(ctx: RenderContext) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The cover's canvas work: an accent bar at the top and the line at the bottom."""
    bottom_line = ctx.t("cover.client_note") if ctx.client else ctx.t("cover.confidential")
    company = plain(ctx.plan.meta.company_name)

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 10, width, 10, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, 58, width - MARGIN_SIDE, 58)
        canvas.setFont(SANS_BOLD if not ctx.client else SANS, 8)
        canvas.setFillColor(ACCENT if not ctx.client else MUTED)
        canvas.drawString(MARGIN_SIDE, 44, bottom_line)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_SIDE, 44, shorten(company, 60))
        canvas.restoreState()

    return draw
