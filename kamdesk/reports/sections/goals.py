"""Goals with their measure, progress bar and status badge; customer-facing goals first."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from kamdesk.domain.enums import GoalKind
from kamdesk.domain.plan import GoalEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import ProgressBar, StatusBadge
from kamdesk.reports.sections.common import empty_line, heading, subheading
from kamdesk.reports.styles import ACCENT, STATUS_COLOURS
from kamdesk.reports.tables import data_table, two_lines
from kamdesk.reports.text_markup import plain, shorten


def _value(ctx: RenderContext, value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    number = ctx.fmt.number(value)
    unit = shorten(plain(unit), 20)
    return f"{number} {unit}".strip()


def _measure(ctx: RenderContext, goal: GoalEntry) -> str:
    arrow = "↑" if goal.direction.value == "increase" else "↓"
    return (
        f"{shorten(plain(goal.metric), 80)} {arrow}  "
        f"{_value(ctx, goal.baseline, goal.unit)} → {_value(ctx, goal.target, goal.unit)}"
    )


def goals_table(ctx: RenderContext, goals: list[GoalEntry]) -> Flowable:
    """The full goal table."""
    rows = []
    for goal in sorted(goals, key=lambda g: g.due):
        colour = STATUS_COLOURS.get(goal.status, ACCENT)
        pct = ctx.fmt.percent(goal.progress) if goal.progress is not None else "—"
        current = _value(ctx, goal.current, goal.unit)
        latest = goal.updates[-1] if goal.updates else None
        sub = _measure(ctx, goal)
        if latest is not None and latest.note.strip():
            sub += "\n" + ctx.t(
                "goals.latest_update",
                date=ctx.fmt.short_date(latest.date),
                note=shorten(plain(latest.note), 200),
            )
        rows.append(
            [
                two_lines(ctx, goal.title, sub, limit=400),
                two_lines(ctx, goal.owner or "—", ctx.t("goals.due", date=ctx.fmt.date(goal.due))),
                ProgressBar(goal.progress, f"{current} · {pct}", colour, width=84),
                StatusBadge(ctx.label(goal.status), colour),
            ]
        )
    return data_table(
        ctx,
        [ctx.t("col.goal"), ctx.t("col.owner"), ctx.t("col.progress"), ctx.t("col.status")],
        rows,
        [0.45, 0.18, 0.21, 0.16],
    )


def build(ctx: RenderContext) -> list[Flowable]:
    """The goals section; the client version only has customer-facing goals."""
    title = ctx.t("section.goals_client" if ctx.client else "section.goals")
    story = heading(ctx, "goals", title)
    customer = [g for g in ctx.plan.goals if g.kind == GoalKind.CUSTOMER]
    internal = [g for g in ctx.plan.goals if g.kind == GoalKind.INTERNAL]
    if ctx.client:
        return [*story, goals_table(ctx, customer) if customer else empty_line(ctx)]
    if not customer and not internal:
        return [*story, empty_line(ctx)]
    for msgid, group in (("goals.customer", customer), ("goals.internal", internal)):
        story.append(subheading(ctx, ctx.t(msgid)))
        story.append(goals_table(ctx, group) if group else empty_line(ctx))
    return story
