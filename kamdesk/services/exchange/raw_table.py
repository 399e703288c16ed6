"""A file read as a table: its header, its rows with their line numbers, and how it was read.

Shared by the spreadsheet and vCard readers (and what the import wizard shows of a file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain.import_records import RowProblem, TableRow
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.errors import ValidationError


@dataclass(frozen=True)
class ReadOptions:
    """What the user chose about a file; None: sniff it."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class RawTable:
    """A file's header and rows, and how it was read."""

    file_kind: str  # "csv", "xlsx" or "vcf"
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    # Rows the reader could not read at all (a broken vCard), by line.
    problems: tuple[RowProblem, ...] = ()


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, with a sentence for the usual reasons it cannot be read."""
    if not path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "{path} does not exist.").format(path=path)
        )
    if path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is a folder, not a file.",
            ).format(path=path)
        )
    data = path.read_bytes()
    if not data.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "{path} is empty.").format(path=path)
        )
    return data
