"""Goal progress and status: hand-computed progress, every status branch and the edges."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import Direction, GoalStatus
from kamdesk.domain.goal_status import (
    assess_goal,
    check_goal_definition,
    elapsed_fraction,
    goal_progress,
    goal_status,
    latest_value,
)

INC = Direction.INCREASE
DEC = Direction.DECREASE
# A 100-day goal: 1 Jan 2025 to 11 Apr 2025 (31 + 28 + 31 + 10 = 100 days).
START = date(2025, 1, 1)
DUE = date(2025, 4, 11)


def day(n: int) -> date:
    """The day ``n`` days after START."""
    return date.fromordinal(START.toordinal() + n)


def status_inc(current: str | None, today: date) -> GoalStatus:
    """Status of an increase goal 100 → 200 over the 100-day window."""
    updates = {} if current is None else {START: Decimal(current)}
    return goal_status(INC, Decimal(100), Decimal(200), START, DUE, updates, today)


class TestProgress:
    def test_increase_halfway(self) -> None:
        # (150 - 100) / (200 - 100) = 0.5
        assert goal_progress(INC, Decimal(100), Decimal(200), Decimal(150)) == Decimal("0.5")

    def test_decrease_metric(self) -> None:
        # churn 10 % → 4 %, now 8.5 %: (8.5 - 10) / (4 - 10) = -1.5 / -6 = 0.25
        assert goal_progress(DEC, Decimal(10), Decimal(4), Decimal("8.5")) == Decimal("0.25")

    def test_wrong_way_is_negative(self) -> None:
        # (80 - 100) / 100 = -0.2
        assert goal_progress(INC, Decimal(100), Decimal(200), Decimal(80)) == Decimal("-0.2")

    def test_overshoot_above_one(self) -> None:
        # (250 - 100) / 100 = 1.5
        assert goal_progress(INC, Decimal(100), Decimal(200), Decimal(250)) == Decimal("1.5")

    def test_rounded_to_four_places(self) -> None:
        # (1 - 0) / 3 = 0.33333… → 0.3333
        assert goal_progress(INC, Decimal(0), Decimal(3), Decimal(1)) == Decimal("0.3333")

    def test_no_current_value(self) -> None:
        assert goal_progress(INC, Decimal(100), Decimal(200), None) is None

    def test_target_equals_baseline_rejected(self) -> None:
        with pytest.raises(ValueError, match="differ from its baseline"):
            goal_progress(INC, Decimal(5), Decimal(5), Decimal(6))

    def test_direction_contradicting_target_rejected(self) -> None:
        with pytest.raises(ValueError, match="wrong side"):
            goal_progress(DEC, Decimal(5), Decimal(8), Decimal(6))


class TestDefinition:
    def test_valid_goal_passes(self) -> None:
        check_goal_definition(INC, Decimal(1), Decimal(2), START, DUE)

    @pytest.mark.parametrize(
        ("direction", "baseline", "target", "due", "message"),
        [
            (INC, 5, 5, DUE, "differ from its baseline"),
            (INC, 5, 3, DUE, "above its baseline"),
            (DEC, 5, 7, DUE, "below its baseline"),
            (INC, 5, 7, date(2024, 12, 31), "before its start date"),
        ],
    )
    def test_invalid_goals(
        self, direction: Direction, baseline: int, target: int, due: date, message: str
    ) -> None:
        with pytest.raises(ValueError, match=message):
            check_goal_definition(direction, Decimal(baseline), Decimal(target), START, due)

    def test_status_refuses_target_equal_baseline(self) -> None:
        with pytest.raises(ValueError):
            goal_status(INC, Decimal(1), Decimal(1), START, DUE, {}, day(10))


class TestElapsed:
    def test_fraction_of_days(self) -> None:
        # 30 of 100 days
        assert elapsed_fraction(START, DUE, day(30)) == Decimal("0.3")

    def test_before_start_is_zero(self) -> None:
        assert elapsed_fraction(START, DUE, day(-5)) == 0

    def test_after_due_is_one(self) -> None:
        assert elapsed_fraction(START, DUE, day(150)) == 1

    def test_zero_length_goal(self) -> None:
        assert elapsed_fraction(START, START, day(-1)) == 0
        assert elapsed_fraction(START, START, START) == 1


class TestLatestValue:
    def test_latest_on_or_before_today(self) -> None:
        updates = {
            day(1): Decimal(1),
            day(20): Decimal(3),
            day(10): Decimal(2),
            day(40): Decimal(9),
        }
        assert latest_value(updates, day(20)) == 3
        assert latest_value(updates, day(19)) == 2

    def test_only_future_updates(self) -> None:
        assert latest_value({day(5): Decimal(1)}, day(4)) is None


class TestStatus:
    # Thresholds at elapsed 0.5 (day 50): on track from 0.40, at risk from 0.25.
    @pytest.mark.parametrize(
        ("current", "expected"),
        [
            ("140", GoalStatus.ON_TRACK),  # progress 0.40 = 0.50 - 0.10
            ("139", GoalStatus.AT_RISK),  # 0.39 < 0.40
            ("125", GoalStatus.AT_RISK),  # 0.25 = 0.50 - 0.25
            ("124", GoalStatus.OFF_TRACK),  # 0.24
            ("90", GoalStatus.OFF_TRACK),  # -0.10, moved the wrong way
            ("200", GoalStatus.ACHIEVED),  # reached target
            ("230", GoalStatus.ACHIEVED),  # beyond target
        ],
    )
    def test_increase_at_half_time(self, current: str, expected: GoalStatus) -> None:
        assert status_inc(current, day(50)) is expected

    def test_decrease_goal(self) -> None:
        # 10 → 4 over 100 days; at day 50, value 8: (8 - 10) / -6 = 0.3333 → at risk (>= 0.25)
        updates = {day(40): Decimal(8)}
        assert goal_status(DEC, Decimal(10), Decimal(4), START, DUE, updates, day(50)) is (
            GoalStatus.AT_RISK
        )
        # value 7: -3 / -6 = 0.5 → on track
        updates = {day(40): Decimal(7)}
        assert goal_status(DEC, Decimal(10), Decimal(4), START, DUE, updates, day(50)) is (
            GoalStatus.ON_TRACK
        )
        # value 4 or below: achieved
        updates = {day(40): Decimal("3.9")}
        assert goal_status(DEC, Decimal(10), Decimal(4), START, DUE, updates, day(50)) is (
            GoalStatus.ACHIEVED
        )

    def test_decrease_goal_rising_is_not_achieved(self) -> None:
        updates = {day(20): Decimal(12)}
        assert goal_status(DEC, Decimal(10), Decimal(4), START, DUE, updates, day(30)) is (
            GoalStatus.OFF_TRACK  # progress -0.3333 < 0.30 - 0.25
        )

    def test_due_today_is_not_overdue(self) -> None:
        # elapsed 1, progress 0.9 >= 0.9 → on track on the due day itself
        assert status_inc("190", DUE) is GoalStatus.ON_TRACK

    def test_past_due_is_overdue(self) -> None:
        assert status_inc("190", day(101)) is GoalStatus.OVERDUE

    def test_past_due_but_achieved(self) -> None:
        assert status_inc("200", day(300)) is GoalStatus.ACHIEVED

    def test_past_due_without_updates_is_overdue(self) -> None:
        assert status_inc(None, day(101)) is GoalStatus.OVERDUE

    @pytest.mark.parametrize(
        ("days", "expected"),
        [
            (0, GoalStatus.ON_TRACK),
            (24, GoalStatus.ON_TRACK),  # elapsed 0.24 < 0.25
            (25, GoalStatus.AT_RISK),  # 0.25
            (50, GoalStatus.AT_RISK),  # 0.50 still at risk
            (51, GoalStatus.OFF_TRACK),  # 0.51 after half time
            (100, GoalStatus.OFF_TRACK),  # due today, still silent
        ],
    )
    def test_no_updates(self, days: int, expected: GoalStatus) -> None:
        assert status_inc(None, day(days)) is expected

    def test_future_update_ignored(self) -> None:
        updates = {day(60): Decimal(200)}
        assert goal_status(INC, Decimal(100), Decimal(200), START, DUE, updates, day(10)) is (
            GoalStatus.ON_TRACK  # counts as no update yet, elapsed 0.10
        )

    def test_latest_update_decides(self) -> None:
        # an early good value, then a drop: 190 on day 10, 110 on day 40; at day 50 progress 0.1
        updates = {day(10): Decimal(190), day(40): Decimal(110)}
        assert goal_status(INC, Decimal(100), Decimal(200), START, DUE, updates, day(50)) is (
            GoalStatus.OFF_TRACK
        )

    def test_due_equals_start(self) -> None:
        # zero-length goal on its day: elapsed 1, progress 0.95 >= 0.90 → on track
        updates = {START: Decimal(195)}
        assert goal_status(INC, Decimal(100), Decimal(200), START, START, updates, START) is (
            GoalStatus.ON_TRACK
        )
        assert goal_status(INC, Decimal(100), Decimal(200), START, START, updates, day(1)) is (
            GoalStatus.OVERDUE
        )

    def test_assessment_details(self) -> None:
        # day 30: elapsed 0.3; current 160 → progress 0.6
        updates = {day(20): Decimal(160)}
        result = assess_goal(INC, Decimal(100), Decimal(200), START, DUE, updates, day(30))
        assert result.current == Decimal(160)
        assert result.progress == Decimal("0.6")
        assert result.elapsed == Decimal("0.3")
        assert result.status is GoalStatus.ON_TRACK
