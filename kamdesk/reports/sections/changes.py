"""What changed since the last review, from ``plan.changes_since_last_review``.

The mapping is :meth:`kamdesk.domain.plan_diff.PlanChanges.to_json` output: lists of
strings or of small dicts. Known keys get translated headings and sentences; anything
unexpected is still printed (as "key: value" pairs), never dropped and never a crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable

from kamdesk.reports.context import RenderContext
from kamdesk.reports.sections.common import bullets, empty_line, heading, subheading

MAX_ITEMS = 25
_KNOWN = (
    "stakeholders_added",
    "stakeholders_gone",
    "attitude_changes",
    "influence_changes",
    "goals_added",
    "goals_removed",
    "goal_progress",
    "actions_new",
    "actions_closed",
    "revenue_changes",
    "opportunities_new",
    "opportunity_status_changes",
)
_ENUM_OF = {"attitude_changes": "Attitude", "opportunity_status_changes": "OpportunityStatus"}


def _show(ctx: RenderContext, value: Any, kind: str | None = None) -> str:
    if value is None or value == "":
        return "—"
    if kind is not None:
        return ctx.label(str(value), kind=kind)
    return str(value)


def describe(ctx: RenderContext, key: str, item: Any) -> str:
    """One change as a line of text."""
    if not isinstance(item, Mapping):
        return str(item)
    name = item.get("name") or item.get("title")
    if key in ("stakeholders_added", "stakeholders_gone"):
        extra = [str(v) for v in (item.get("title"), item.get("department")) if v]
        reason = item.get("reason")
        if reason:
            extra.append(ctx.t("changes.left" if reason == "left" else "changes.removed"))
        return f"{name} ({', '.join(extra)})" if extra else str(name)
    if "before" in item and "after" in item:
        kind = _ENUM_OF.get(key)
        return f"{name}: {_show(ctx, item['before'], kind)} → {_show(ctx, item['after'], kind)}"
    if key == "goal_progress":
        status = (
            f"{_show(ctx, item.get('status_before'), 'GoalStatus')} → "
            f"{_show(ctx, item.get('status_after'), 'GoalStatus')}"
        )
        values = (
            f"{_show(ctx, item.get('current_before'))} → {_show(ctx, item.get('current_after'))}"
        )
        return f"{name}: {values} ({status})"
    if key == "actions_closed":
        return f"{name} ({ctx.t('changes.removed')})" if item.get("removed") else str(name)
    if key == "revenue_changes":
        period = ctx.t("rev.quarter_label", quarter=item.get("quarter"), year=item.get("year"))
        if item.get("is_new"):
            return f"{period}: {_show(ctx, item.get('actual_after'))} ({ctx.t('changes.new')})"
        return (
            f"{period}: {_show(ctx, item.get('actual_before'))} → "
            f"{_show(ctx, item.get('actual_after'))}"
        )
    if key == "opportunities_new":
        return f"{name}: {_show(ctx, item.get('value'))}"
    return ", ".join(f"{k}: {v}" for k, v in item.items())


def build(ctx: RenderContext) -> list[Flowable]:
    """The changes section (internal only)."""
    story = heading(ctx, "changes", ctx.t("section.changes"))
    changes = ctx.plan.changes_since_last_review
    if not changes or not any(changes.values()):
        return [*story, empty_line(ctx, "empty.changes")]
    keys = [k for k in _KNOWN if changes.get(k)]
    keys += [k for k in changes if k not in _KNOWN and changes.get(k)]
    for key in keys:
        value = changes[key]
        items = list(value) if isinstance(value, list | tuple) else [value]
        title = ctx.t(f"changes.{key}") if key in _KNOWN else str(key)
        lines = [describe(ctx, key, item) for item in items[:MAX_ITEMS]]
        if len(items) > MAX_ITEMS:
            lines.append(ctx.t("more", count=len(items) - MAX_ITEMS))
        story += [subheading(ctx, title), *bullets(ctx, lines, limit=300)]
    return story
