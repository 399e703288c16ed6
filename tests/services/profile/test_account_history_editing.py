"""Tests of interactions with stakeholder attachments."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.services.profile.account_history_editing import (
    add_interaction,
    delete_interaction,
    last_contact,
    list_interactions,
    stakeholder_choices,
    update_interaction,
)
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Stakeholder


def _people(db: Database, account: int, *names: str) -> list[int]:
    with db.session() as session:
        rows = [Stakeholder(account_id=account, name=name) for name in names]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def test_interactions_are_newest_first_with_attendees(db: Database) -> None:
    account = create_account(db, "Acme")
    ann, bob = _people(db, account, "Ann", "Bob")
    add_interaction(db, account, {"occurred_on": date(2024, 1, 5), "kind": InteractionKind.CALL})
    newest = add_interaction(
        db, account,
        {"occurred_on": date(2024, 3, 1), "kind": InteractionKind.VISIT,
         "stakeholder_ids": [bob, ann]},
    )
    rows = list_interactions(db, account)
    assert rows[0].id == newest
    assert rows[0].stakeholder_names == ("Ann", "Bob")
    assert last_contact(db, account) == date(2024, 3, 1)
    assert [c.name for c in stakeholder_choices(db, account)] == ["Ann", "Bob"]


def test_changing_attendees_moves_the_version(db: Database) -> None:
    account = create_account(db, "Acme")
    (ann,) = _people(db, account, "Ann")
    row_id = add_interaction(db, account, {"occurred_on": date(2024, 1, 5), "kind": "call"})
    seen = list_interactions(db, account)[0].version
    update_interaction(db, row_id, seen, {"stakeholder_ids": [ann]})
    with pytest.raises(ConflictError):
        update_interaction(db, row_id, seen, {"stakeholder_ids": []})
    assert list_interactions(db, account)[0].stakeholder_ids == (ann,)


def test_refuses_future_days_and_foreign_stakeholders(db: Database) -> None:
    account = create_account(db, "Acme")
    other = create_account(db, "Beta")
    (stranger,) = _people(db, other, "Zed")
    with pytest.raises(ValidationError) as caught:
        add_interaction(db, account, {"occurred_on": date(2030, 1, 1), "kind": "call"},
                        today=date(2025, 1, 1))
    assert caught.value.field == "occurred_on"
    with pytest.raises(ValidationError):
        add_interaction(db, account, {"occurred_on": date(2024, 1, 1), "kind": "call",
                                      "stakeholder_ids": [stranger]})
    assert list_interactions(db, account) == []


def test_delete_restores_attendees(db: Database) -> None:
    account = create_account(db, "Acme")
    (ann,) = _people(db, account, "Ann")
    row_id = add_interaction(
        db, account, {"occurred_on": date(2024, 1, 5), "kind": "meeting", "stakeholder_ids": [ann]}
    )
    removed = delete_interaction(db, row_id, None)
    assert last_contact(db, account) is None
    restore_rows(db, removed)
    assert list_interactions(db, account)[0].stakeholder_ids == (ann,)
