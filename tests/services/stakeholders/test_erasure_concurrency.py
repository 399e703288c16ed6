"""Erasing people while someone else edits them: no edit is lost and none overwrites the erasure.

The erasure writes its people with one bulk UPDATE per batch, all under one new row version
(:mod:`kamdesk.services.stakeholders.personal_data_erasure`). These tests hold it to the
optimistic-concurrency contract every single edit keeps: a person edited by someone else
after the erasure read them makes the whole erasure a conflict (nothing erased), and a window
that still holds a person's version from before the erasure cannot save over the placeholder.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.domain import former_contacts
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.stakeholders import personal_data_erasure
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.services.stakeholders.stakeholder_editing import (
    create_stakeholder,
    update_stakeholder,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError
from kamdesk.store.orm import Stakeholder


def _people(db: Database, count: int) -> list[int]:
    account = create_account(db, "Nordlicht Logistik GmbH")
    return [
        create_stakeholder(db, account, {"name": f"Person {n}", "email": f"p{n}@nordlicht.example",
                                         "notes": f"Notes on person {n}"})
        for n in range(count)
    ]


def _rows(db: Database) -> dict[int, tuple[str, str, str, int]]:
    with db.session() as session:
        rows = session.execute(
            select(Stakeholder.id, Stakeholder.name, Stakeholder.email, Stakeholder.notes,
                   Stakeholder.version)
        ).all()
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def test_an_edit_committed_after_the_erasure_read_its_people_is_a_conflict(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people(db, 4)
    before = _rows(db)
    edited = people[2]
    edits: list[int] = []

    def placeholder_name_after_an_edit(number: int) -> str:
        # The erasure has read its people and is about to write them: another user saves
        # one of them now, in a transaction of their own, with the version they had seen.
        if not edits:
            edits.append(update_stakeholder(db, edited, before[edited][3], {"notes": "Called"}))
        return former_contacts.placeholder_name(number)

    monkeypatch.setattr(personal_data_erasure, "placeholder_name", placeholder_name_after_an_edit)

    with pytest.raises(ConflictError):
        erase_people(db, people)

    after = _rows(db)
    # Nothing was erased (all or nothing) and the other user's edit stands.
    assert after[edited] == (before[edited][0], before[edited][1], "Called", edits[0])
    assert {key: value for key, value in after.items() if key != edited} == {
        key: value for key, value in before.items() if key != edited
    }


def test_a_window_holding_a_version_from_before_the_erasure_cannot_save_over_it(
    db: Database,
) -> None:
    people = _people(db, 3)
    before = _rows(db)

    report = erase_people(db, people)

    after = _rows(db)
    for key in people:
        assert after[key][3] != before[key][3]  # every erased row shows a new version
        with pytest.raises(ConflictError):
            update_stakeholder(db, key, before[key][3], {"notes": "Old window's note"})
    assert _rows(db) == after
    assert [after[key][0] for key in people] == list(report.placeholders)
    assert all(after[key][1:3] == ("", "") for key in people)


def test_erased_people_can_be_edited_again_with_their_new_version(db: Database) -> None:
    people = _people(db, 2)

    erase_people(db, people)

    seen: dict[int, Any] = _rows(db)
    new_version = update_stakeholder(db, people[0], seen[people[0]][3], {"notes": "Placeholder"})
    assert _rows(db)[people[0]] == (seen[people[0]][0], "", "Placeholder", new_version)
