"""A row deleted elsewhere is reported in one sentence, whichever service finds it gone."""

from __future__ import annotations

from pathlib import Path

import pytest

import kamdesk
from kamdesk.services.common.compare_and_set import changed_elsewhere
from kamdesk.services.common.deleted_elsewhere import THIS_RECORD, deleted_elsewhere
from kamdesk.services.plans.plan_assembly import assemble_on
from kamdesk.services.profile.account_profile_editing import create_account, delete_account
from kamdesk.services.profile.profile_reads import read_profile
from kamdesk.services.stakeholders.buying_center_editing import (
    create_buying_center,
    delete_buying_center,
)
from kamdesk.services.stakeholders.personal_data_access import person_in_database
from kamdesk.services.stakeholders.stakeholder_editing import (
    create_stakeholder,
    delete_stakeholder,
)
from kamdesk.services.tracking.goal_editing import create_goal
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import Base

SENTENCE = "This {} no longer exists; it was deleted elsewhere."


def test_the_core_read_and_the_plan_say_an_account_was_deleted_elsewhere(db: Database) -> None:
    account = create_account(db, "Acme")
    delete_account(db, account)
    with pytest.raises(NotFoundError) as refused:
        read_profile(db, account)
    assert str(refused.value) == SENTENCE.format("account")
    with db.read() as connection, pytest.raises(NotFoundError) as refused:
        assemble_on(connection, account)
    assert str(refused.value) == SENTENCE.format("account")


def test_a_row_and_a_new_child_of_a_deleted_parent_say_the_same(db: Database) -> None:
    account = create_account(db, "Acme")
    center = create_buying_center(db, account, "IT procurement")
    delete_buying_center(db, center, None)
    with pytest.raises(NotFoundError) as refused:
        delete_buying_center(db, center, None)
    assert str(refused.value) == SENTENCE.format("buying center")
    delete_account(db, account)
    with pytest.raises(NotFoundError) as refused:
        create_goal(db, account, {"title": "Grow", "metric": "revenue"})
    assert str(refused.value) == SENTENCE.format("account")


def test_no_other_module_words_the_sentence_itself() -> None:
    # Written out again somewhere, it would drift from the one in services/common.
    package = Path(kamdesk.__file__).parent
    wording = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "deleted elsewhere." in path.read_text(encoding="utf-8")
    ]
    assert wording == ["services/common/deleted_elsewhere.py"]


def test_every_kind_of_row_has_its_translatable_phrase() -> None:
    # A table without one would reach a German user as "This <table> …" in English.
    bookkeeping = {"row version clock"}  # no user edits or deletes it
    kinds = {table.replace("_", " ") for table in Base.metadata.tables} - bookkeeping
    assert kinds - set(THIS_RECORD) == set()
    for kind, phrase in THIS_RECORD.items():
        assert str(phrase) == f"This {OWN_WORDS.get(kind, kind)}"
        assert str(deleted_elsewhere(kind)) == SENTENCE.format(OWN_WORDS.get(kind, kind))


#: Tables whose name pasted after "This" is no English phrase ("This company settings").
OWN_WORDS = {
    "account team role": "role in the account team",
    "buying center member": "buying center membership",
    "company settings": "entry of the company settings",
    "interaction stakeholder": "participation in the interaction",
    "stakeholder link": "line between stakeholders",
    "swot item": "SWOT entry",
}


def test_the_reworded_kinds_read_as_english_in_a_conflict_too() -> None:
    assert str(changed_elsewhere("company settings")).startswith(
        "This entry of the company settings was changed elsewhere in the meantime;"
    )
    assert str(deleted_elsewhere("swot item")) == (
        "This SWOT entry no longer exists; it was deleted elsewhere."
    )


def test_a_person_is_they_not_it(db: Database) -> None:
    account = create_account(db, "Acme")
    person = create_stakeholder(db, account, {"name": "Ana Ruiz"})
    delete_stakeholder(db, person, None)
    with pytest.raises(NotFoundError) as refused:
        person_in_database(db, person)
    assert str(refused.value) == "This person no longer exists; they were deleted elsewhere."
    assert str(refused.value) == str(deleted_elsewhere("person"))
