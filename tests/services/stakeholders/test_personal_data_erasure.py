"""Tests of erasing a person: no trace in the file, the structure kept, all or nothing."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from kamdesk.domain.enums import Attitude
from kamdesk.domain.plain_json import dumps
from kamdesk.domain.plan_audience import client_view
from kamdesk.services.exchange.portable_dump import dump_data
from kamdesk.services.exchange.workbook_export import export_workbook
from kamdesk.services.export.plan_export import ExportOptions, render_document
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.services.stakeholders import personal_data_erasure
from kamdesk.services.stakeholders.personal_data_erasure import erase_people, find_person
from kamdesk.services.stakeholders.personal_data_erasure_preview import erasure_preview
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm import (
    Account,
    ActionItem,
    BuyingCenterMember,
    Goal,
    GoalUpdate,
    Interaction,
    PlanSnapshot,
    Stakeholder,
    StakeholderLink,
    interaction_stakeholder,
)

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, today=TODAY)


def person_with_history(db: Database) -> tuple[int, int, str, str, str]:
    """A demo stakeholder with a manager, buying-center seats and meetings: id, account, terms."""
    with db.session() as session:
        row = session.execute(
            select(Stakeholder.id, Stakeholder.account_id, Stakeholder.name, Stakeholder.email,
                   Stakeholder.phone)
            .where(Stakeholder.reports_to_id.is_not(None), Stakeholder.email != "",
                   Stakeholder.phone != "")
            .where(Stakeholder.id.in_(select(BuyingCenterMember.stakeholder_id)))
            .where(Stakeholder.id.in_(select(interaction_stakeholder.c.stakeholder_id)))
            .order_by(Stakeholder.id)
            .limit(1)
        ).one()
        return int(row[0]), int(row[1]), row[2], row[3], row[4]


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only
def test_no_byte_of_the_name_email_or_phone_remains_in_the_file_or_its_wal(
    demo_db: Database,
) -> None:
    person, _account, name, email, phone = person_with_history(demo_db)
    path = demo_db.location.path
    assert path is not None
    before = file_bytes(path)
    assert all(term.encode() in before for term in (name, email, phone))

    report = erase_people(demo_db, [person])

    assert report.erased == 1 and report.file_wiped
    after = file_bytes(path)
    for term in (name, email, phone):
        assert term.encode() not in after, term
    # Still a sound database after the rebuild.
    with demo_db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_the_person_is_erased_and_the_structure_stays(demo_db: Database) -> None:
    person, account, name, _email, _phone = person_with_history(demo_db)
    with demo_db.session() as session:
        manager = session.get(Stakeholder, person).reports_to_id  # type: ignore[union-attr]
        seats = session.scalars(
            select(BuyingCenterMember.role).where(BuyingCenterMember.stakeholder_id == person)
        ).all()
        meetings = session.scalars(
            select(interaction_stakeholder.c.interaction_id)
            .where(interaction_stakeholder.c.stakeholder_id == person)
        ).all()
        links = session.scalar(
            select(StakeholderLink.id).where(StakeholderLink.from_id == person).limit(1)
        )
        if links is not None:
            session.get(StakeholderLink, links).note = f"{name} trusts her"  # type: ignore[union-attr]
        meeting = session.get(Interaction, meetings[0])
        assert meeting is not None
        meeting.summary = f"Workshop with {name}; {name} liked the pilot."

    report = erase_people(demo_db, [person])

    placeholder = report.placeholders[0]
    assert placeholder.startswith("Former contact ")
    with demo_db.session() as session:
        row = session.get(Stakeholder, person)
        assert row is not None
        assert (row.name, row.title, row.department, row.email, row.phone, row.notes,
                row.source, row.lawful_basis) == (placeholder, "", "", "", "", "", "", "")
        assert (row.attitude, row.influence, row.relationship_strength, row.last_contact) == (
            Attitude.NEUTRAL, 3, 3, None)
        assert row.account_id == account and row.reports_to_id == manager
        assert session.scalars(
            select(BuyingCenterMember.role).where(BuyingCenterMember.stakeholder_id == person)
        ).all() == seats
        assert session.scalars(
            select(interaction_stakeholder.c.interaction_id)
            .where(interaction_stakeholder.c.stakeholder_id == person)
        ).all() == meetings
        summary = session.get(Interaction, meetings[0]).summary  # type: ignore[union-attr]
        assert summary == f"Workshop with {placeholder}; {placeholder} liked the pilot."
        if links is not None:
            assert session.get(StakeholderLink, links).note == ""  # type: ignore[union-attr]


def test_placeholders_are_numbered_per_account(demo_db: Database) -> None:
    with demo_db.session() as session:
        first, second = session.scalars(
            select(Account.id).order_by(Account.id).limit(2)
        ).all()
        people = [
            session.scalars(
                select(Stakeholder.id).where(Stakeholder.account_id == account)
                .order_by(Stakeholder.id).limit(2)
            ).all()
            for account in (first, second)
        ]
    report = erase_people(demo_db, [people[0][0], people[1][0], people[0][1]])
    assert report.placeholders == ("Former contact 1", "Former contact 1", "Former contact 2")
    later = erase_people(demo_db, [people[1][1]])
    assert later.placeholders == ("Former contact 2",)


def test_stored_snapshots_no_longer_hold_the_person(demo_db: Database) -> None:
    person, account, name, email, phone = person_with_history(demo_db)
    with demo_db.session() as session:
        contents = session.scalars(
            select(PlanSnapshot.content).where(PlanSnapshot.account_id == account)
        ).all()
    assert contents and any(name in content for content in contents)

    report = erase_people(demo_db, [person])

    assert report.snapshots_scrubbed == sum(1 for c in contents if name in c or email in c)
    with demo_db.session() as session:
        contents = session.scalars(
            select(PlanSnapshot.content).where(PlanSnapshot.account_id == account)
        ).all()
    for content in contents:
        for term in (name, email, phone):
            assert term not in content
        for entry in _stakeholder_entries(json.loads(content)):
            if entry.get("id") == person:
                assert entry["name"] == report.placeholders[0]
                assert entry["attitude"] == "neutral" and entry["notes"] == ""


def _stakeholder_entries(value: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(value, dict):
        if "attitude" in value and "name" in value:
            found.append(value)
        for item in value.values():
            found.extend(_stakeholder_entries(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_stakeholder_entries(item))
    return found


def test_fresh_plans_dump_and_workbook_hold_none_of_the_person(
    demo_db: Database, tmp_path: Path
) -> None:
    person, account, name, email, phone = person_with_history(demo_db)
    terms = (name, email, phone)
    plan_before = dumps(assemble_plan(demo_db, account, TODAY))
    assert all(term in plan_before for term in terms)

    erase_people(demo_db, [person])

    plan = assemble_plan(demo_db, account, TODAY)
    texts = {
        "plan data": dumps(plan),
        "client view": dumps(client_view(plan)),
        "dump": json.dumps(dump_data(demo_db), ensure_ascii=False),
    }
    for audience in ("internal", "client"):
        pdf = render_document(demo_db, account, ExportOptions(audience=audience), TODAY).data
        pages = PdfReader(io.BytesIO(pdf)).pages
        texts[f"{audience} PDF"] = " ".join(page.extract_text() for page in pages)
    workbook_path = tmp_path / "portfolio.xlsx"
    export_workbook(demo_db, workbook_path, today=TODAY)
    workbook = load_workbook(workbook_path, read_only=True)
    texts["workbook"] = " ".join(
        str(cell) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )
    workbook.close()
    for where, content in texts.items():
        for term in terms:
            assert term not in content, f"{term!r} in the {where}"


def test_texts_that_still_name_the_person_are_listed_not_changed(demo_db: Database) -> None:
    person, account, name, email, _phone = person_with_history(demo_db)
    with demo_db.session() as session:
        action = ActionItem(account_id=account, title=f"Send the offer to {name}")
        goal = session.scalars(select(Goal).where(Goal.account_id == account).limit(1)).one()
        update = GoalUpdate(goal_id=goal.id, measured_on=date(2001, 1, 1), value=1,
                            note=f"Figures confirmed by mail ({email.upper()})")
        session.add_all([action, update])
        session.flush()
        action_id, update_id = action.id, update.id

    preview = erasure_preview(demo_db, person)
    report = erase_people(demo_db, [person])

    assert preview.mentions_left == report.mentions  # the confirmation named them beforehand
    listed = {(m.record_kind, m.record_id, m.field): m for m in report.mentions}
    assert set(listed) == {("action_item", action_id, "title"),
                           ("goal_update", update_id, "note")}
    assert listed["action_item", action_id, "title"].excerpt == f"Send the offer to {name}"
    assert all(m.account_id == account for m in report.mentions)
    with demo_db.session() as session:
        assert session.get(ActionItem, action_id).title == f"Send the offer to {name}"  # type: ignore[union-attr]


def test_an_error_half_way_leaves_the_database_unchanged(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.session() as session:
        people = session.scalars(select(Stakeholder.id).order_by(Stakeholder.id).limit(3)).all()
    before = dump_data(demo_db)["tables"]

    def fail(*_args: object, **_kwargs: object) -> list[object]:
        raise OSError("disk gone")  # after every person's rows were written, before commit

    monkeypatch.setattr(personal_data_erasure, "find_mentions_in_accounts", fail)
    with pytest.raises(OSError):
        erase_people(demo_db, people)
    assert dump_data(demo_db)["tables"] == before

    monkeypatch.undo()
    with pytest.raises(NotFoundError, match="nobody was erased"):
        erase_people(demo_db, [people[0], 987654])
    assert dump_data(demo_db)["tables"] == before


def test_a_person_is_found_by_account_and_name_or_id(demo_db: Database) -> None:
    person, account, name, _email, _phone = person_with_history(demo_db)
    with demo_db.session() as session:
        account_name = session.get(Account, account).name  # type: ignore[union-attr]
        session.add(Stakeholder(account_id=account, name="Kim Twin"))
        session.add(Stakeholder(account_id=account, name="Kim Twin"))
    assert find_person(demo_db, account_name, name) == person
    assert find_person(demo_db, str(account), f" {name} ") == person
    assert find_person(demo_db, account_name, str(person)) == person
    with pytest.raises(NotFoundError, match="has no stakeholder named 'Nobody'"):
        find_person(demo_db, account_name, "Nobody")
    with pytest.raises(ValidationError, match="2 stakeholders named 'Kim Twin'"):
        find_person(demo_db, account_name, "Kim Twin")
    with pytest.raises(NotFoundError, match="no account"):
        find_person(demo_db, "No Such GmbH", name)


@pytest.mark.sqlite_only
def test_a_reader_elsewhere_delays_the_wipe_and_erasing_again_completes_it(
    demo_db: Database,
) -> None:
    import sqlite3

    person, _account, name, email, _phone = person_with_history(demo_db)
    path = demo_db.location.path
    assert path is not None
    # The wipe waits for the reader as long as the file's lock wait; the default 10 s of it
    # only made this test wait, so the file is opened again with a short one.
    demo_db.close()
    db = open_database(path, daily_backup=False, busy_timeout_ms=200)
    reader = sqlite3.connect(path, timeout=0.1)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM stakeholder").fetchone()  # a read kept open
    try:
        first = erase_people(db, [person])
    finally:
        reader.rollback()
        reader.close()
    assert not first.file_wiped  # erased, but the old pages could not all be wiped yet
    assert first.placeholders == ("Former contact 1",)

    again = erase_people(db, [person])
    db.close()

    assert again.file_wiped and again.placeholders == ("Former contact 1",)
    after = file_bytes(path)
    assert name.encode() not in after and email.encode() not in after


def test_a_german_plan_prints_the_erased_person_in_german(demo_db: Database) -> None:
    person, account, _name, _email, _phone = person_with_history(demo_db)
    erase_people(demo_db, [person])
    printed = {}
    for lang in ("de", "en"):
        pdf = render_document(demo_db, account, ExportOptions(lang=lang), TODAY).data
        printed[lang] = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Ehemaliger Kontakt 1" in printed["de"] and "Former contact 1" not in printed["de"]
    assert "Former contact 1" in printed["en"]
