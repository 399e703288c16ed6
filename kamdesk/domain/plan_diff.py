"""What changed between two plan snapshots ("since last review").

Both inputs are plan dictionaries as ``kamdesk plan --format json`` writes them; any
section may be missing, and a missing section counts as empty. Items are matched by
``name`` (stakeholders) or ``title`` (goals, actions, opportunities); items sharing a name
are paired by their order of appearance. Revenue rows are matched by (year, quarter).
Items without a name or title cannot be matched and are ignored.

Reported:

* stakeholders added (present now, not left, and absent or left before) and gone
  (present and not left before, now removed or left); attitude and influence changes of
  stakeholders present and not left in both;
* goals added and removed, and goal progress for goals in both whose current value or
  status changed;
* actions new, and actions closed (open before, now done or removed);
* revenue quarters present now that were absent before or whose actual or plan differs;
* new opportunities and opportunity status changes.

Values are passed through as JSON scalars: Decimals become strings, dates ISO strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

JsonScalar = str | int | float | bool | None


def _scalar(value: Any) -> JsonScalar:
    """``value`` as a JSON scalar, so the result serialises whatever the input held."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class StakeholderRef:
    """A stakeholder who arrived or went; ``reason`` is "left" or "removed" for gone ones."""

    name: str
    title: JsonScalar = None
    department: JsonScalar = None
    reason: str | None = None


@dataclass(frozen=True)
class ValueChange:
    """One field of a named item that changed from ``before`` to ``after``."""

    name: str
    before: JsonScalar
    after: JsonScalar


@dataclass(frozen=True)
class GoalProgress:
    """A goal whose current value or status moved."""

    title: str
    current_before: JsonScalar
    current_after: JsonScalar
    status_before: JsonScalar
    status_after: JsonScalar


@dataclass(frozen=True)
class ClosedAction:
    """An action closed since last time: marked done, or removed from the plan."""

    title: str
    removed: bool


@dataclass(frozen=True)
class RevenueChange:
    """A revenue quarter that is new or whose figures differ (``*_before`` None if new)."""

    year: JsonScalar
    quarter: JsonScalar
    actual_before: JsonScalar
    actual_after: JsonScalar
    plan_before: JsonScalar
    plan_after: JsonScalar
    is_new: bool


@dataclass(frozen=True)
class OpportunityRef:
    """A new opportunity."""

    title: str
    value: JsonScalar
    status: JsonScalar
    stage: JsonScalar


