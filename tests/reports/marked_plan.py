"""A plan whose every free-text field holds a unique marker, for the client-safety tests.

The markers that may appear in a client document are exactly those still present in
``client_view(plan)``: the test compares with that instead of a list of its own, so it
keeps working when the client rule tightens (a field ``client_view`` starts to clear drops
out of the allowed set by itself).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from plan_factory import rich_plan

from kamdesk.domain.plain_json import dumps
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.plan_audience import client_view

MARKER = re.compile(r"MQ\d{3}Z")
# Codes and settings, not free text: a marker there would break formatting, not test it.
_NOT_TEXT = {"currency", "locale", "freshness", "gaps"}


class _Marker:
    """Hands out one marker per distinct original text, so references between entries (an
    action naming its goal, a cell naming its unit) keep pointing at each other."""

    def __init__(self) -> None:
        self.given: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if text not in self.given:
            self.given[text] = f"MQ{len(self.given) + 1:03d}Z"
        return self.given[text]


def _mark(value: Any, marker: _Marker, field: str = "") -> Any:
    if field in _NOT_TEXT:
        return value
    if isinstance(value, Enum) or value is None:
        return value
    if isinstance(value, str):
        return marker(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _mark(getattr(value, f.name), marker, f.name)
                   for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_mark(item, marker) for item in value)
    if isinstance(value, list):
        return [_mark(item, marker) for item in value]
    if isinstance(value, Mapping):
        return {key: _mark(item, marker, str(key)) for key, item in value.items()}
    return value


def marked_plan(base: AccountPlan | None = None) -> AccountPlan:
    """``base`` (the rich plan) with every text replaced by a marker ``MQnnnZ``."""
    return _mark(base or rich_plan(), _Marker())  # type: ignore[no-any-return]


def markers_in(text: str) -> set[str]:
    """The markers found in ``text``."""
    return set(MARKER.findall(text))


def client_markers(plan: AccountPlan) -> set[str]:
    """The markers the client's view of the plan still holds: all a client file may show."""
    return markers_in(dumps(client_view(plan)))
