"""Every text field of an account plan replaced by a unique marker, and where each one may go.

``mark_texts`` walks the plan's dataclasses generically (``dataclasses.fields`` and the
type hints), so a text field added to the plan later gets a marker without anyone
remembering this file. ``client_outcome`` is the test's own statement of the rule in
``kamdesk.domain.plan_audience``: for each marked field, whether the client version prints
it, keeps it in its data without printing it, or drops it. A field nobody has decided on is
expected to be dropped, so a new field that reaches the client PDF fails the test.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import re
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

from kamdesk.domain.enums import GoalKind, ReviewKind
from kamdesk.domain.plan import (
    AccountPlan,
    AccountProfile,
    ActionEntry,
    GoalEntry,
    InteractionEntry,
    PlanMeta,
    ReviewEntry,
    StakeholderEntry,
    TeamEntry,
)
from kamdesk.reports.sections.profile import MAX_INTERACTIONS

MARKER = re.compile(r"Qx\d{5}x")

# Codes the renderer must be able to read (a currency for money, a locale): not free text.
CODES = {(PlanMeta, "currency"), (PlanMeta, "locale")}

PRINTED = "printed"
KEPT = "kept"  # in the client view's data, not on its pages (allowed, like an org line)
DROPPED = "dropped"

# The client's own profile: it prints on the client's table.
THEIR_PROFILE = {
    "name", "legal_name", "industry", "street", "postal_code", "city", "country",
    "time_zone", "website", "business_plan", "target_audience", "usp",
}


@dataclasses.dataclass(frozen=True)
class MarkedField:
    """Where one marker sits: the dataclass that holds it and the field's name."""

    marker: str
    holder: Any
    field: str


def _allows_text(hint: Any) -> bool:
    if hint is str:
        return True
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return any(_allows_text(arg) for arg in typing.get_args(hint))
    return False


def _allows_mapping(hint: Any) -> bool:
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return any(typing.get_origin(option) is Mapping for option in options)


def _tuple_of_text(hint: Any) -> bool:
    return typing.get_origin(hint) is tuple and typing.get_args(hint)[:1] == (str,)


def mark_texts(value: Any, counter: Iterator[int] | None = None) -> Any:
    """A copy of ``value`` with every text field, also empty or None ones, set to a marker."""
    counter = counter if counter is not None else itertools.count(1)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    hints = typing.get_type_hints(type(value))
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        hint = hints[field.name]
        if (type(value), field.name) in CODES or isinstance(current, enum.Enum):
            continue
        if _allows_text(hint) and (current is None or isinstance(current, str)):
            changes[field.name] = _next(counter)
        elif _tuple_of_text(hint):
            # An empty list of names gets one, so the field is exercised in every plan.
            changes[field.name] = tuple(_next(counter) for _ in current or ("",))
        elif isinstance(current, tuple):
            changes[field.name] = tuple(mark_texts(item, counter) for item in current)
        elif isinstance(current, Mapping) or (current is None and _allows_mapping(hint)):
            changes[field.name] = {"note": _next(counter)}
        elif dataclasses.is_dataclass(current):
            changes[field.name] = mark_texts(current, counter)
    return dataclasses.replace(value, **changes)


def _next(counter: Iterator[int]) -> str:
    return f"Qx{next(counter):05d}x"


def marked_fields(value: Any) -> Iterator[MarkedField]:
    """Every marker in a marked plan, with the dataclass holding it."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        texts = current if isinstance(current, tuple) else (current,)
        for item in texts:
            if isinstance(item, str) and MARKER.fullmatch(item):
                yield MarkedField(item, value, field.name)
            elif isinstance(item, Mapping):
                for text in item.values():
                    if isinstance(text, str) and MARKER.fullmatch(text):
                        yield MarkedField(text, value, field.name)
            else:
                yield from marked_fields(item)


def client_outcome(spot: MarkedField, plan: AccountPlan) -> str:
    """Whether the client version prints, keeps or drops the text at ``spot``."""
    holder, name = spot.holder, spot.field
    if isinstance(holder, PlanMeta):
        return PRINTED if name in ("company_name", "kam") else DROPPED
    if isinstance(holder, AccountProfile):
        if name in THEIR_PROFILE:
            return PRINTED
        return KEPT if name == "owner" else DROPPED  # our KAM's name is no secret
    if isinstance(holder, StakeholderEntry):
        if holder.left is not None:
            return DROPPED
        if name in ("name", "title", "department"):
            return PRINTED
        return KEPT if name == "reports_to" else DROPPED
    if isinstance(holder, InteractionEntry):
        if not holder.shared_with_client:
            return DROPPED
        shared = [i for i in plan.interactions if i.shared_with_client]
        newest = sorted(shared, key=lambda i: i.date, reverse=True)[:MAX_INTERACTIONS]
        return PRINTED if any(i is holder for i in newest) else KEPT
    if isinstance(holder, ReviewEntry):
        shared = holder.shared_with_client and holder.kind == ReviewKind.CLIENT
        return PRINTED if shared else DROPPED
    if isinstance(holder, GoalEntry):
        customer = holder.kind == GoalKind.CUSTOMER
        return PRINTED if customer and name in ("title", "metric", "unit", "owner") else DROPPED
    if isinstance(holder, ActionEntry):
        if not holder.shared_with_client:
            return DROPPED
        if name == "goal":
            customer_goals = {g.title for g in plan.goals if g.kind == GoalKind.CUSTOMER}
            return PRINTED if holder.goal in customer_goals else DROPPED
        return PRINTED if name in ("title", "owner") else DROPPED
    if isinstance(holder, TeamEntry):
        return PRINTED  # the "your team" page: who does what for the client
    return DROPPED  # competitors, needs, SWOT, links, buying centers, whitespace, …


def expected_markers(plan: AccountPlan) -> dict[str, set[str]]:
    """The markers of a marked plan, grouped by what the client version does with them."""
    groups: dict[str, set[str]] = {PRINTED: set(), KEPT: set(), DROPPED: set()}
    for spot in marked_fields(plan):
        groups[client_outcome(spot, plan)].add(spot.marker)
    return groups


def found_markers(text: str) -> set[str]:
    """The markers in a piece of text."""
    return set(MARKER.findall(text))
