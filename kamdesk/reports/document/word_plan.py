"""The plan itself: needs and our response, SWOT, goals (customer-facing first) and the
action plan — the same content as the PDF's sections, in editable Word tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from docx.document import Document as DocumentType

from kamdesk.domain.enums import GoalKind, Priority, SwotKind
from kamdesk.domain.plan import ActionEntry, GoalEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import Text, bullets, data_table, empty, heading
from kamdesk.reports.styles import ACCENT, GREEN, GREY, RED, STATUS_COLOURS

_PRIORITY = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_SWOT = (SwotKind.STRENGTH, SwotKind.WEAKNESS, SwotKind.OPPORTUNITY, SwotKind.THREAT)


def build_needs(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """Needs and pain points, highest priority first."""
    heading(doc, ctx.t("section.needs"))
    needs = sorted(ctx.plan.needs, key=lambda n: _PRIORITY.get(n.priority, 9))
    if not needs:
        empty(doc, ctx)
        return
    data_table(doc, [ctx.t("col.need"), ctx.t("col.priority"), ctx.t("col.our_response")],
               [[Text(n.title, sub=n.description, bold=True), ctx.label(n.priority),
                 n.our_response] for n in needs], [0.42, 0.12, 0.46], total=width)


def build_swot(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The SWOT analysis as four headed lists (Word reflows them; no grid needed)."""
    heading(doc, ctx.t("section.swot"))
    items = {kind: [e.text for e in ctx.plan.swot if e.kind == kind] for kind in _SWOT}
    if not any(items.values()):
        empty(doc, ctx)
        return
    for kind in _SWOT:
        heading(doc, ctx.label(kind), 2)
        if items[kind]:
            bullets(doc, items[kind])
        else:
            empty(doc, ctx)


def _value(ctx: RenderContext, value: Decimal | None, unit: str) -> str:
    return "—" if value is None else f"{ctx.fmt.number(value)} {unit}".strip()


def goal_measure(ctx: RenderContext, goal: GoalEntry) -> str:
    """"Unplanned downtime ↓  40 h → 10 h": metric, direction, baseline and target."""
    arrow = "↑" if goal.direction.value == "increase" else "↓"
    return (f"{goal.metric} {arrow}  {_value(ctx, goal.baseline, goal.unit)} → "
            f"{_value(ctx, goal.target, goal.unit)}")


def _goal_rows(ctx: RenderContext, goals: list[GoalEntry]) -> list[list[Text | str]]:
    rows: list[list[Text | str]] = []
    for goal in sorted(goals, key=lambda g: g.due):
        colour = STATUS_COLOURS.get(goal.status, ACCENT)
        current = _value(ctx, goal.current, goal.unit)
        progress = ctx.fmt.percent(goal.progress) if goal.progress is not None else "—"
        sub = goal_measure(ctx, goal)
        latest = goal.updates[-1] if goal.updates else None
        if latest is not None and latest.note.strip():
            sub += " — " + ctx.t("goals.latest_update", date=ctx.fmt.short_date(latest.date),
                                 note=latest.note)
        rows.append([
            Text(goal.title, sub=sub, bold=True),
            Text(goal.owner or "—", sub=ctx.t("goals.due", date=ctx.fmt.date(goal.due))),
            Text(f"{current} · {progress}"),
            Text(ctx.label(goal.status), bold=True, colour=colour),
        ])
    return rows


def build_goals(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The goals; the client version only has customer-facing goals."""
    heading(doc, ctx.t("section.goals_client" if ctx.client else "section.goals"))
    header = [ctx.t("col.goal"), ctx.t("col.owner"), ctx.t("col.progress"), ctx.t("col.status")]
    shares = [0.47, 0.19, 0.19, 0.15]
    customer = [g for g in ctx.plan.goals if g.kind == GoalKind.CUSTOMER]
    internal = [g for g in ctx.plan.goals if g.kind == GoalKind.INTERNAL]
    if ctx.client:
        if customer:
            data_table(doc, header, _goal_rows(ctx, customer), shares, total=width)
        else:
            empty(doc, ctx)
        return
    if not customer and not internal:
        empty(doc, ctx)
        return
    for msgid, group in (("goals.customer", customer), ("goals.internal", internal)):
        heading(doc, ctx.t(msgid), 2)
        if group:
            data_table(doc, header, _goal_rows(ctx, group), shares, total=width)
        else:
            empty(doc, ctx)


def _order(action: ActionEntry) -> tuple[bool, dt.date]:
    return (action.done, action.due or dt.date.max)


def _status(ctx: RenderContext, action: ActionEntry) -> Text:
    if action.done:
        return Text(ctx.t("col.done"), bold=True, colour=GREEN)
    if action.overdue:
        return Text(ctx.t("overdue"), bold=True, colour=RED)
    return Text(ctx.label("open", kind="OpportunityStatus"), bold=True, colour=GREY)


def build_actions(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The action plan; the client version only holds actions shared with the client."""
    heading(doc, ctx.t("section.actions_client" if ctx.client else "section.actions"))
    actions = sorted(ctx.plan.actions, key=_order)
    if not actions:
        empty(doc, ctx)
        return
    header = [ctx.t("col.action"), ctx.t("col.goal"), ctx.t("col.owner"), ctx.t("col.due"),
              ctx.t("col.status")]
    shares = [0.38, 0.22, 0.15, 0.12, 0.13]
    rows: list[list[Text | str]] = []
    for action in actions:
        row: list[Text | str] = [action.title, action.goal or "—", action.owner or "—",
                                 ctx.fmt.short_date(action.due), _status(ctx, action)]
        if not ctx.client:
            row.append(ctx.t("yes") if action.shared_with_client else "—")
        rows.append(row)
    if not ctx.client:
        header.append(ctx.t("col.shared"))
        shares = [0.34, 0.2, 0.14, 0.11, 0.13, 0.08]
    data_table(doc, header, rows, shares, total=width)
