"""Retention: whose personal data is due for review, by the company's retention period.

The period is N calendar months (the setting "Keep personal data of inactive accounts for …
months", default 24). Its **cut-off** is the day N months before today; a day on or before
the cut-off lies at least N months back. A month is a calendar month, and a day that the
shorter month lacks falls on its last day (31 March minus one month is 28 or 29 February).

A person is due for review when

* they **left the company on or before the cut-off** — not as soon as they left. A KAM
  still needs a person who left last month (the hand-over, the open offer they signed, the
  question "who was in charge then?"); GDPR's storage limitation asks to keep data only as
  long as the purpose needs, and the retention period is the firm's own answer to "how long
  after the relationship ended". One period for people and accounts keeps the rule one
  sentence long; or
* their **account is inactive**: its last activity — the latest of its interactions,
  reviews, goal updates, revenue entries, actions, of those rows' ``updated_at`` and the
  account's own — is on or before the cut-off. Then every person there is due. (Interactions
  and reviews count from when they were entered: erasing a person rewrites the minutes that
  name them, which is no activity with the account.)

Where both hold, the person's leaving is the reason given (it is the more specific one).
People already erased (shown under a placeholder) are not listed again: the service leaves
them out.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

DEFAULT_RETENTION_MONTHS = 24
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 600  # fifty years: the longest statutory keeping periods fit


class RetentionReason(StrEnum):
    """Why a person is listed for review."""

    LEFT = "left"  # left the company on ``since``
    ACCOUNT_INACTIVE = "account_inactive"  # the account's last activity was on ``since``


@dataclass(frozen=True)
class DueForReview:
    """Why one person is due, and since when (the day they left, or the last activity)."""

    reason: RetentionReason
    since: date


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the last day of a shorter month)."""
    if months < 0:
        raise ValueError("months must not be negative")
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_cutoff(today: date, months: int) -> date:
    """The last day that lies at least ``months`` months before ``today``."""
    if not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise ValueError(
            f"a retention period is {MIN_RETENTION_MONTHS} to {MAX_RETENTION_MONTHS} months"
        )
    return months_before(today, months)


def is_inactive(last_activity: date | None, cutoff: date) -> bool:
    """Whether an account whose latest activity was ``last_activity`` counts as inactive.

    An account with nothing dated at all (None) is not called inactive: without a date,
    "for N months" cannot be said, and every real account row has its ``updated_at``.
    """
    return last_activity is not None and last_activity <= cutoff


def due_for_review(
    left_on: date | None, account_last_activity: date | None, cutoff: date
) -> DueForReview | None:
    """Why a person is due for review at ``cutoff``, or None when they are not (module doc)."""
    if left_on is not None and left_on <= cutoff:
        return DueForReview(RetentionReason.LEFT, left_on)
    if account_last_activity is not None and is_inactive(account_last_activity, cutoff):
        return DueForReview(RetentionReason.ACCOUNT_INACTIVE, account_last_activity)
    return None
