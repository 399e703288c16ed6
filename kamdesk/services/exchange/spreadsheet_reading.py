"""Reading a spreadsheet file into rows of cells: CSV/TXT as Excel writes them, and .xlsx.

CSV files come from Excel and LibreOffice in many shapes: ``;`` (German Excel), ``,`` or
tab as the delimiter; UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text") or
Windows-1252. What is not given is sniffed, and the :class:`RawTable` says what was
decided, so the user can see it and override it. ``.xlsx`` workbooks are read with openpyxl
and keep their real number and date cells. A file that is none of these (an old ``.xls``,
a binary, a damaged workbook) is refused with a sentence and left untouched — reading
never writes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from kamdesk.domain.import_records import TableRow
from kamdesk.domain.import_values import Cell
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.exchange.raw_table import RawTable, ReadOptions, read_file_bytes
from kamdesk.store.errors import ValidationError

DELIMITERS = (";", ",", "\t")
SNIFF_LINES = 50


def decode_text(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    """The text of a file and the encoding it was read with (given, or sniffed)."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is an old Excel .xls file; save it as .xlsx or CSV and import "
                "that.",
            ).format(path=path)
        )
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is a workbook, not a text file; name it .xlsx.",
            ).format(path=path)
        )
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{path} cannot be read as {encoding}.",
                ).format(path=path, encoding=encoding)
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: Sequence[str] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "cp1252")
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, candidate
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} is not a text spreadsheet (CSV); it looks like a binary file.",
        ).format(path=path)
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most equal, widest rows."""
    sample = "\n".join(text.splitlines()[:SNIFF_LINES])
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:  # ties go to the earlier: ";" is what German Excel writes
        rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        agreeing = sum(1 for row in rows if len(row) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _header_and_rows(
    numbered: Iterable[tuple[int, Sequence[Cell]]], path: Path
) -> tuple[tuple[str, ...], tuple[TableRow, ...]]:
    header: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for line, cells in numbered:
        if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
            continue  # an empty line says nothing, but keeps its number
        if header is None:
            header = tuple(
                str(cell).strip() if cell is not None and str(cell).strip() else f"column {n}"
                for n, cell in enumerate(cells, start=1)
            )
            continue
        width = len(header)
        padded = tuple(cells[:width]) + (None,) * (width - len(cells))
        rows.append(TableRow(line, padded))
    if header is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "{path} has no rows.").format(path=path)
        )
    return _trim_header(header), tuple(rows)


def _trim_header(header: tuple[str, ...]) -> tuple[str, ...]:
    """Headers made unique: two columns named "Telefon" become "Telefon" and "Telefon (2)"."""
    seen: dict[str, int] = {}
    unique: list[str] = []
    for text in header:
        count = seen.get(text, 0) + 1
        seen[text] = count
        unique.append(text if count == 1 else f"{text} ({count})")
    return tuple(unique)


def read_csv(path: Path, options: ReadOptions) -> RawTable:
    """A CSV or TXT file as Excel or LibreOffice writes it."""
    text, encoding = decode_text(read_file_bytes(path), path, options.encoding)
    delimiter = options.delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered() -> Iterable[tuple[int, Sequence[Cell]]]:
        start = 1
        try:
            for row in reader:
                yield start, row
                start = reader.line_num + 1
        except csv.Error as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{path}, line {line_num}: {error}.",
                ).format(path=path, line_num=reader.line_num, error=error)
            ) from None

    header, rows = _header_and_rows(numbered(), path)
    return RawTable("csv", header, rows, encoding=encoding, delimiter=delimiter)


def read_xlsx(path: Path, options: ReadOptions) -> RawTable:
    """The first (or the named) sheet of an .xlsx workbook, with typed cells."""
    from openpyxl import load_workbook  # only files that are workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    read_file_bytes(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} is not a readable .xlsx workbook ({error}); it was left "
                "untouched.",
            ).format(path=path, error=error)
        ) from None
    try:
        names = tuple(workbook.sheetnames)
        if options.sheet is not None and options.sheet not in names:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{path} has no sheet {sheet!r}; its sheets: {sheets}.",
                ).format(path=path, sheet=options.sheet, sheets=', '.join(names))
            )
        sheet = workbook[options.sheet] if options.sheet else workbook.worksheets[0]
        numbered = (
            (line, tuple(_xlsx_cell(value) for value in values))
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        header, rows = _header_and_rows(numbered, path)
        title = sheet.title
    finally:
        workbook.close()
    return RawTable("xlsx", header, rows, sheet=title, sheets=names)


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    from datetime import date, time  # a workbook's dates arrive as datetime

    if isinstance(value, date):
        return value
    if isinstance(value, time):
        return value.isoformat()
    return str(value)
