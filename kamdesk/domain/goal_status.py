"""A measurable goal's progress and its status, derived from progress against elapsed time.

Definitions:

* progress = (current − baseline) / (target − baseline): the fraction of the way from
  baseline to target. It works for both directions (for a decreasing metric both
  differences are negative) and may be below 0 (moved the wrong way) or above 1.
* elapsed = (today − start) / (due − start), clamped to 0–1. A goal whose due date equals
  its start date is fully elapsed from that day on (no division by zero).
* current = the value of the latest update dated on or before today; updates dated in
  the future are ignored.

Status rule, first match wins:

1. ACHIEVED when current has reached the target: ≥ target for an increasing metric,
   ≤ target for a decreasing one. An achieved goal is never overdue.
2. OVERDUE when the due date is before today. Due today is not yet overdue.
3. With a current value: ON_TRACK when progress ≥ elapsed − 0.10, AT_RISK when
   progress ≥ elapsed − 0.25, otherwise OFF_TRACK.
4. Without any update yet: ON_TRACK while elapsed < 0.25, AT_RISK while elapsed ≤ 0.50,
   OFF_TRACK after that — silence is tolerated early on, not for half the time.

A goal definition is invalid (ValueError) when target equals baseline (there is no way to
go), when the target lies on the wrong side of the baseline for the direction, or when the
due date is before the start date. Callers refuse such input when it is entered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from kamdesk.domain.enums import Direction, GoalStatus

FRACTION_PLACES = Decimal("0.0001")
ON_TRACK_TOLERANCE = Decimal("0.10")
AT_RISK_TOLERANCE = Decimal("0.25")
# Without updates: how much of the time may pass before silence becomes a risk, then a problem.
SILENT_ON_TRACK_UNTIL = Decimal("0.25")
SILENT_AT_RISK_UNTIL = Decimal("0.50")


@dataclass(frozen=True)
class GoalAssessment:
    """Everything the status was derived from, for display next to the status badge."""

    current: Decimal | None
    progress: Decimal | None  # rounded to four places; None without updates
    elapsed: Decimal  # rounded to four places, 0–1
    status: GoalStatus


def check_goal_definition(
    direction: Direction, baseline: Decimal, target: Decimal, start: date, due: date
) -> None:
    """Raise ValueError with a clear message if the goal cannot be tracked as defined."""
    if target == baseline:
        raise ValueError("a goal's target must differ from its baseline")
    if direction is Direction.INCREASE and target < baseline:
        raise ValueError("an increasing goal needs a target above its baseline")
    if direction is Direction.DECREASE and target > baseline:
        raise ValueError("a decreasing goal needs a target below its baseline")
    if due < start:
        raise ValueError("a goal's due date cannot be before its start date")


def _raw_progress(baseline: Decimal, target: Decimal, current: Decimal) -> Decimal:
    """Unrounded progress, so that status thresholds are compared exactly."""
    return (current - baseline) / (target - baseline)


def goal_progress(
    direction: Direction, baseline: Decimal, target: Decimal, current: Decimal | None
) -> Decimal | None:
    """Fraction of the way from baseline to target (four places); None without a value."""
    if target == baseline:
        raise ValueError("a goal's target must differ from its baseline")
    if (direction is Direction.INCREASE) != (target > baseline):
        raise ValueError(f"the target lies on the wrong side of the baseline for {direction}")
    if current is None:
        return None
    return _raw_progress(baseline, target, current).quantize(
        FRACTION_PLACES, rounding=ROUND_HALF_EVEN
    )


def elapsed_fraction(start: date, due: date, today: date) -> Decimal:
    """Share of the goal's time that has passed, clamped to 0–1 (unrounded)."""
    if today >= due:
        # Checked first so that a zero-length goal (due == start) is fully elapsed on its day.
        return Decimal(1)
    if today <= start:
        return Decimal(0)
    return Decimal((today - start).days) / Decimal((due - start).days)


def latest_value(updates: Mapping[date, Decimal], today: date) -> Decimal | None:
    """The value of the latest update dated on or before ``today``."""
    known = [day for day in updates if day <= today]
    return updates[max(known)] if known else None


def _is_achieved(direction: Direction, target: Decimal, current: Decimal) -> bool:
    """Whether ``current`` has reached ``target`` in the goal's direction."""
    if direction is Direction.INCREASE:
        return current >= target
    return current <= target


def assess_goal(
    direction: Direction,
    baseline: Decimal,
    target: Decimal,
    start: date,
    due: date,
    updates: Mapping[date, Decimal],
    today: date,
) -> GoalAssessment:
    """The goal's current value, progress, elapsed time and status (rule in the module doc)."""
    check_goal_definition(direction, baseline, target, start, due)
    current = latest_value(updates, today)
    elapsed = elapsed_fraction(start, due, today)
    progress = None if current is None else _raw_progress(baseline, target, current)

    status: GoalStatus
    if current is not None and _is_achieved(direction, target, current):
        status = GoalStatus.ACHIEVED
    elif due < today:
        status = GoalStatus.OVERDUE
    elif progress is None:
        if elapsed < SILENT_ON_TRACK_UNTIL:
            status = GoalStatus.ON_TRACK
        elif elapsed <= SILENT_AT_RISK_UNTIL:
            status = GoalStatus.AT_RISK
        else:
            status = GoalStatus.OFF_TRACK
    elif progress >= elapsed - ON_TRACK_TOLERANCE:
        status = GoalStatus.ON_TRACK
    elif progress >= elapsed - AT_RISK_TOLERANCE:
        status = GoalStatus.AT_RISK
    else:
        status = GoalStatus.OFF_TRACK

    return GoalAssessment(
        current=current,
        progress=(
            None if progress is None else progress.quantize(FRACTION_PLACES, ROUND_HALF_EVEN)
        ),
        elapsed=elapsed.quantize(FRACTION_PLACES, rounding=ROUND_HALF_EVEN),
        status=status,
    )


def goal_status(
    direction: Direction,
    baseline: Decimal,
    target: Decimal,
    start: date,
    due: date,
    updates: Mapping[date, Decimal],
    today: date,
) -> GoalStatus:
    """The goal's status on ``today`` from its dated updates (rule in the module doc)."""
    return assess_goal(direction, baseline, target, start, due, updates, today).status
