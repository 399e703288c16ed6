"""Tests for kamdesk.domain.reporting_lines: cycle checks on clean and damaged data."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.reporting_lines import as_forest, descendants, roots, would_create_cycle

# ceo ─┬─ cfo ── controller
#      └─ cto ─┬─ dev1
#              └─ dev2 ── intern
CLEAN: dict[str, str | None] = {
    "ceo": None,
    "cfo": "ceo",
    "controller": "cfo",
    "cto": "ceo",
    "dev1": "cto",
    "dev2": "cto",
    "intern": "dev2",
}


def test_reporting_to_oneself_is_a_cycle() -> None:
    assert would_create_cycle(CLEAN, "cfo", "cfo")
    assert would_create_cycle({}, "new", "new")


def test_no_manager_is_never_a_cycle() -> None:
    assert not would_create_cycle(CLEAN, "ceo", None)


def test_two_cycle() -> None:
    assert would_create_cycle(CLEAN, "ceo", "cfo")


def test_long_cycle() -> None:
    assert would_create_cycle(CLEAN, "ceo", "intern")
    assert would_create_cycle(CLEAN, "cto", "intern")


def test_legal_moves() -> None:
    assert not would_create_cycle(CLEAN, "intern", "cfo")
    assert not would_create_cycle(CLEAN, "cto", "controller")
    # The current line of the person moved does not count: dev2 moving under dev1 is fine.
    assert not would_create_cycle(CLEAN, "dev2", "dev1")


def test_unknown_manager_is_not_a_cycle() -> None:
    assert not would_create_cycle(CLEAN, "ceo", "somebody outside")


def test_pre_existing_cycle_elsewhere_terminates_and_is_not_reported() -> None:
    broken = {**CLEAN, "a": "b", "b": "c", "c": "a"}
    assert not would_create_cycle(broken, "intern", "a")


def test_pre_existing_cycle_through_the_person_is_reported() -> None:
    broken = {"a": "b", "b": "a", "x": None}
    assert would_create_cycle(broken, "a", "b")
    # Moving a out of the loop under x breaks it.
    assert not would_create_cycle(broken, "a", "x")


def test_roots_of_clean_data() -> None:
    assert roots(CLEAN) == ["ceo"]
    assert roots({}) == []


def test_roots_cut_unknown_managers_and_loops() -> None:
    data = {"a": "b", "b": "a", "c": "gone", "d": "c", "e": "e", "f": "a"}
    assert roots(data) == ["a", "c", "e"]
    assert as_forest(data) == {"a": None, "b": "a", "c": None, "d": "c", "e": None, "f": "a"}


def test_forest_cuts_loop_at_first_member_in_order() -> None:
    assert as_forest({"y": "x", "x": "y"}) == {"y": None, "x": "y"}


def test_descendants() -> None:
    assert descendants(CLEAN, "cto") == {"dev1", "dev2", "intern"}
    assert descendants(CLEAN, "intern") == set()
    assert descendants(CLEAN, "ceo") == set(CLEAN) - {"ceo"}
    assert descendants(CLEAN, "unknown") == set()


def test_descendants_in_a_loop_terminate_and_exclude_the_person() -> None:
    data = {"a": "b", "b": "c", "c": "a", "d": "c"}
    assert descendants(data, "a") == {"b", "c", "d"}


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.integers(0, 30), st.one_of(st.none(), st.integers(0, 35)), max_size=30),
    st.integers(0, 30),
    st.one_of(st.none(), st.integers(0, 35)),
)
def test_cycle_check_agrees_with_descendants_on_any_data(
    data: dict[int, int | None], person: int, manager: int | None
) -> None:
    expected = manager is not None and (manager == person or manager in descendants(data, person))
    assert would_create_cycle(data, person, manager) == expected


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.integers(0, 30), st.one_of(st.none(), st.integers(0, 35))))
def test_forest_is_acyclic_and_only_cuts_lines(data: dict[int, int | None]) -> None:
    forest = as_forest(data)
    assert list(forest) == list(data)
    for key, parent in forest.items():
        assert parent is None or parent == data[key]
        seen = {key}
        while parent is not None:
            assert parent not in seen
            seen.add(parent)
            parent = forest[parent]
