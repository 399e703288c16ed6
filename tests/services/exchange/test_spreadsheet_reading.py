"""Reading files as users bring them: encodings, delimiters, workbooks, and refusals."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from kamdesk.services.exchange.file_reading import read_table
from kamdesk.services.exchange.raw_table import ReadOptions
from kamdesk.store.errors import ValidationError
from tests.helpers.import_files import GERMAN_HEADER, write_german_csv, write_xlsx


def test_excel_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    table = read_table(write_german_csv(tmp_path / "kunden.csv", rows=3))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.header == GERMAN_HEADER
    assert [row.line for row in table.rows] == [2, 3, 4]
    assert table.rows[0].cells[0] == "Bäckerei Müller & Söhne 000 GmbH"
    assert table.rows[1].cells[7] == "1.235.567,89"


def test_utf8_with_bom_and_tab_separated(tmp_path: Path) -> None:
    bom = read_table(write_german_csv(tmp_path / "a.csv", 2, encoding="utf-8-sig"))
    assert (bom.encoding, bom.header[0]) == ("utf-8-sig", "Firma")  # no BOM in the header
    tabbed = read_table(write_german_csv(tmp_path / "b.txt", 2, encoding="utf-8",
                                         delimiter="\t"))
    assert (tabbed.encoding, tabbed.delimiter) == ("utf-8", "\t")
    assert tabbed.rows[0].cells[4] == "Köln"
    utf16 = read_table(write_german_csv(tmp_path / "c.txt", 2, encoding="utf-16",
                                        delimiter="\t"))
    assert utf16.encoding == "utf-16"
    assert utf16.rows[1].cells[0] == "Bäckerei Müller & Söhne 001 GmbH"


def test_commas_and_quoted_cells_across_lines(tmp_path: Path) -> None:
    path = tmp_path / "sp.csv"
    path.write_text('Symbol,Security,Headquarters Location\nMMM,3M,"Saint Paul, Minnesota"\n'
                    'X,"Multi\nLine",Here\n\nABT,Abbott,"North Chicago, Illinois"\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ","
    assert [(r.line, r.cells[1]) for r in table.rows] == [
        (2, "3M"), (3, "Multi\nLine"), (6, "Abbott")]  # line numbers as an editor shows them


def test_the_users_choices_override_sniffing(tmp_path: Path) -> None:
    path = write_german_csv(tmp_path / "k.csv", 1, encoding="cp1252")
    with pytest.raises(ValidationError, match="cannot be read as utf-8"):
        read_table(path, ReadOptions(encoding="utf-8"))
    table = read_table(path, ReadOptions(delimiter=","))
    assert len(table.header) < len(GERMAN_HEADER)


def test_xlsx_keeps_real_numbers_and_dates(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "k.xlsx", ("Firma", "Jahresumsatz", "Kunde seit"),
                      [("Brühl AG", 1234567.89, datetime(2015, 3, 1)), (None, None, None),
                       ("Kessler Inc.", 42, None)])
    table = read_table(path)
    assert (table.file_kind, table.sheet, table.sheets) == ("xlsx", "Kunden", ("Kunden",))
    assert [r.line for r in table.rows] == [2, 4]
    assert table.rows[0].cells == ("Brühl AG", 1234567.89, datetime(2015, 3, 1))
    with pytest.raises(ValidationError, match="has no sheet 'Tabelle2'"):
        read_table(path, ReadOptions(sheet="Tabelle2"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel .xls"),
        ("blob.csv", bytes(range(256)) * 4, "not a text spreadsheet"),
        ("broken.xlsx", b"PK\x03\x04 this is no workbook", "not a readable .xlsx"),
        ("empty.csv", b"\r\n  \r\n", "is empty"),
        ("renamed.csv", b"PK\x03\x04" + b"\x00" * 100, "is a workbook"),
    ],
)
def test_foreign_and_damaged_files_are_refused_and_left_untouched(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ValidationError, match=message):
        read_table(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
