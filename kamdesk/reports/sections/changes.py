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


def grouped(ctx: RenderContext, limit: int | None = None) -> list[tuple[str, list[str]]]:
    """Each kind of change that happened: its title and up to ``limit`` lines ("+n more")."""
    changes = ctx.plan.changes_since_last_review
    if not changes:
        return []
    keys = [k for k in _KNOWN if changes.get(k)]
    keys += [k for k in changes if k not in _KNOWN and changes.get(k)]
    groups = []
    for key in keys:
        value = changes[key]
        items = list(value) if isinstance(value, list | tuple) else [value]
        title = ctx.t(f"changes.{key}") if key in _KNOWN else str(key)
        shown = items if limit is None else items[:limit]
        lines = [describe(ctx, key, item) for item in shown]
        if len(items) > len(shown):
            lines.append(ctx.t("more", count=len(items) - len(shown)))
        groups.append((title, lines))
    return groups


def build(ctx: RenderContext) -> list[Flowable]:
    """The changes section (internal only)."""
    story = heading(ctx, "changes", ctx.t("section.changes"))
    groups = grouped(ctx, MAX_ITEMS)
    if not groups:
        return [*story, empty_line(ctx, "empty.changes")]
    for title, lines in groups:
        story += [subheading(ctx, title), *bullets(ctx, lines, limit=300)]
    return story
