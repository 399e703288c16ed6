"""Turning failures into the one line on stderr that the command-line contract promises."""

from __future__ import annotations

import sys


class CommandError(Exception):
    """A command cannot do what was asked; the message is the line the user sees."""


def report_unexpected(error: BaseException) -> None:
    """Log the error (the app's error log, no customer data) and say one line on stderr."""
    from kamdesk.system.error_log import log_unexpected  # logging loads only on a failure

    path = log_unexpected(error, "command line")
    details = f"details in {path}" if path is not None else "the log file could not be written"
    report(f"unexpected {type(error).__name__}: {error} ({details})")


def report(message: str) -> None:
    """One line on stderr (nowhere when there is no stderr: a windowed app)."""
    text = " ".join(str(message).split())
    if sys.stderr is not None:
        print(f"kamdesk: error: {text}", file=sys.stderr)