@dataclass(frozen=True)
class PlanChanges:
    """Everything that changed between two plan snapshots."""

    stakeholders_added: tuple[StakeholderRef, ...] = ()
    stakeholders_gone: tuple[StakeholderRef, ...] = ()
    attitude_changes: tuple[ValueChange, ...] = ()
    influence_changes: tuple[ValueChange, ...] = ()
    goals_added: tuple[str, ...] = ()
    goals_removed: tuple[str, ...] = ()
    goal_progress: tuple[GoalProgress, ...] = ()
    actions_new: tuple[str, ...] = ()
    actions_closed: tuple[ClosedAction, ...] = ()
    revenue_changes: tuple[RevenueChange, ...] = ()
    opportunities_new: tuple[OpportunityRef, ...] = ()
    opportunity_status_changes: tuple[ValueChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not any(getattr(self, f.name) for f in fields(self))

    def to_json(self) -> dict[str, list[Any]]:
        """The changes as plain JSON types: a dict of lists of strings or dicts."""
        return {
            f.name: [
                item if isinstance(item, str) else asdict(item) for item in getattr(self, f.name)
            ]
            for f in fields(self)
        }


_Index = dict[tuple[str, int], Mapping[str, Any]]


def _items(plan: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    """The dict items of a plan section; a missing or malformed section is empty."""
    items = plan.get(section)
    if not isinstance(items, Sequence) or isinstance(items, str):
        return []
    return [item for item in items if isinstance(item, Mapping)]


def _index(items: Sequence[Mapping[str, Any]], name_field: str) -> _Index:
    """Items keyed by (name, occurrence), in input order; unnamed items are dropped."""
    seen: dict[str, int] = {}
    index: _Index = {}
    for item in items:
        name = item.get(name_field)
        if not isinstance(name, str) or not name:
            continue
        occurrence = seen.get(name, 0)
        seen[name] = occurrence + 1
        index[name, occurrence] = item
    return index


def _left(stakeholder: Mapping[str, Any]) -> bool:
    """Whether the stakeholder has left (``left`` holds a date or True)."""
    return bool(stakeholder.get("left"))


def _differs(before: Mapping[str, Any], after: Mapping[str, Any], key: str) -> bool:
    return _scalar(before.get(key)) != _scalar(after.get(key))


def _stakeholder_ref(item: Mapping[str, Any], name: str, reason: str | None) -> StakeholderRef:
    return StakeholderRef(name, _scalar(item.get("title")), _scalar(item.get("department")), reason)


def _stakeholder_changes(previous: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """Added, gone, attitude and influence changes of stakeholders."""
    before = _index(_items(previous, "stakeholders"), "name")
    after = _index(_items(current, "stakeholders"), "name")
    was_here = {k for k, v in before.items() if not _left(v)}
    is_here = {k for k, v in after.items() if not _left(v)}
    added = [_stakeholder_ref(v, k[0], None) for k, v in after.items() if k in is_here - was_here]
    gone = [
        _stakeholder_ref(v, k[0], "left" if k in after else "removed")
        for k, v in before.items()
        if k in was_here - is_here
    ]
    stayed = [k for k in after if k in is_here & was_here]
    changes: dict[str, list[ValueChange]] = {"attitude": [], "influence": []}
    for key, changed in changes.items():
        changed.extend(
            ValueChange(k[0], _scalar(before[k].get(key)), _scalar(after[k].get(key)))
            for k in stayed
            if _differs(before[k], after[k], key)
        )
    return {
        "stakeholders_added": tuple(added),
        "stakeholders_gone": tuple(gone),
        "attitude_changes": tuple(changes["attitude"]),
        "influence_changes": tuple(changes["influence"]),
    }


def _goal_changes(previous: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """Goals added, removed, and progress of goals in both snapshots."""
    before = _index(_items(previous, "goals"), "title")
    after = _index(_items(current, "goals"), "title")
    progress = [
        GoalProgress(
            k[0],
            _scalar(before[k].get("current")),
            _scalar(goal.get("current")),
            _scalar(before[k].get("status")),
            _scalar(goal.get("status")),
        )
        for k, goal in after.items()
        if k in before
        and (_differs(before[k], goal, "current") or _differs(before[k], goal, "status"))
    ]
    return {
        "goals_added": tuple(k[0] for k in after if k not in before),
        "goals_removed": tuple(k[0] for k in before if k not in after),
        "goal_progress": tuple(progress),
    }


def _action_changes(previous: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """Actions new since last time and actions closed since then."""
    before = _index(_items(previous, "actions"), "title")
    after = _index(_items(current, "actions"), "title")
    closed = [
        ClosedAction(k[0], removed=k not in after)
        for k, action in before.items()
        if not action.get("done") and (k not in after or after[k].get("done"))
    ]
    return {
        "actions_new": tuple(k[0] for k in after if k not in before),
        "actions_closed": tuple(closed),
    }


def _revenue_changes(previous: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """Revenue quarters that are new or changed, in the order of the current plan."""
    before = {
        (_scalar(row.get("year")), _scalar(row.get("quarter"))): row
        for row in _items(previous, "revenue")
    }
    changes = []
    for row in _items(current, "revenue"):
        period = (_scalar(row.get("year")), _scalar(row.get("quarter")))
        old = before.get(period)
        if old is not None and not (_differs(old, row, "actual") or _differs(old, row, "plan")):
            continue
        changes.append(
            RevenueChange(
                period[0],
                period[1],
                None if old is None else _scalar(old.get("actual")),
                _scalar(row.get("actual")),
                None if old is None else _scalar(old.get("plan")),
                _scalar(row.get("plan")),
                is_new=old is None,
            )
        )
    return {"revenue_changes": tuple(changes)}


def _opportunity_changes(previous: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """New opportunities and status changes of known ones."""
    before = _index(_items(previous, "opportunities"), "title")
    after = _index(_items(current, "opportunities"), "title")
    new = [
        OpportunityRef(
            k[0], _scalar(o.get("value")), _scalar(o.get("status")), _scalar(o.get("stage"))
        )
        for k, o in after.items()
        if k not in before
    ]
    status_changes = [
        ValueChange(k[0], _scalar(before[k].get("status")), _scalar(o.get("status")))
        for k, o in after.items()
        if k in before and _differs(before[k], o, "status")
    ]
    return {
        "opportunities_new": tuple(new),
        "opportunity_status_changes": tuple(status_changes),
    }


def changes_since(previous: Mapping[str, Any], current: Mapping[str, Any]) -> PlanChanges:
    """What changed from the ``previous`` plan snapshot to the ``current`` one."""
    return PlanChanges(
        **_stakeholder_changes(previous, current),
        **_goal_changes(previous, current),
        **_action_changes(previous, current),
        **_revenue_changes(previous, current),
        **_opportunity_changes(previous, current),
    )
