"""Building blocks every section uses: its heading, the "nothing yet" line, bullet lists."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from kamdesk.reports.context import RenderContext
from kamdesk.reports.page_templates import SectionHeading
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.text_markup import markup

# A heading closer than this to the page bottom moves to the next page with its content.
KEEP_WITH_HEADING = 150
# Characters of one free-text field printed in a plan (about two pages of body text).
LONG_TEXT_LIMIT = 6000


def heading(ctx: RenderContext, key: str, title: str) -> list[Flowable]:
    """A section heading (contents entry and bookmark); moves on if the page is nearly full."""
    return [
        CondPageBreak(KEEP_WITH_HEADING),
        SectionHeading(title, markup(title), ctx.styles.h1, key),
        Spacer(1, 2),
    ]


def subheading(ctx: RenderContext, title: str) -> Paragraph:
    """A second-level heading inside a section (not in the contents)."""
    return ReusingParagraph(markup(title), ctx.styles.h2)


def empty_line(ctx: RenderContext, msgid: str = "empty.section") -> Paragraph:
    """The one line an empty section prints."""
    return ReusingParagraph(markup(ctx.t(msgid)), ctx.styles.body_muted)


def bullets(ctx: RenderContext, items: Sequence[str], *, limit: int = 600) -> list[Flowable]:
    """A bullet list of user or catalogue text, each item escaped."""
    return [
        ReusingParagraph(markup(item, limit=limit), ctx.styles.bullet, bulletText="•")
        for item in items
    ]


def paragraphs(ctx: RenderContext, value: str) -> list[Flowable]:
    """Long free text (business plan, notes): one Paragraph per block, so it splits pages.

    A field longer than :data:`LONG_TEXT_LIMIT` characters is cut at a word and marked
    "(continued in the app)": a plan is read at a meeting, and laying out a megabyte pasted
    into one field would take reportlab many minutes and gigabytes.
    """
    text = value.replace("\r\n", "\n")
    cut = len(text) > LONG_TEXT_LIMIT
    if cut:
        head = text[:LONG_TEXT_LIMIT]
        at_word = max(head.rfind(" "), head.rfind("\n"))
        text = head[:at_word] if at_word > 0 else head
    blocks = [block for block in text.split("\n\n") if block.strip()]
    story: list[Flowable] = [
        ReusingParagraph(markup(block, multiline=True), ctx.styles.body) for block in blocks
    ]
    if cut:
        story.append(
            ReusingParagraph(markup(ctx.t("text.continued_in_app")), ctx.styles.body_muted)
        )
    return story
