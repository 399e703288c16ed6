"""The access-request PDF: every field and place printed, in English and German, text escaped."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pdf_helpers import flat, metadata_text, squeezed

from kamdesk.domain.enums import Attitude, BuyingRole, InteractionKind
from kamdesk.domain.personal_data import (
    AttendedInteraction,
    BuyingCenterSeat,
    HoldingCopy,
    Mention,
    NamingAction,
    PersonLine,
    PersonRecord,
)
from kamdesk.reports.catalogue import MESSAGES
from kamdesk.reports.person_record_document import render_person_record
from kamdesk.services.stakeholders.person_mentions import searched_fields

RECORD = PersonRecord(
    generated_on=dt.date(2026, 11, 28),
    stakeholder_id=7,
    account_id=3,
    account_name="AT&T <Europe> GmbH",
    name="Jörg Weiß",
    title="Head of Procurement",
    department="Einkauf",
    email="joerg.weiss@example.com",
    phone="+49 30 123456",
    attitude=Attitude.SCEPTIC,
    influence=4,
    relationship_strength=2,
    owner="Anna Albers",
    last_contact=dt.date(2026, 10, 1),
    notes="Prefers a<b figures",
    source="business card 2025-03",
    lawful_basis="legitimate interest",
    created_at=dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC),
    updated_at=dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC),
    lines=(PersonLine("reports_to", "to", 2, "Eva Koch"),
           PersonLine("influences", "from", 9, "Former contact 3", "via the board")),
    buying_centers=(BuyingCenterSeat("IT procurement", BuyingRole.DECIDER),),
    interactions=(AttendedInteraction(11, dt.date(2026, 9, 2), InteractionKind.VISIT,
                                      "Plant tour", "Send the offer"),),
    actions=(NamingAction(21, "Call Jörg Weiß about the pilot", dt.date(2026, 12, 1), False, ""),),
    mentions=(Mention("goal_update", 3, 31, "note", "…agreed with Jörg Weiß…"),),
    copies=(HoldingCopy("plan_snapshot", dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC),
                        "review", "12"),
            HoldingCopy("backup", dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC), "daily",
                        "kamdesk.sqlite3.20261127-080000-000000.daily.sqlite3")),
)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["What we hold about Jörg Weiß", "Lawful basis / note", "Reports to",
                "influences (from Former contact 3)", "Decider", "Goal update", "Backup (daily)",
                "Plan snapshot (review)", "snapshot 12"]),
        ("de", ["Was wir über Jörg Weiß gespeichert haben", "Rechtsgrundlage / Hinweis",
                "Berichtet an", "(von Ehemaliger Kontakt 3)", "Entscheider", "Zielstand",
                "Sicherungskopie (täglich)", "Plan-Stand (Review)", "Stand 12"]),
    ],
)
def test_every_value_and_place_is_printed_in_the_language(lang: str, words: list[str]) -> None:
    pdf = render_person_record(RECORD, lang=lang)
    # Squeezed: a long file name breaks across a cell's lines.
    printed = squeezed(pdf)
    values = ["AT&T <Europe> GmbH", "Head of Procurement", "Einkauf", "joerg.weiss@example.com",
              "+49 30 123456", "Anna Albers", "Prefers a<b figures", "business card 2025-03",
              "legitimate interest", "Eva Koch", "via the board", "IT procurement",
              "Plant tour", "Send the offer", "Call Jörg Weiß about the pilot",
              "…agreed with Jörg Weiß…", "kamdesk.sqlite3.20261127-080000-000000.daily.sqlite3"]
    for expected in [*values, *words]:
        assert "".join(expected.split()) in printed, expected
    assert "Jörg Weiß" in metadata_text(pdf)


def test_an_empty_record_says_none_for_each_place() -> None:
    empty = PersonRecord(generated_on=dt.date(2026, 11, 28), name="Former contact 2",
                         account_name="Acme")
    printed = flat(render_person_record(empty, lang="de"))
    assert "Ehemaliger Kontakt 2" in printed and "Former contact" not in printed
    assert printed.count("Keine.") == 6


def test_every_kind_of_mention_has_words_in_both_languages() -> None:
    for kind, field in searched_fields():
        assert f"record.{kind}" in MESSAGES, kind
        assert f"field.{field}" in MESSAGES, field


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        render_person_record(RECORD, lang="fr")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Server dump (daily)", "Server dump (before an upgrade)",
                "Could not be read, so it may hold this person's data."]),
        ("de", ["Server-Dump (täglich)", "Server-Dump (vor einem Update)",
                "Nicht lesbar, kann also Daten dieser Person enthalten."]),
    ],
)
def test_server_dumps_are_printed_and_an_unreadable_one_says_it_may_hold_them(
    lang: str, words: list[str]
) -> None:
    held = "db.example-5432-kamdesk.20261127-080000-000000.daily.json"
    unreadable = "db.example-5432-kamdesk.20261128-090000-000000.before-upgrade.json"
    record = dataclasses.replace(RECORD, copies=(
        HoldingCopy("server_dump", dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC), "daily", held),
        HoldingCopy("unreadable_server_dump", dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC),
                    "before-upgrade", unreadable),
    ))
    printed = squeezed(render_person_record(record, lang=lang))
    for expected in [held, unreadable, *words]:
        assert "".join(expected.split()) in printed, expected
    # The unreadable dump's sentence follows its name, not the readable one's.
    assert held + "".join(words[2].split()) not in printed
