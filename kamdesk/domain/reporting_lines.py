"""Reports-to lines between an account's stakeholders: cycle checks, tops and subordinates.

The lines are given as a mapping ``person -> manager`` (``None`` for nobody). Data typed in
by hand or imported from a customer's spreadsheet can already be wrong – a manager who is
not a stakeholder, or a loop such as A → B → A – so every function here terminates on such
data instead of walking round a loop forever.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

__all__ = ["as_forest", "descendants", "roots", "would_create_cycle"]


def would_create_cycle(parent_of: Mapping[K, K | None], person: K, new_manager: K | None) -> bool:
    """Tell whether making ``new_manager`` the manager of ``person`` would close a loop.

    A person reporting to themselves counts as a loop. Only the new line matters: a loop that
    already exists elsewhere in ``parent_of`` (and does not pass through ``person``) is not
    reported, because this change neither creates nor can fix it.
    """
    if new_manager is None:
        return False
    seen: set[K] = set()
    current: K | None = new_manager
    while current is not None and current not in seen:
        if current == person:
            return True
        seen.add(current)
        # A manager missing from the mapping ends the line: nobody is above them.
        current = parent_of.get(current)
    # Either the top was reached, or a pre-existing loop that does not contain `person`.
    return False


def as_forest(parent_of: Mapping[K, K | None]) -> dict[K, K | None]:
    """Return the reporting lines with bad lines cut, so that they form a forest.

    A line to a manager who is not a key of ``parent_of`` is cut (the person becomes a top).
    Every loop is cut once, at the member of the loop that comes first in the mapping's
    iteration order, so that the rest of the loop still hangs under it; callers wanting a
    stable result pass the mapping in a stable order. The result keeps the mapping's order.
    """
    position = {key: index for index, key in enumerate(parent_of)}
    forest: dict[K, K | None] = {
        key: (parent if parent is not None and parent in position else None)
        for key, parent in parent_of.items()
    }
    # 0 = not visited, 1 = on the current walk, 2 = known to reach a top.
    state: dict[K, int] = dict.fromkeys(forest, 0)
    for start in forest:
        if state[start]:
            continue
        path: list[K] = []
        current: K | None = start
        while current is not None and state[current] == 0:
            state[current] = 1
            path.append(current)
            current = forest[current]
        if current is not None and state[current] == 1:
            # The walk came back onto itself: `current` starts the loop within `path`.
            loop = path[path.index(current) :]
            forest[min(loop, key=position.__getitem__)] = None
        for key in path:
            state[key] = 2
    return forest


def roots(parent_of: Mapping[K, K | None]) -> list[K]:
    """Return the people at the top of the reporting lines, in the mapping's order.

    A top is a person with no manager, with a manager who is not in the mapping, or the
    member at which a loop is cut (see :func:`as_forest`), so that every person is below
    exactly one top.
    """
    return [key for key, parent in as_forest(parent_of).items() if parent is None]


def descendants(parent_of: Mapping[K, K | None], person: K) -> set[K]:
    """Return everybody who reports to ``person`` directly or indirectly, without ``person``.

    The raw lines are followed (no loop is cut), so if ``person`` is in a loop the other
    members of the loop are among their descendants: exactly the people who may not become
    ``person``'s manager.
    """
    reports: dict[K, list[K]] = {}
    for key, parent in parent_of.items():
        if parent is not None:
            reports.setdefault(parent, []).append(key)
    found: set[K] = set()
    stack = list(reports.get(person, ()))
    while stack:
        current = stack.pop()
        if current == person or current in found:
            continue
        found.add(current)
        stack.extend(reports.get(current, ()))
    return found
