"""The entry point: global options, the subcommands, and the error contract."""

from __future__ import annotations

import argparse
import functools
import gc
import os
import sys
from collections.abc import Sequence

from kamdesk import __version__
from kamdesk.cli import (
    commands_app,
    commands_data,
    commands_desktop,
    commands_dump,
    commands_export,
    commands_import,
    commands_person,
    commands_portfolio,
    commands_storage,
)
from kamdesk.cli.errors import CommandError, report, report_unexpected
from kamdesk.cli.pytz_zone_list import trust_pytz_zone_list
from kamdesk.store.errors import ConflictError, NotFoundError, StorageError, ValidationError

#: Modules that add top-level commands, each with ``register(subparsers)``.
COMMAND_MODULES = (
    commands_app, commands_data, commands_storage, commands_export, commands_portfolio,
    commands_desktop, commands_import, commands_dump, commands_person,
)

# Young, middle and old generation thresholds for a command (Python's are 700, 10, 10).
COMMAND_GC_THRESHOLDS = (50_000, 20, 100)
#: The errors whose message is meant for the user as it is.
USER_ERRORS = (CommandError, StorageError, NotFoundError, ValidationError, ConflictError)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="kamdesk",
        description="Key account plans on your desktop: profiles, stakeholder maps, goals, "
        "whitespace and printed account plans.",
    )
    parser.add_argument("--version", action="version", version=f"kamdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the database file or SQLAlchemy URL (default: $KAMDESK_DB, else a file in "
        "your data folder)",
    )
    parser.add_argument("--lang", choices=("de", "en"), help="language of the app and documents")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


@functools.cache
def shared_parser() -> argparse.ArgumentParser:
    """The one parser of this process, built on first use and reused by every ``main()``.

    Building it costs about 58 ms (mostly argparse looking up its own message catalogue with
    gettext, some 84 lookups a build); a process that calls ``main()`` many times (the tests,
    346 calls in the malformed-file checks alone) paid that each time. Reuse is safe because
    argparse keeps no state between ``parse_args`` calls: each call starts a new namespace
    from the defaults. A list default (``import --map``) is the one object shared between
    calls: ``parse_command_line`` gives each call its own copy. Nothing in the parser depends
    on the moment it was built: no default comes from the environment or the clock, and help
    is formatted at the terminal width of the moment it is printed.
    """
    return build_parser()


def parse_command_line(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments of one ``main()`` call, sharing no mutable value with any other call.

    Without a command, the app's ``gui`` is meant (a double-click starts the window).
    """
    parser = shared_parser()
    arguments = parser.parse_args(argv)
    if getattr(arguments, "handler", None) is None:
        arguments = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    # An argument not given holds the parser's own default object; a list there (``--map``)
    # would carry what one call's handler appended into the next call.
    for name, value in list(vars(arguments).items()):
        if isinstance(value, list):
            setattr(arguments, name, list(value))
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 error, 2 usage)."""
    trust_pytz_zone_list()
    _give_a_windowed_app_streams()
    # A command is a short process that builds its data up and prints it, making almost no
    # garbage; with Python's default thresholds a collection starts every 700 new objects
    # and, now and then, walks everything the command holds, for nothing (a third of
    # `kamdesk portfolio` on 10,000 accounts). Reference counting still frees memory.
    # The app collects on its own schedule (GuiThreadGarbageCollector); a caller that runs
    # main() in its own process (the tests) gets its thresholds back.
    previous = gc.get_threshold()
    gc.set_threshold(*COMMAND_GC_THRESHOLDS)
    try:
        return _run(argv)
    finally:
        gc.set_threshold(*previous)


def _run(argv: Sequence[str] | None) -> int:
    arguments = parse_command_line(argv)
    try:
        result = arguments.handler(arguments)
    except USER_ERRORS as error:
        report(str(error))
        return 1
    except KeyboardInterrupt:
        report("interrupted")
        return 1
    except BrokenPipeError:
        return 0  # the reader (e.g. `head`) went away: not an error of ours
    except OSError as error:
        report(f"{error.strerror or error}: {error.filename}" if error.filename else str(error))
        return 1
    except Exception as error:
        report_unexpected(error)
        return 1
    return int(result or 0)


def _give_a_windowed_app_streams() -> None:
    # A windowed app (the Windows bundle's kamdesk.exe, pythonw) starts without stdout and
    # stderr: writing to them would fail, so what it would print goes nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
