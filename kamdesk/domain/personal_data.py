"""What kamdesk holds about one person: the plain data of an access request (GDPR Art. 15).

The services gather it in one read; the JSON export writes it as it is (field names are the
export's stable keys, dates ISO 8601) and the PDF renderer prints it. Free texts that name
the person are :class:`Mention`\\ s: kamdesk cannot know what such a sentence means, so it
shows where it is and a short excerpt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kamdesk.domain.enums import Attitude, BuyingRole, InteractionKind

#: Written into every export, so a reader knows what the file is and which layout it has.
EXPORT_FORMAT = "kamdesk personal data export"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class Mention:
    """One free text that names a person: which record, which field, and a short excerpt."""

    record_kind: str  # the table's name: "goal_update", "action_item", "need", …
    account_id: int
    record_id: int
    field: str
    excerpt: str


@dataclass(frozen=True)
class PersonLine:
    """A line to another person: reports-to, a direct report, or an informal link."""

    kind: str  # "reports_to", "direct_report", or a LinkKind value
    direction: str  # "to" (from this person) or "from" (from the other person)
    other_id: int
    other_name: str
    note: str = ""


@dataclass(frozen=True)
class BuyingCenterSeat:
    """The person's role in one buying center."""

    buying_center: str
    role: BuyingRole


@dataclass(frozen=True)
class AttendedInteraction:
    """A meeting, call, e-mail or visit the person took part in."""

    id: int
    occurred_on: dt.date
    kind: InteractionKind
    summary: str
    next_steps: str


@dataclass(frozen=True)
class NamingAction:
    """An action item whose title or notes name the person."""

    id: int
    title: str
    due_on: dt.date | None
    done: bool
    notes: str


@dataclass(frozen=True)
class HoldingCopy:
    """A stored plan snapshot, backup file or server dump that also holds the person."""

    # "plan_snapshot", "backup" (of a SQLite file), "server_dump" (of a server database), or
    # "unreadable_backup" / "unreadable_server_dump" (one that could not be searched, so
    # may hold them)
    kind: str
    taken_at: dt.datetime
    reason: str
    where: str  # the backup's or dump's file name, or the snapshot's id


@dataclass(frozen=True)
class PersonRecord:
    """Everything kamdesk holds about one stakeholder, and where else they appear."""

    export_format: str = field(default=EXPORT_FORMAT, metadata={"json": "format"})
    export_version: int = field(default=EXPORT_VERSION, metadata={"json": "version"})
    generated_on: dt.date = dt.date(1970, 1, 1)
    stakeholder_id: int = 0
    account_id: int = 0
    account_name: str = ""
    name: str = ""
    title: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    attitude: Attitude = Attitude.NEUTRAL
    influence: int = 3
    relationship_strength: int = 3
    owner: str | None = None
    last_contact: dt.date | None = None
    left_on: dt.date | None = None
    notes: str = ""
    source: str = ""
    lawful_basis: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    lines: tuple[PersonLine, ...] = ()
    buying_centers: tuple[BuyingCenterSeat, ...] = ()
    interactions: tuple[AttendedInteraction, ...] = ()
    actions: tuple[NamingAction, ...] = ()
    mentions: tuple[Mention, ...] = ()
    copies: tuple[HoldingCopy, ...] = ()
