"""Tests of the access export: every place a demo person appears is in their record.

The expectation is built from the database directly: every text column of every table is
searched with plain SQL for the person's name, e-mail and phone, and every hit must show up
in the record (as their own row, an interaction they attended, an action, a mention or a
snapshot); the lines and buying-center seats are read with hand-written queries too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import String, Text, text

from kamdesk.domain.personal_data import PersonRecord
from kamdesk.services.admin.person_access_request import export_person, person_record
from kamdesk.store.backup_files import write_backup
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm.base import data_tables
from tests.reports.pdf_helpers import squeezed

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, today=TODAY)


def people_of_first_accounts(db: Database) -> list[int]:
    with db.engine.connect() as connection:
        return [
            int(row[0]) for row in connection.execute(text(
                "SELECT id FROM stakeholder WHERE account_id IN "
                "(SELECT id FROM account ORDER BY id LIMIT 2) ORDER BY id"
            ))
        ]


def places_naming(db: Database, person: int) -> set[tuple[str, int, str]]:
    """(table, row id, column) of every text that holds the person's name, e-mail or phone."""
    with db.engine.connect() as connection:
        name, email, phone = connection.execute(
            text("SELECT name, email, phone FROM stakeholder WHERE id = :id"), {"id": person}
        ).one()
        terms = [term for term in (name, email, phone) if term]
        patterns = {f"term{n}": f"%{term}%" for n, term in enumerate(terms)}
        found: set[tuple[str, int, str]] = set()
        for table in data_tables():
            if "id" not in table.c:
                continue
            # One statement a table (a term's LIKE per column, ORed; the columns UNIONed):
            # a statement per table, column and term made this test's 40 people 5,000
            # round trips, two thirds of its time.
            searches = [
                f"SELECT id, '{column.name}' FROM {table.name} WHERE "
                + " OR ".join(f"{column.name} LIKE :{key}" for key in patterns)
                for column in table.c
                if isinstance(column.type, String | Text) and column.name != "changed_by"
            ]
            if not searches:
                continue
            rows = connection.execute(text(" UNION ALL ".join(searches)), patterns)
            found |= {(table.name, int(row[0]), str(row[1])) for row in rows}
        return found


def found_by_text(record: PersonRecord) -> set[tuple[str, int]]:
    """The places the record names because their text names the person."""
    return (
        {("action_item", a.id) for a in record.actions}
        | {(m.record_kind, m.record_id) for m in record.mentions}
        | {("plan_snapshot", int(c.where)) for c in record.copies if c.kind == "plan_snapshot"}
    )


def attended(db: Database, person: int) -> list[int]:
    with db.engine.connect() as connection:
        return [int(row[0]) for row in connection.execute(text(
            "SELECT i.id FROM interaction i JOIN interaction_stakeholder a "
            "ON a.interaction_id = i.id WHERE a.stakeholder_id = :id "
            "ORDER BY i.occurred_on, i.id"), {"id": person})]


def test_the_record_lists_every_place_a_demo_person_appears(demo_db: Database) -> None:
    checked_mentions = 0
    for person in people_of_first_accounts(demo_db):
        record = person_record(demo_db, person, TODAY)
        hits = places_naming(demo_db, person)
        interactions = attended(demo_db, person)
        assert [i.id for i in record.interactions] == interactions
        # Their own row and the meetings they attended are listed whole, not as mentions.
        listed_whole = {("stakeholder", person), *(("interaction", i) for i in interactions)}
        by_text = {(table, row) for table, row, _column in hits} - listed_whole
        assert found_by_text(record) == by_text, person
        mentions = {(m.record_kind, m.record_id, m.field) for m in record.mentions}
        assert mentions <= hits  # nothing invented
        checked_mentions += len(mentions)
        assert (record.lines, record.buying_centers) == expected_lines_and_seats(demo_db, person)
    assert checked_mentions > 0  # the demo has texts naming people: the search is exercised


def expected_lines_and_seats(db: Database, person: int) -> tuple[object, object]:
    record_lines = []
    with db.engine.connect() as connection:
        manager = connection.execute(text(
            "SELECT m.id, m.name FROM stakeholder s JOIN stakeholder m ON m.id = s.reports_to_id "
            "WHERE s.id = :id"), {"id": person}).one_or_none()
        if manager is not None:
            record_lines.append(("reports_to", "to", manager[0], manager[1], ""))
        for row in connection.execute(text(
            "SELECT id, name FROM stakeholder WHERE reports_to_id = :id ORDER BY name, id"
        ), {"id": person}):
            record_lines.append(("direct_report", "from", row[0], row[1], ""))
        for row in connection.execute(text(
            "SELECT l.kind, CASE WHEN l.from_id = :id THEN 'to' ELSE 'from' END, o.id, o.name, "
            "l.note FROM stakeholder_link l JOIN stakeholder o ON o.id = CASE WHEN "
            "l.from_id = :id THEN l.to_id ELSE l.from_id END "
            "WHERE l.from_id = :id OR l.to_id = :id ORDER BY l.id"), {"id": person}):
            record_lines.append(tuple(row))
        seats = [tuple(row) for row in connection.execute(text(
            "SELECT b.name, m.role FROM buying_center_member m JOIN buying_center b "
            "ON b.id = m.buying_center_id WHERE m.stakeholder_id = :id ORDER BY b.name"),
            {"id": person})]
    from kamdesk.domain.enums import BuyingRole
    from kamdesk.domain.personal_data import BuyingCenterSeat, PersonLine

    return (
        tuple(PersonLine(*line) for line in record_lines),  # type: ignore[arg-type]
        tuple(BuyingCenterSeat(name, BuyingRole(role)) for name, role in seats),
    )


