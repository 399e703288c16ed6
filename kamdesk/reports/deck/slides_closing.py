"""The closing slide: the date of the next meeting and what the last meetings agreed."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR

from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas, rgb
from kamdesk.reports.deck.deck_lists import flow_lists
from kamdesk.reports.styles import RED

RECENT = 4
DATE_HEIGHT = 86.0


def build_next_meeting(canvas: SlideCanvas) -> None:
    """"Our next meeting", its date large, then the recent meetings' outcomes."""
    ctx, plan = canvas.ctx, canvas.ctx.plan
    slide = canvas.new_slide(ctx.t("deck.next_meeting_title"))
    area = canvas.area
    if plan.next_review is not None:
        overdue = plan.review_overdue and not ctx.client
        runs = [Run(ctx.fmt.date(plan.next_review), size=40, bold=True,
                    colour=MSO_THEME_COLOR.ACCENT_1, space_after=2)]
        if overdue:
            runs.append(Run(ctx.t("reviews.next_overdue", date=ctx.fmt.date(plan.next_review)),
                            size=14, colour=rgb(RED)))
    else:
        runs = [Run(ctx.t("deck.next_meeting_none"), size=24, colour=MUTED)]
    canvas.text(slide, Box(area.x, area.y, area.width, DATE_HEIGHT), runs)
    reviews = sorted(plan.reviews, key=lambda r: r.date, reverse=True)
    notes = []
    if reviews:
        recent = reviews[:RECENT]
        lines = []
        for review in recent:
            said = " — ".join(part for part in (review.summary, review.outcomes) if part.strip())
            lines.append(f"{ctx.fmt.date(review.date)}: {said or ctx.label(review.kind)}")
        flow_lists(canvas, slide, area.below(DATE_HEIGHT, gap=10.0),
                   [(ctx.t("deck.recent_meetings"), lines)], columns=1)
        notes.append(ctx.t("deck.recent_meetings"))
        for review in reviews:
            notes.append(f"• {ctx.fmt.date(review.date)} ({ctx.label(review.kind)}), "
                         f"{review.attendees}")
            notes += [ctx.t("deck.field", name=ctx.t("col.summary"), value=review.summary),
                      ctx.t("deck.field", name=ctx.t("col.outcomes"), value=review.outcomes)]
    notes.append(ctx.t("deck.thanks"))
    canvas.set_notes(slide, notes)
