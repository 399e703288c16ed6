"""The calendar export: all-day events, stable UIDs, read back through icalendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.services.export.calendar_export import calendar_entries, write_calendar
from kamdesk.services.tracking.action_editing import create_action, list_actions, update_action
from kamdesk.services.tracking.review_workflow import add_review
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, TeamMember

TODAY = date(2024, 6, 1)


@pytest.fixture
def account_ids(db: Database) -> tuple[int, int]:
    with db.session() as session:
        active = Account(name="Möller & Söhne", review_cadence=ReviewCadence.MONTHLY)
        archived = Account(name="Gone GmbH", tier=Tier.ARCHIVED)
        session.add_all([active, archived, TeamMember(name="Anja Dvořák")])
        session.flush()
        return active.id, archived.id


def read_events(path: Path) -> dict[str, tuple[date, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): (event.decoded("dtstart"), str(event["summary"]))
        for event in calendar.walk("VEVENT")
    }


def test_round_trip_with_stable_uids(
    db: Database, account_ids: tuple[int, int], tmp_path: Path
) -> None:
    active, archived = account_ids
    add_review(db, active, {"held_on": date(2024, 5, 10)})
    action = create_action(db, active, "Send price list", {"due_on": date(2024, 6, 5)})
    create_action(db, active, "No date")
    create_action(db, archived, "Archived account's action", {"due_on": date(2024, 6, 5)})
    path = tmp_path / "kamdesk.ics"

    assert write_calendar(db, path, TODAY) == 2
    events = read_events(path)
    assert events == {
        f"review-{active}@kamdesk": (date(2024, 6, 10), "Plan review due: Möller & Söhne"),
        f"action-{action}@kamdesk": (date(2024, 6, 5), "Send price list (Möller & Söhne)"),
    }
    calendar = Calendar.from_ical(path.read_bytes())
    for event in calendar.walk("VEVENT"):
        assert event["dtstart"].params["VALUE"] == "DATE"  # all-day
        assert (event.decoded("dtend") - event.decoded("dtstart")).days == 1

    # Done actions drop out; a moved review keeps its UID so a re-import updates it.
    version = list_actions(db, active, TODAY)[0].version
    update_action(db, action, version, {"done": True}, today=TODAY)
    add_review(db, active, {"held_on": date(2024, 6, 1), "next_review_on": date(2024, 8, 1)})
    write_calendar(db, path, TODAY)
    assert read_events(path) == {
        f"review-{active}@kamdesk": (date(2024, 8, 1), "Plan review due: Möller & Söhne")
    }


def test_german_labels(db: Database, account_ids: tuple[int, int]) -> None:
    (entry,) = calendar_entries(db, TODAY, "de")
    assert entry.summary == "Plan-Review fällig: Möller & Söhne"
    assert entry.day == TODAY  # never reviewed: due now