def test_every_field_of_the_person_is_in_the_json_export(
    demo_db: Database, tmp_path: Path
) -> None:
    person = people_of_first_accounts(demo_db)[1]
    with demo_db.engine.begin() as connection:
        connection.execute(text(
            "UPDATE stakeholder SET source = 'business card 2025-03', "
            "lawful_basis = 'legitimate interest: supplier contact' WHERE id = :id"),
            {"id": person})
        row = connection.execute(text(
            "SELECT name, title, department, email, phone, attitude, influence, "
            "relationship_strength, notes, source, lawful_basis FROM stakeholder WHERE id = :id"),
            {"id": person}).one()
    target = tmp_path / "person.json"

    export_person(demo_db, person, target, today=TODAY)

    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["generated_on"]) == (
        "kamdesk personal data export", 1, "2026-11-28")
    keys = ("name", "title", "department", "email", "phone", "attitude", "influence",
            "relationship_strength", "notes", "source", "lawful_basis")
    assert tuple(data[key] for key in keys) == tuple(row)
    assert set(data) >= {"lines", "buying_centers", "interactions", "actions", "mentions",
                         "copies", "owner", "last_contact", "left_on"}


@pytest.mark.sqlite_only
def test_backups_holding_the_person_are_listed_with_their_dates(demo_db: Database) -> None:
    path = demo_db.location.path
    assert path is not None
    person = people_of_first_accounts(demo_db)[0]
    backup = write_backup(path, "manual")
    record = person_record(demo_db, person, TODAY)
    backups = [c for c in record.copies if c.kind == "backup"]
    assert [(c.where, c.reason) for c in backups] == [(backup.name, "manual")]
    assert backups[0].taken_at.strftime("%Y%m%d-%H%M%S-%f") in backup.name


@pytest.mark.sqlite_only
def test_a_damaged_backup_is_listed_as_unreadable_and_left_as_it_was(
    demo_db: Database, tmp_path: Path
) -> None:
    # It may hold the person: an access request names it, as it does a server's dump.
    path = demo_db.location.path
    assert path is not None
    person = people_of_first_accounts(demo_db)[0]
    held = write_backup(path, "manual")
    damaged = write_backup(path, "daily")
    damaged.write_bytes(b"not a database " * 100)
    kept = damaged.read_bytes()

    record = person_record(demo_db, person, TODAY)

    assert [(c.kind, c.reason, c.where) for c in record.copies if c.kind != "plan_snapshot"] == [
        ("backup", "manual", held.name), ("unreadable_backup", "daily", damaged.name)
    ]
    export_person(demo_db, person, tmp_path / "person.json", today=TODAY)
    data = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert [c["kind"] for c in data["copies"] if c["kind"] != "plan_snapshot"] == [
        "backup", "unreadable_backup"]
    for lang, words in (("en", "Couldnotberead,soitmayholdthisperson'sdata."),
                        ("de", "Nichtlesbar,kannalsoDatendieserPersonenthalten.")):
        target = tmp_path / f"person-{lang}.pdf"
        export_person(demo_db, person, target, lang=lang, today=TODAY)
        assert damaged.name + words in squeezed(target.read_bytes()), lang
    assert damaged.read_bytes() == kept


def test_export_refusals_are_one_sentence(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValidationError, match=r"^Name the file ….json or ….pdf; 'p.txt'"):
        export_person(demo_db, 1, folder / "p.txt")
    with pytest.raises(NotFoundError, match="no longer exists"):
        export_person(demo_db, 987654, folder / "p.json")
    # The language is checked before the renderer runs: one of our sentences, not its own.
    with pytest.raises(ValidationError) as unknown:
        export_person(demo_db, 1, folder / "p.pdf", lang="fr")
    assert str(unknown.value) == "Unknown language 'fr'; use one of en, de."
    assert list(folder.iterdir()) == []


def test_source_and_lawful_basis_never_reach_a_plan(demo_db: Database) -> None:
    from kamdesk.domain.plain_json import dumps
    from kamdesk.domain.plan_audience import client_view
    from kamdesk.services.plans.plan_assembly import assemble_plan

    with demo_db.engine.begin() as connection:
        connection.execute(text(
            "UPDATE stakeholder SET source = 'Visitenkarte Messe-XYZ-2025', "
            "lawful_basis = 'Einwilligung-QRS per Mail'"))
    plan = assemble_plan(demo_db, 1, TODAY)
    for data in (dumps(plan), dumps(client_view(plan))):
        assert "Messe-XYZ-2025" not in data and "Einwilligung-QRS" not in data
