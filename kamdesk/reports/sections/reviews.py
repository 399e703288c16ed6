"""Review history, newest first, and when the next review is due."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.reports.context import RenderContext
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.tables import cell, data_table, fixed, two_lines
from kamdesk.reports.text_markup import markup


def build(ctx: RenderContext) -> list[Flowable]:
    """The reviews section; the client version lists only meetings held with the client."""
    plan = ctx.plan
    title = ctx.t("section.reviews_client" if ctx.client else "section.reviews")
    story = heading(ctx, "reviews", title)
    if plan.next_review is not None:
        overdue = plan.review_overdue and not ctx.client
        msgid = "reviews.next_overdue" if overdue else "reviews.next"
        story.append(
            ReusingParagraph(
                markup(ctx.t(msgid, date=ctx.fmt.date(plan.next_review))), ctx.styles.body_muted
            )
        )
    if not plan.reviews:
        return [*story, empty_line(ctx)]
    rows = [
        [
            two_lines(ctx, ctx.fmt.date(r.date), ctx.label(r.kind)),
            cell(ctx, r.attendees, limit=200),
            two_lines(ctx, r.summary, r.outcomes, limit=350),
            fixed(ctx, ctx.fmt.short_date(r.next_review)),
        ]
        for r in sorted(plan.reviews, key=lambda r: r.date, reverse=True)
    ]
    story.append(
        data_table(
            ctx,
            [
                ctx.t("col.date"),
                ctx.t("col.attendees"),
                ctx.t("col.summary"),
                ctx.t("col.next_review"),
            ],
            rows,
            [0.17, 0.22, 0.47, 0.14],
        )
    )
    return story
