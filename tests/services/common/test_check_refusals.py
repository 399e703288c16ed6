"""Every CHECK constraint has a sentence in the user's words, found from either driver's text."""

from __future__ import annotations

from sqlalchemy import CheckConstraint

from kamdesk.services.common.check_refusals import (
    CHOICE,
    OUT_OF_RANGE,
    SENTENCES,
    check_constraint_named_in,
    check_sentence,
)
from kamdesk.store.orm import Base


def _check_constraints() -> set[str]:
    return {
        str(constraint.name)
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    }


def test_every_check_constraint_has_its_sentence() -> None:
    names = _check_constraints()
    assert len(names) > 50
    assert sorted(names - SENTENCES.keys()) == []
    assert sorted(SENTENCES.keys() - names) == []  # no sentence for a constraint that is gone


def test_a_list_choice_gets_the_choice_sentence_and_a_range_its_rule() -> None:
    in_list = {
        str(constraint.name)
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint) and " IN " in str(constraint.sqltext)
    }
    assert {name for name, sentence in SENTENCES.items() if sentence is CHOICE} == in_list


def test_both_drivers_name_the_constraint() -> None:
    sqlite = "CHECK constraint failed: ck_revenue_entry_quarter"
    postgres = (
        'new row for relation "revenue_entry" violates check constraint '
        '"ck_revenue_entry_quarter"\nDETAIL:  Failing row contains (1, 2026, 7).'
    )
    assert check_constraint_named_in(sqlite) == "ck_revenue_entry_quarter"
    assert check_constraint_named_in(postgres) == "ck_revenue_entry_quarter"
    assert str(check_sentence(postgres)) == "The quarter must be from 1 to 4."


def test_an_unworded_constraint_gets_a_plain_sentence_without_the_driver_text() -> None:
    sentence = check_sentence("CHECK constraint failed: ck_future_rule")
    assert sentence is OUT_OF_RANGE
    assert "ck_" not in str(sentence)
