"""Every write is signed: ``changed_by`` from the open database's editor, ORM and Core alike.

And the change counter: every INSERT, UPDATE and DELETE moves it, and an engine tells its
own steps from another writer's.
"""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy import delete, insert, select, update

from kamdesk.services.profile.account_profile_editing import (
    create_account,
    delete_account,
    load_profile,
    update_profile,
)
from kamdesk.store.change_clock import read_clock
from kamdesk.store.database import Database, open_database
from kamdesk.store.editors import clean_editor_name, editor_for, set_editor
from kamdesk.store.orm import Account, Competitor
from kamdesk.store.own_writes import steps_by_others


def _signature(db: Database, model: type, row_id: int) -> str | None:
    with db.session() as session:
        return session.execute(select(model.changed_by).where(model.id == row_id)).scalar_one()


def _clock(db: Database) -> int:
    with db.session() as session:
        return read_clock(session.connection())


def test_orm_writes_are_signed_by_the_editor_set_on_open(db: Database) -> None:
    set_editor(db.engine, "Anna Berger")
    account = create_account(db, "Signiert AG")
    assert _signature(db, Account, account) == "Anna Berger"
    set_editor(db.engine, "Ben Krause")
    update_profile(db, account, load_profile(db, account).version, {"industry": "Chemie"})
    assert _signature(db, Account, account) == "Ben Krause"


def test_core_inserts_and_updates_are_signed_too(db: Database) -> None:
    set_editor(db.engine, "Import Ida")
    account = create_account(db, "Kern AG")
    with db.session() as session:
        session.execute(
            insert(Competitor),
            [{"account_id": account, "name": f"Rivale {n}", "kind": "customers"}
             for n in range(3)],
        )
    with db.session() as session:
        names = session.execute(select(Competitor.changed_by)).scalars().all()
    assert names == ["Import Ida"] * 3
    set_editor(db.engine, "Bulk Bert")
    with db.session() as session:
        session.execute(update(Account).where(Account.id == account).values(notes="bulk"))
    assert _signature(db, Account, account) == "Bulk Bert"


def test_without_a_name_the_login_name_signs(db: Database) -> None:
    set_editor(db.engine, None)
    account = create_account(db, "Login AG")
    assert _signature(db, Account, account) == clean_editor_name(getpass.getuser())


def test_a_missing_login_name_leaves_the_row_unsigned(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_user() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_user)
    set_editor(db.engine, "   ")  # blank: the login name, which cannot be found here
    assert editor_for(db.engine) is None
    assert _signature(db, Account, create_account(db, "Anonym AG")) is None


def test_a_name_is_one_trimmed_line_at_most_120_characters() -> None:
    assert clean_editor_name("  Anna\n Berger ") == "Anna Berger"
    assert clean_editor_name("x" * 300) == "x" * 120
    assert clean_editor_name(" \t") is None


def test_two_open_databases_sign_with_their_own_names(database_url: str) -> None:
    first = open_database(database_url, daily_backup=False)
    second = open_database(database_url, daily_backup=False)
    try:
        set_editor(first.engine, "Erste")
        set_editor(second.engine, "Zweite")
        one = create_account(first, "Eins AG")
        two = create_account(second, "Zwei AG")
        assert _signature(first, Account, one) == "Erste"
        assert _signature(first, Account, two) == "Zweite"
    finally:
        first.close()
        second.close()


def test_every_insert_update_and_delete_moves_the_counter(db: Database) -> None:
    before = _clock(db)
    account = create_account(db, "Zähler AG")
    after_insert = _clock(db)
    assert after_insert > before
    update_profile(db, account, load_profile(db, account).version, {"city": "Ulm"})
    after_update = _clock(db)
    assert after_update > after_insert
    delete_account(db, account)
    after_orm_delete = _clock(db)
    assert after_orm_delete > after_update
    other = create_account(db, "Kern-Löschung AG")
    counted = _clock(db)
    with db.session() as session:
        session.execute(delete(Account).where(Account.id == other))
    assert _clock(db) > counted


def test_own_steps_are_told_from_another_writers(database_url: str) -> None:
    mine = open_database(database_url, daily_backup=False)
    theirs = open_database(database_url, daily_backup=False)
    try:
        seen = _clock(mine)
        account = create_account(mine, "Meins AG")
        now = _clock(mine)
        assert steps_by_others(mine.engine, seen, now) == 0
        seen = now
        update_profile(theirs, account, load_profile(theirs, account).version, {"city": "Bonn"})
        update_profile(mine, account, load_profile(mine, account).version, {"city": "Kiel"})
        now = _clock(mine)
        assert steps_by_others(mine.engine, seen, now) == 1
        # Their step, seen from their side, is their own; mine is the other one.
        assert steps_by_others(theirs.engine, seen, now) == 1
    finally:
        mine.close()
        theirs.close()


def test_a_rolled_back_step_is_not_counted_as_own(db: Database) -> None:
    seen = _clock(db)
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Account(name="Zurück AG"))
        session.flush()
        raise RuntimeError("the user's edit failed half-way")
    assert _clock(db) == seen
    other = open_database(db.location.path or db.location.url, daily_backup=False)
    try:
        create_account(other, "Fremd AG")  # may take the very step that was rolled back
    finally:
        other.close()
    assert steps_by_others(db.engine, seen, _clock(db)) == 1
