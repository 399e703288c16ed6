"""Reading any file an import accepts: CSV/TXT, .xlsx workbooks and vCard files.

The kind is told by the file's name, and for unknown names by its first bytes; reading
never writes, and a file that cannot be read is refused with a sentence.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.services.exchange.raw_table import RawTable, ReadOptions
from kamdesk.services.exchange.spreadsheet_reading import read_csv, read_xlsx
from kamdesk.services.exchange.vcard_reading import read_vcards

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")


def file_kind(path: Path) -> str:
    """"csv", "xlsx" or "vcf", by the name and, for unknown names, by the first bytes."""
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in VCARD_SUFFIXES:
        return "vcf"
    if suffix in CSV_SUFFIXES:
        return "csv"
    with path.open("rb") as handle:
        start = handle.read(64)
    if start.startswith(b"PK\x03\x04"):
        return "xlsx"
    if b"BEGIN:VCARD" in start.upper():
        return "vcf"
    return "csv"


def read_table(path: Path, options: ReadOptions | None = None) -> RawTable:
    """Any supported file as a table (vCards as one row per card)."""
    chosen = options or ReadOptions()
    kind = file_kind(path)
    if kind == "xlsx":
        return read_xlsx(path, chosen)
    if kind == "vcf":
        return read_vcards(path, chosen.encoding)
    return read_csv(path, chosen)
