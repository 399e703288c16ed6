"""The retention rule: cut-off dates counted by hand, and who is due for review."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.retention import (
    DueForReview,
    RetentionReason,
    due_for_review,
    is_inactive,
    months_before,
    retention_cutoff,
)


class TestMonthsBefore:
    def test_same_day_two_years_back(self) -> None:
        # 24 months before 28 Nov 2026: 28 Nov 2024.
        assert months_before(date(2026, 11, 28), 24) == date(2024, 11, 28)

    def test_across_the_turn_of_the_year(self) -> None:
        # 3 months before 15 Feb 2026: Jan 2026, Dec 2025, Nov 2025 → 15 Nov 2025.
        assert months_before(date(2026, 2, 15), 3) == date(2025, 11, 15)

    def test_the_31st_falls_on_the_end_of_a_shorter_month(self) -> None:
        # One month before 31 Mar 2026 is February, which has 28 days in 2026.
        assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
        # ... and 29 in the leap year 2024.
        assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
        # 31 May minus one month: April has 30 days.
        assert months_before(date(2026, 5, 31), 1) == date(2026, 4, 30)

    def test_leap_day_back_to_a_common_year(self) -> None:
        # 12 months before 29 Feb 2028 is February 2027, which ends on the 28th.
        assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)

    def test_zero_months_is_the_same_day(self) -> None:
        assert months_before(date(2026, 1, 1), 0) == date(2026, 1, 1)

    def test_fifty_years(self) -> None:
        # 600 months = 50 years.
        assert months_before(date(2026, 11, 28), 600) == date(1976, 11, 28)

    def test_negative_months_are_refused(self) -> None:
        with pytest.raises(ValueError):
            months_before(date(2026, 1, 1), -1)


class TestCutoff:
    def test_default_period(self) -> None:
        assert retention_cutoff(date(2026, 11, 28), 24) == date(2024, 11, 28)

    @pytest.mark.parametrize("months", [0, 601, -5])
    def test_period_outside_one_to_six_hundred_months(self, months: int) -> None:
        with pytest.raises(ValueError):
            retention_cutoff(date(2026, 11, 28), months)


CUTOFF = date(2024, 11, 28)  # 24 months before 28 Nov 2026


class TestInactive:
    def test_last_activity_on_the_cutoff_is_inactive(self) -> None:
        # Exactly 24 months without activity: "inactive for 24 months" holds.
        assert is_inactive(date(2024, 11, 28), CUTOFF)

    def test_one_day_later_is_active(self) -> None:
        assert not is_inactive(date(2024, 11, 29), CUTOFF)

    def test_nothing_dated_is_not_called_inactive(self) -> None:
        assert not is_inactive(None, CUTOFF)


class TestDueForReview:
    def test_left_long_ago(self) -> None:
        assert due_for_review(date(2023, 5, 2), date(2026, 11, 1), CUTOFF) == DueForReview(
            RetentionReason.LEFT, date(2023, 5, 2)
        )

    def test_left_on_the_cutoff(self) -> None:
        assert due_for_review(CUTOFF, date(2026, 11, 1), CUTOFF) == DueForReview(
            RetentionReason.LEFT, CUTOFF
        )

    def test_left_recently_on_an_active_account_is_not_due(self) -> None:
        # Left a day after the cut-off: the account still needs them for a while.
        assert due_for_review(date(2024, 11, 29), date(2026, 11, 1), CUTOFF) is None

    def test_still_there_on_an_active_account_is_not_due(self) -> None:
        assert due_for_review(None, date(2026, 11, 1), CUTOFF) is None

    def test_everyone_on_an_inactive_account(self) -> None:
        assert due_for_review(None, date(2024, 3, 5), CUTOFF) == DueForReview(
            RetentionReason.ACCOUNT_INACTIVE, date(2024, 3, 5)
        )

    def test_left_recently_on_an_inactive_account_gives_the_account(self) -> None:
        # Left after the cut-off (not due for that), but the account's last recorded
        # activity is older than the cut-off: the account's reason applies.
        assert due_for_review(date(2025, 1, 10), date(2024, 3, 5), CUTOFF) == DueForReview(
            RetentionReason.ACCOUNT_INACTIVE, date(2024, 3, 5)
        )

    def test_leaving_is_the_reason_given_where_both_hold(self) -> None:
        assert due_for_review(date(2023, 1, 31), date(2024, 3, 5), CUTOFF) == DueForReview(
            RetentionReason.LEFT, date(2023, 1, 31)
        )
