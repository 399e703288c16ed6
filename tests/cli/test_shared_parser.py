"""One parser per process: every ``main()`` call still parses as if the parser were new.

``main()`` reuses the parser it built first (building one costs about 58 ms, and the tests
call ``main()`` hundreds of times). These checks hold the reuse to what a fresh parser gives
and show that no value of one call reaches the next.
"""

from __future__ import annotations

import argparse

import pytest

from kamdesk.cli.main import build_parser, parse_command_line, shared_parser

#: One command line per kind of argument: defaults, choices, typed values, nested commands,
#: set_defaults of sibling commands, a repeatable option given and not given.
COMMAND_LINES = [
    ["accounts"],
    ["--lang", "de", "accounts", "--format", "csv"],
    ["demo", "--accounts", "5", "--seed", "3"],
    ["plan", "2", "--format", "json"],
    ["export", "plan", "1", "-o", "plan.pdf", "--audience", "client"],
    ["export", "brief", "1", "-o", "brief.pdf"],
    ["import", "contacts", "people.csv", "--map", "Firma=name", "--map", "Ort=city", "--dry-run"],
    ["import", "contacts", "people.csv"],
    ["db", "current"],
    ["--db", "other.sqlite3", "portfolio", "--format", "json"],
    ["backup", "-o", "copy.sqlite3"],
    [],
]


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=lambda argv: " ".join(argv) or "(none)")
def test_the_shared_parser_reads_every_line_as_a_new_one_does(argv: list[str]) -> None:
    # Read a different line first, so that a value kept from it would show.
    parse_command_line(["import", "contacts", "x.csv", "--map", "a=b", "--format", "json"])
    fresh = build_parser().parse_args(argv or ["gui"])
    assert vars(parse_command_line(argv)) == vars(fresh)


def test_main_builds_the_parser_once() -> None:
    assert shared_parser() is shared_parser()


def test_a_repeatable_option_starts_empty_in_every_call() -> None:
    given = parse_command_line(["import", "contacts", "x.csv", "--map", "Firma=name"])
    assert given.map == ["Firma=name"]
    assert parse_command_line(["import", "contacts", "x.csv"]).map == []


def test_what_one_call_does_to_its_arguments_does_not_reach_the_next() -> None:
    """A handler may extend a list it was given; the next call starts from the default."""
    first = parse_command_line(["import", "contacts", "x.csv"])
    first.map.append("Firma=name")
    assert parse_command_line(["import", "contacts", "x.csv"]).map == []


def test_a_usage_error_leaves_the_parser_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        parse_command_line(["demo", "--accounts", "none"])
    assert leaving.value.code == 2
    assert "--accounts" in capsys.readouterr().err
    assert vars(parse_command_line(["demo"])) == vars(build_parser().parse_args(["demo"]))


def test_the_shared_parser_is_an_argument_parser_of_kamdesk() -> None:
    assert isinstance(shared_parser(), argparse.ArgumentParser)
    assert shared_parser().prog == "kamdesk"
