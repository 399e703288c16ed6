"""Tests of the placeholder names of erased people and of finding a person in free text."""

from __future__ import annotations

import pytest

from kamdesk.domain.former_contacts import (
    excerpt,
    identifying_terms,
    mentions_term,
    next_placeholder_numbers,
    placeholder_name,
    placeholder_number,
    replace_terms,
)


def test_placeholders_are_numbered_and_recognised() -> None:
    assert placeholder_name(7) == "Former contact 7"
    assert placeholder_number("Former contact 7") == 7
    assert placeholder_number("Former contact 7b") is None
    assert placeholder_number("Anna Former contact 7") is None
    with pytest.raises(ValueError):
        placeholder_name(0)


def test_numbers_continue_after_the_highest_in_use_and_never_fill_a_gap() -> None:
    names = ["Anna Weber", "Former contact 1", "Former contact 4", "Former contact x"]
    assert next_placeholder_numbers(names, 3) == [5, 6, 7]
    assert next_placeholder_numbers(["Anna Weber"], 2) == [1, 2]
    assert next_placeholder_numbers([], 0) == []


def test_identifying_terms_leave_out_blank_values() -> None:
    assert identifying_terms(" Anna Weber ", "", "+49 30 1234") == ("Anna Weber", "+49 30 1234")


def test_terms_are_found_and_replaced_ignoring_case_longest_first() -> None:
    terms = ("Anna", "anna@example.com")
    text = "Call ANNA (Anna@Example.com) tomorrow"
    assert mentions_term(text, terms) == "Anna"
    assert mentions_term("Call Bert", terms) is None
    assert replace_terms(text, terms, "Former contact 2") == (
        "Call Former contact 2 (Former contact 2) tomorrow"
    )


def test_an_excerpt_shows_the_match_with_some_context_on_one_line() -> None:
    text = "x" * 50 + " agreed with\nAnna Weber on the price " + "y" * 50
    piece = excerpt(text, "anna weber", context=12)
    assert piece == "…agreed with Anna Weber on the pric…"
    assert excerpt("short Anna", "anna", context=30) == "short Anna"
    assert excerpt("nobody", "anna") == ""
    # Case folding changes the length of "ß": the excerpt still points at the match.
    assert excerpt("Straße Straße Anna", "anna", context=3) == "…ße Anna"
