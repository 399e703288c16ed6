"""Turning failures into the one line on stderr that the command-line contract promises."""

from __future__ import annotations

import sys
from pathlib import Path


class CommandError(Exception):
    """A command cannot do what was asked; the message is the line the user sees."""


def log_file() -> Path:
    """Where unexpected errors are logged with their traceback."""
    from platformdirs import user_log_dir  # only needed when something went wrong

    folder = Path(user_log_dir("kamdesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "kamdesk.log"


def report_unexpected(error: BaseException) -> None:
    """Log the traceback to the log file and say one line about it on stderr."""
    import logging  # loaded when something went wrong, not on every start

    where = "the log"
    try:
        path = log_file()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("kamdesk").exception("unexpected error", exc_info=error)
        where = str(path)
    except OSError:
        pass
    print(f"kamdesk: error: unexpected {type(error).__name__}: {error} (details in {where})",
          file=sys.stderr)


def report(message: str) -> None:
    """One line on stderr."""
    text = " ".join(str(message).split())
    print(f"kamdesk: error: {text}", file=sys.stderr)
