"""The action plan: open actions by due date, then the done ones."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from kamdesk.domain.plan import ActionEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import StatusBadge
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.styles import GREEN, GREY, RED
from kamdesk.reports.tables import Cell, cell, data_table, fixed


def _order(action: ActionEntry) -> tuple[bool, dt.date]:
    return (action.done, action.due or dt.date.max)


def _status(ctx: RenderContext, action: ActionEntry) -> Cell:
    if action.done:
        return StatusBadge(ctx.t("col.done"), GREEN)
    if action.overdue:
        return StatusBadge(ctx.t("overdue"), RED)
    return StatusBadge(ctx.label("open", kind="OpportunityStatus"), GREY)


def build(ctx: RenderContext) -> list[Flowable]:
    """The action section; the client version only holds actions shared with the client."""
    title = ctx.t("section.actions_client" if ctx.client else "section.actions")
    story = heading(ctx, "actions", title)
    actions = sorted(ctx.plan.actions, key=_order)
    if not actions:
        return [*story, empty_line(ctx)]
    header = [
        ctx.t("col.action"),
        ctx.t("col.goal"),
        ctx.t("col.owner"),
        ctx.t("col.due"),
        ctx.t("col.status"),
    ]
    widths = [0.38, 0.22, 0.15, 0.12, 0.13]
    rows: list[list[Cell]] = []
    for action in actions:
        row: list[Cell] = [
            cell(ctx, action.title),
            cell(ctx, action.goal or "—", limit=160),
            cell(ctx, action.owner or "—", limit=80),
            fixed(ctx, ctx.fmt.short_date(action.due)),
            _status(ctx, action),
        ]
        if not ctx.client:
            row.append(fixed(ctx, ctx.t("yes") if action.shared_with_client else "—"))
        rows.append(row)
    if not ctx.client:
        header.append(ctx.t("col.shared"))
        widths = [0.34, 0.2, 0.14, 0.11, 0.13, 0.08]
    story.append(data_table(ctx, header, rows, widths))
    return story
