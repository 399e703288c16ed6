"""An access request on a server names this user's dumps of the database that hold the person.

On the session's PostgreSQL server: a demo database is dumped as the daily and a manual
backup; the person's record (JSON and PDF, English and German) lists both as server dumps
with their times and reasons, exactly the dumps an erasure would list; a damaged dump is
listed as unreadable (it may hold them) and left byte-for-byte; a person in no dump gets
no server dump listed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.services.admin.person_access_request import export_person, person_record
from kamdesk.services.admin.person_in_backups import backups_holding
from kamdesk.services.admin.server_backups import server_dump_files, write_server_backup
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database
from kamdesk.store.orm import Stakeholder
from tests.reports.pdf_helpers import squeezed

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, seed=7, today=TODAY)


def first_person(db: Database) -> int:
    with db.session() as session:
        return int(session.scalars(
            select(Stakeholder.id).where(Stakeholder.email != "").order_by(Stakeholder.id)
        ).first() or 0)


def server_dumps_in(data: dict[str, object]) -> list[dict[str, str]]:
    copies = data["copies"]
    assert isinstance(copies, list)
    return [copy for copy in copies if copy["kind"] != "plan_snapshot"]


def test_two_dumps_holding_the_person_are_listed_in_the_json_and_the_pdf(
    demo_db: Database, tmp_path: Path
) -> None:
    person = first_person(demo_db)
    daily = write_server_backup(demo_db, "daily").path
    manual = write_server_backup(demo_db, "manual").path
    dumps = {dump.path: dump for dump in server_dump_files(demo_db.location)}

    export_person(demo_db, person, tmp_path / "person.json", today=TODAY)

    data = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert server_dumps_in(data) == [
        {"kind": "server_dump", "taken_at": dumps[path].taken_at.isoformat(),
         "reason": reason, "where": path.name}
        for path, reason in ((daily, "daily"), (manual, "manual"))
    ]
    assert datetime.fromisoformat(server_dumps_in(data)[0]["taken_at"]).utcoffset() is not None
    # The erasure's own search lists the same dumps: one answer for both requests.
    held = backups_holding(demo_db, person).backups
    assert [copy["where"] for copy in server_dumps_in(data)] == [b.path.name for b in held]

    for lang, words in (("en", ["Serverdump(daily)", "Serverdump(byhand)"]),
                        ("de", ["Server-Dump(täglich)", "Server-Dump(vonHand)"])):
        target = tmp_path / f"person-{lang}.pdf"
        export_person(demo_db, person, target, lang=lang, today=TODAY)
        printed = squeezed(target.read_bytes())  # a long file name breaks across lines
        for expected in [*words, daily.name, manual.name]:
            assert expected in printed, (lang, expected)


def test_a_damaged_dump_is_named_as_unreadable_and_left_as_it_was(
    demo_db: Database, tmp_path: Path
) -> None:
    person = first_person(demo_db)
    daily = write_server_backup(demo_db, "daily").path
    damaged = write_server_backup(demo_db, "manual").path
    damaged.write_bytes(damaged.read_bytes()[:-100])
    kept = damaged.read_bytes()

    record = person_record(demo_db, person, TODAY)

    assert [(c.kind, c.reason, c.where) for c in record.copies if c.kind != "plan_snapshot"] == [
        ("server_dump", "daily", daily.name),
        ("unreadable_server_dump", "manual", damaged.name),
    ]
    export_person(demo_db, person, tmp_path / "person.json", today=TODAY)
    data = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert [copy["kind"] for copy in server_dumps_in(data)] == [
        "server_dump", "unreadable_server_dump"]
    for lang, words in (("en", "Couldnotberead,soitmayholdthisperson'sdata."),
                        ("de", "Nichtlesbar,kannalsoDatendieserPersonenthalten.")):
        target = tmp_path / f"person-{lang}.pdf"
        export_person(demo_db, person, target, lang=lang, today=TODAY)
        assert damaged.name + words in squeezed(target.read_bytes()), lang
    assert damaged.read_bytes() == kept


def test_a_person_in_no_dump_gets_no_dump_listed(demo_db: Database, tmp_path: Path) -> None:
    write_server_backup(demo_db, "daily")
    write_server_backup(demo_db, "manual")
    newcomer = create_stakeholder(demo_db, 1, {"name": "Nina Neumann",
                                               "email": "nina.neumann@example.com"})

    export_person(demo_db, newcomer, tmp_path / "person.json", today=TODAY)

    data = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert server_dumps_in(data) == []
    assert backups_holding(demo_db, newcomer).backups == ()
    # The person who was there when the dumps were taken is in both.
    veteran = person_record(demo_db, first_person(demo_db), TODAY)
    assert [c.kind for c in veteran.copies if c.kind != "plan_snapshot"] == ["server_dump"] * 2
