"""The table of contents, filled in by the second layout pass (``multiBuild``)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from kamdesk.reports.context import RenderContext
from kamdesk.reports.text_markup import markup


def build(ctx: RenderContext) -> list[Flowable]:
    """The "Contents" title (not itself listed) and the table of contents."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ctx.styles.toc1]
    # The first pass has no entries yet; say nothing rather than reportlab's placeholder.
    toc.dotsMinLevel = 0
    return [
        Paragraph(markup(ctx.t("section.contents")), ctx.styles.h1),
        Spacer(1, 8),
        toc,
    ]
