"""When an account's next plan review is due, from its cadence and its last review.

Rule: the last review's own "next review" date when it set one; otherwise the last review's
date plus one cadence (monthly, quarterly …); an account never reviewed is due now (today).
A review is overdue when its due date has passed; due today is not yet overdue.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.enums import ReviewCadence


@dataclass(frozen=True)
class ReviewDue:
    """The next review's due date and whether it is overdue."""

    due_on: date
    overdue: bool
    never_reviewed: bool


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day where needed."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def next_review_due(
    cadence: ReviewCadence,
    last_held_on: date | None,
    last_next_review_on: date | None,
    today: date,
) -> ReviewDue:
    """The next review's due date for an account (rule in the module docstring)."""
    if last_held_on is None:
        return ReviewDue(today, overdue=False, never_reviewed=True)
    due = last_next_review_on or add_months(last_held_on, cadence.months)
    return ReviewDue(due, overdue=due < today, never_reviewed=False)
