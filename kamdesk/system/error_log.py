"""The error log: one rotating file in the user's log folder, for the app and the CLI.

The log is for finding bugs, and a user may send it to whoever supports kamdesk, so it
holds no customer data beyond ids: exception *messages* are left out (they quote names,
e-mail addresses and whatever text was being saved), as are local variables; what remains
is the exception's type and where it happened (file, line, function, the line of code).
Log calls keep customer data out of the message template; their arguments are printed only
when they are numbers (ids, counts), anything else is shown as ``<…>``.

Nothing is written until the first error: the folder and file appear only then.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from kamdesk import __version__

LOGGER_NAME = "kamdesk"
FILE_NAME = "kamdesk.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
WITHHELD = "<…>"
# Where a library's path starts to mean something; what comes before is the user's folders.
_PATH_ANCHORS = ("site-packages", "dist-packages", "_internal", "lib-dynload")

_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def log_folder() -> Path:
    """The user's log folder (platformdirs: ~/.local/state/kamdesk/log on Linux,
    %LOCALAPPDATA%\\kamdesk\\Logs on Windows, ~/Library/Logs/kamdesk on macOS)."""
    return Path(user_log_dir("kamdesk", appauthor=False))


def log_file() -> Path:
    """The current log file (older ones are ``kamdesk.log.1`` … ``.3``)."""
    return log_folder() / FILE_NAME


class _FolderCreatingHandler(RotatingFileHandler):
    """A rotating file handler that creates its folder when it first writes, and fails
    quietly: a log that cannot be written must not turn one error into two."""

    failed = False

    def _open(self) -> TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        """Remember the failure instead of printing logging's own traceback."""
        self.failed = True


class RedactingFormatter(logging.Formatter):
    """Formats records without exception messages, locals or non-numeric arguments."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatMessage(self, record: logging.LogRecord) -> str:
        """The line with the message template and only its numeric arguments."""
        record.message = redacted_message(record)
        return super().formatMessage(record)

    def formatException(self, ei: object) -> str:
        """The traceback without messages."""
        if isinstance(ei, tuple) and len(ei) == 3 and isinstance(ei[1], BaseException):
            return describe_exception(ei[1])
        return ""

    def format(self, record: logging.LogRecord) -> str:
        """Like logging's, but never with an exception text another handler cached on the
        record (it would carry the messages); ours is not left behind either."""
        record.exc_text = None
        text = super().format(record)
        record.exc_text = None
        return text


def redacted_message(record: logging.LogRecord) -> str:
    """The record's message with every argument that is not a number withheld."""
    if not record.args:
        return str(record.msg)
    args = record.args if isinstance(record.args, tuple) else (record.args,)
    shown = tuple(arg if _is_number(arg) else WITHHELD for arg in args)
    try:
        return str(record.msg) % shown
    except (TypeError, ValueError):
        return f"{record.msg} ({len(shown)} arguments withheld)"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def describe_exception(error: BaseException, _seen: set[int] | None = None) -> str:
    """The exception chain as types and code locations, oldest first; no messages."""
    seen = _seen if _seen is not None else set()
    seen.add(id(error))
    parts: list[str] = []
    cause, context = error.__cause__, error.__context__
    if cause is not None and id(cause) not in seen:
        parts += [describe_exception(cause, seen), _CAUSE]
    elif context is not None and not error.__suppress_context__ and id(context) not in seen:
        parts += [describe_exception(context, seen), _CONTEXT]
    parts.append(_describe_one(error))
    return "\n\n".join(parts)


def _describe_one(error: BaseException) -> str:
    lines = ["Traceback (most recent call last; messages left out):"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f'  File "{short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    kind = type(error)
    module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
    lines.append(f"{module}{kind.__qualname__}")
    return "\n".join(lines)


def short_path(filename: str) -> str:
    """A source file's path from its package on (the user's folders and name left out)."""
    parts = Path(filename).parts
    for anchor in _PATH_ANCHORS:
        if anchor in parts:
            rest = parts[len(parts) - parts[::-1].index(anchor):]
            if rest:
                return "/".join(rest)
    if "kamdesk" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("kamdesk"):])
    return Path(filename).name


def environment_line() -> str:
    """kamdesk's version and the system it runs on (no user or machine names)."""
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return (
        f"kamdesk {__version__}{frozen}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def crash_report(error: BaseException) -> str:
    """What the log holds for an unexpected error, and what "Copy details" copies."""
    return f"{environment_line()}\n{describe_exception(error)}"


def enable_error_log(path: Path | None = None) -> Path:
    """Send the ``kamdesk`` logger's errors to the rotating log file; returns its path.

    One handler per process: a second call with the same file changes nothing, one with
    another file (``path``, else the user log folder now) moves the log there. Nothing is
    created until the first record is written.
    """
    logger = logging.getLogger(LOGGER_NAME)
    current = next((h for h in logger.handlers if isinstance(h, _FolderCreatingHandler)), None)
    target = (path or log_file()).absolute()
    if current is not None:
        if Path(current.baseFilename) == target:
            return target
        logger.removeHandler(current)
        current.close()
    handler = _FolderCreatingHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setLevel(logging.ERROR)
    handler.setFormatter(RedactingFormatter())
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.ERROR:
        logger.setLevel(logging.ERROR)
    return target


def log_unexpected(error: BaseException, where: str) -> Path | None:
    """Write an unexpected error to the log; its path, or None when it cannot be written."""
    path = enable_error_log()
    logger = logging.getLogger(LOGGER_NAME)
    # ``where`` is ours ("command line", "app"); as an argument it would be withheld.
    logger.error(f"unexpected error in the {where}; {environment_line()}", exc_info=error)
    handler = next(h for h in logger.handlers if isinstance(h, _FolderCreatingHandler))
    if handler.failed or not path.exists():
        handler.failed = False
        return None
    return path
