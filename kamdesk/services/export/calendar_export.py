"""Review due dates and open action due dates as an iCalendar (.ics) file.

Every event is an all-day VEVENT with a UID that stays the same from one export to the next
(``review-<account id>@kamdesk``, ``action-<action id>@kamdesk``): importing a newer file
into a calendar moves the existing entries instead of adding duplicates. Archived accounts
and done actions are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select

from kamdesk.domain.enums import Tier
from kamdesk.domain.printable_text import printable
from kamdesk.services.tracking.review_schedule import next_review_due
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, ActionItem, Review, TeamMember

PRODUCT_ID = "-//kamdesk//kamdesk calendar export//EN"

_LABELS = {
    "en": {
        "review": "Plan review due: {account}",
        "review_detail": "Review cadence: {cadence}. Last review: {last}.",
        "never": "none yet",
        "action": "{title} ({account})",
        "action_detail": "Action for {account}. Owner: {owner}.",
        "nobody": "nobody yet",
    },
    "de": {
        "review": "Plan-Review fällig: {account}",
        "review_detail": "Review-Rhythmus: {cadence}. Letztes Review: {last}.",
        "never": "noch keines",
        "action": "{title} ({account})",
        "action_detail": "Maßnahme für {account}. Verantwortlich: {owner}.",
        "nobody": "noch niemand",
    },
}


@dataclass(frozen=True)
class CalendarEntry:
    """One all-day event of the export."""

    uid: str
    day: date
    summary: str
    description: str


def calendar_entries(
    db: Database, today: date | None = None, language: str = "en"
) -> tuple[CalendarEntry, ...]:
    """The next review of every active account and every open action with a due date."""
    labels = _LABELS.get(language, _LABELS["en"])
    day = today or date.today()
    entries: list[CalendarEntry] = []
    with db.session() as session:
        accounts = session.scalars(
            select(Account).where(Account.tier != Tier.ARCHIVED).order_by(Account.name)
        ).all()
        names = {account.id: account.name for account in accounts}
        last_reviews: dict[int, Review] = {}
        for review in session.scalars(
            select(Review)
            .where(Review.account_id.in_(names))
            .order_by(Review.held_on, Review.id)
        ):
            last_reviews[review.account_id] = review  # the newest wins
        for account in accounts:
            last = last_reviews.get(account.id)
            due = next_review_due(
                account.review_cadence,
                last.held_on if last else None,
                last.next_review_on if last else None,
                day,
            )
            entries.append(
                CalendarEntry(
                    uid=f"review-{account.id}@kamdesk",
                    day=due.due_on,
                    summary=labels["review"].format(account=account.name),
                    description=labels["review_detail"].format(
                        cadence=account.review_cadence.value.replace("_", " "),
                        last=last.held_on.isoformat() if last else labels["never"],
                    ),
                )
            )
        owners = {
        key: name for key, name in session.execute(select(TeamMember.id, TeamMember.name))
    }
        actions = session.scalars(
            select(ActionItem)
            .where(
                ActionItem.account_id.in_(names),
                ActionItem.done.is_(False),
                ActionItem.due_on.is_not(None),
            )
            .order_by(ActionItem.due_on, ActionItem.id)
        ).all()
        for action in actions:
            assert action.due_on is not None  # filtered in the query
            account_name = names[action.account_id]
            owner = owners.get(action.owner_id) if action.owner_id is not None else None
            entries.append(
                CalendarEntry(
                    uid=f"action-{action.id}@kamdesk",
                    day=action.due_on,
                    summary=labels["action"].format(title=action.title, account=account_name),
                    description=labels["action_detail"].format(
                        account=account_name, owner=owner or labels["nobody"]
                    ),
                )
            )
    return tuple(entries)


def calendar_bytes(
    entries: tuple[CalendarEntry, ...], stamp: datetime | None = None
) -> bytes:
    """The entries as an iCalendar file (UTF-8, CRLF line ends as RFC 5545 wants)."""
    now = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "kamdesk")
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))  # all-day: end is exclusive
        # RFC 5545 allows no control character but tab in a value; a title pasted from
        # elsewhere may hold NUL or ESC, which calendar apps and terminals misread.
        event.add("summary", printable(entry.summary, keep_newlines=False))
        event.add("description", printable(entry.description))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_calendar(
    db: Database, path: Path, today: date | None = None, language: str = "en"
) -> int:
    """Write the calendar file (replacing it as a whole); returns the number of events."""
    entries = calendar_entries(db, today, language)
    data = calendar_bytes(entries)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)  # a reader never sees half a file
    return len(entries)
