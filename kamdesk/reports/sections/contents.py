"""The table of contents, filled in by the second layout pass (``multiBuild``)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from kamdesk.reports.context import RenderContext
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup


def build(ctx: RenderContext) -> list[Flowable]:
    """The "Contents" title (not itself listed) and the table of contents."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ctx.styles.toc1]
    toc.tableStyle = house_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        Paragraph(markup(ctx.t("section.contents")), ctx.styles.h1),
        Spacer(1, 8),
        toc,
    ]
