"""Goals with their status, and the actions (open first): as many rows per slide as stay
readable, continued on further slides; every goal and action whole in the notes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pptx.enum.text import PP_ALIGN

from kamdesk.domain.enums import GoalKind, GoalStatus
from kamdesk.domain.plan import ActionEntry, GoalEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.deck.deck_canvas import Run, SlideCanvas, chunks, numbered, rgb
from kamdesk.reports.deck.deck_tables import Cell, Column, add_table, rows_that_fit
from kamdesk.reports.styles import ACCENT, GREEN, GREY, RED, STATUS_COLOURS

GOALS_PER_SLIDE = 8
ACTIONS_PER_SLIDE = 9


def status_cell(ctx: RenderContext, status: GoalStatus) -> Cell:
    """A goal's status as a word in its status colour."""
    return Cell(ctx.label(status), colour=rgb(STATUS_COLOURS.get(status, ACCENT)), bold=True)


def _value(ctx: RenderContext, value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{ctx.fmt.number(value)} {unit}".strip()


def measure(ctx: RenderContext, goal: GoalEntry) -> str:
    """"Unplanned downtime ↓ 40 h → 10 h": the metric, its direction, baseline and target."""
    arrow = "↑" if goal.direction.value == "increase" else "↓"
    return (f"{goal.metric} {arrow} {_value(ctx, goal.baseline, goal.unit)} → "
            f"{_value(ctx, goal.target, goal.unit)}")


def _progress(ctx: RenderContext, goal: GoalEntry) -> str:
    current = _value(ctx, goal.current, goal.unit)
    if goal.progress is None:
        return current
    return f"{current} · {ctx.fmt.percent(goal.progress)}"


def goal_notes(ctx: RenderContext, goal: GoalEntry) -> list[str]:
    """A goal in full, for the speaker notes."""
    fields = [
        (ctx.t("col.metric"), measure(ctx, goal)),
        (ctx.t("col.current"), _progress(ctx, goal)),
        (ctx.t("col.status"), ctx.label(goal.status)),
        (ctx.t("col.due"), ctx.fmt.date(goal.due)),
        (ctx.t("col.owner"), goal.owner or "—"),
    ]
    lines = [f"• {goal.title}"]
    lines += [ctx.t("deck.field", name=name, value=value) for name, value in fields]
    latest = goal.updates[-1] if goal.updates else None
    if latest is not None and latest.note.strip():
        lines.append(ctx.t("deck.latest_update", date=ctx.fmt.date(latest.date), note=latest.note))
    return lines


def build_goals(canvas: SlideCanvas) -> None:
    """The goals: customer-facing first, then (internally) the internal ones, by due date."""
    ctx = canvas.ctx
    title = ctx.t("section.goals_client" if ctx.client else "section.goals")
    goals = sorted(ctx.plan.goals, key=lambda g: (g.kind != GoalKind.CUSTOMER, g.due))
    if not goals:
        slide = canvas.new_slide(title)
        canvas.text(slide, canvas.area, [Run(ctx.t("empty.section"))])
        return
    columns = [
        Column(ctx.t("col.goal"), 0.42, lines=2),
        Column(ctx.t("col.owner"), 0.15),
        Column(ctx.t("col.progress"), 0.17),
        Column(ctx.t("col.status"), 0.13),
        Column(ctx.t("col.due"), 0.13, align=PP_ALIGN.RIGHT),
    ]
    per_slide = min(GOALS_PER_SLIDE, rows_that_fit(canvas.area.height, columns))
    parts = chunks(goals, per_slide)
    for number, part in enumerate(parts, start=1):
        slide = canvas.new_slide(numbered(title, number, len(parts)))
        rows = []
        for goal in part:
            sub = measure(ctx, goal)
            if goal.kind == GoalKind.INTERNAL:
                sub = f"{ctx.label(goal.kind)} · {sub}"
            rows.append([
                Cell(goal.title, sub=sub), Cell(goal.owner or "—"), Cell(_progress(ctx, goal)),
                status_cell(ctx, goal.status), Cell(ctx.fmt.short_date(goal.due)),
            ])
        add_table(slide, canvas.area, columns, rows)
        notes: list[str] = []
        for goal in part:
            notes += goal_notes(ctx, goal)
        canvas.set_notes(slide, notes)


def _action_order(action: ActionEntry) -> tuple[bool, dt.date]:
    return (action.done, action.due or dt.date.max)


def _action_status(ctx: RenderContext, action: ActionEntry) -> Cell:
    if action.done:
        return Cell(ctx.t("col.done"), colour=rgb(GREEN), bold=True)
    if action.overdue:
        return Cell(ctx.t("overdue"), colour=rgb(RED), bold=True)
    return Cell(ctx.label("open", kind="OpportunityStatus"), colour=rgb(GREY), bold=True)


def build_actions(canvas: SlideCanvas) -> None:
    """Open actions by due date, then the done ones; internally with the "shared" column and
    the next steps of recent interactions in the notes."""
    ctx = canvas.ctx
    title = ctx.t("section.actions_client" if ctx.client else "deck.actions_next_steps")
    actions = sorted(ctx.plan.actions, key=_action_order)
    columns = [
        Column(ctx.t("col.action"), 0.46, lines=2),
        Column(ctx.t("col.owner"), 0.2),
        Column(ctx.t("col.due"), 0.14, align=PP_ALIGN.RIGHT),
        Column(ctx.t("col.status"), 0.14),
    ]
    if not ctx.client:
        columns.append(Column(ctx.t("col.shared"), 0.1))
    per_slide = min(ACTIONS_PER_SLIDE, rows_that_fit(canvas.area.height, columns))
    parts = chunks(actions, per_slide)
    steps = [f"{ctx.fmt.date(i.date)}: {i.next_steps}" for i in
             sorted(ctx.plan.interactions, key=lambda i: i.date, reverse=True)
             if i.next_steps.strip()]
    for number, part in enumerate(parts, start=1):
        slide = canvas.new_slide(numbered(title, number, len(parts)))
        if not part:
            canvas.text(slide, canvas.area, [Run(ctx.t("empty.section"))])
        else:
            rows = []
            for action in part:
                row = [Cell(action.title, sub=action.goal or ""), Cell(action.owner or "—"),
                       Cell(ctx.fmt.short_date(action.due)), _action_status(ctx, action)]
                if not ctx.client:
                    row.append(Cell(ctx.t("yes") if action.shared_with_client else "—"))
                rows.append(row)
            add_table(slide, canvas.area, columns, rows)
        notes = [
            f"• {a.title} — {a.owner or '—'} — {ctx.fmt.date(a.due)}"
            + (f" — {ctx.t('col.goal')}: {a.goal}" if a.goal else "")
            for a in part
        ]
        if number == len(parts) and steps:
            notes += [ctx.t("col.next_steps"), *steps]
        canvas.set_notes(slide, notes)
