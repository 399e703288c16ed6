"""The one edit protocol: a write names what it saw (a version or the values it expects)."""

from __future__ import annotations

import pytest

from kamdesk.services.common.row_deletion import delete_row, restore_rows
from kamdesk.services.common.row_editing import NameRule, create_row, update_fields
from kamdesk.services.profile.account_profile_editing import (
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, NotFoundError, ValidationError
from kamdesk.store.orm import Account, Stakeholder


def test_expected_values_allow_undoing_two_edits_of_one_row_in_turn(db: Database) -> None:
    account = create_account(db, "Acme")
    first = update_profile(db, account, 1, {"city": "Köln"})
    update_profile(db, account, first, {"city": "Bonn"})
    # The undos expect what their own step left; the versions moved on meanwhile.
    update_profile(db, account, {"city": "Bonn"}, {"city": "Köln"})
    update_profile(db, account, {"city": "Köln"}, {"city": ""})
    assert load_profile(db, account).city == ""
    assert load_profile(db, account).version == 5


def test_expected_values_are_compared_as_the_service_stores_them(db: Database) -> None:
    account = create_account(db, "Acme")
    # Typed with spaces, stored trimmed: the undo's expectation is trimmed the same way.
    update_profile(db, account, 1, {"city": "  Lyon "})
    update_profile(db, account, {"city": "  Lyon "}, {"city": ""})
    assert load_profile(db, account).city == ""


def test_a_value_changed_elsewhere_is_a_conflict_and_nothing_is_written(db: Database) -> None:
    account = create_account(db, "Acme")
    update_profile(db, account, 1, {"city": "Lyon"})
    update_profile(db, account, None, {"city": "Paris"})  # another window
    with pytest.raises(ConflictError, match="account was changed elsewhere"):
        update_profile(db, account, {"city": "Lyon"}, {"city": ""})
    assert load_profile(db, account).city == "Paris"


def test_a_delete_names_what_it_saw_too(db: Database) -> None:
    account, _ = create_row(db, Account, {"name": "Acme"})
    person, first = create_row(db, Stakeholder, {"account_id": account, "name": "Jo"})
    update_fields(db, Stakeholder, person, first, {"title": "CFO"})
    with pytest.raises(ConflictError):
        delete_row(db, Stakeholder, person, first)
    with pytest.raises(ConflictError):
        delete_row(db, Stakeholder, person, {"title": "CEO"})
    removed = delete_row(db, Stakeholder, person, {"title": "CFO"})
    assert removed.seen_values()["title"] == "CFO"
    assert "version" not in removed.seen_values()
    restore_rows(db, removed)
    # Deleting the restored row again expects what it held, whatever its version now is.
    delete_row(db, Stakeholder, person, removed.seen_values())
    with pytest.raises(NotFoundError, match="stakeholder no longer exists"):
        delete_row(db, Stakeholder, person, None)


def test_names_clash_ignoring_case_within_their_scope(db: Database) -> None:
    rule = NameRule(Account.name, 20, "A name, please.", "“{name}” is taken.")
    create_row(db, Account, {"name": "Müller AG"})
    with db.session() as session:
        with pytest.raises(ValidationError, match="“MÜLLER AG” is taken"):
            rule.check(session, "MÜLLER AG ")
        with pytest.raises(ValidationError, match="A name, please"):
            rule.check(session, "   ")
        with pytest.raises(ValidationError, match="at most 20 characters"):
            rule.check(session, "x" * 21)
        assert rule.check(session, " Meyer AG ") == "Meyer AG"
        own = session.query(Account.id).scalar()
        assert rule.check(session, "müller ag", own_id=own) == "müller ag"
