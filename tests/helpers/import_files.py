"""Files as users bring them to kamdesk, written by the tests themselves.

A German customer list as Excel saves it ("CSV (Trennzeichen-getrennt)": Windows-1252,
semicolons, CRLF, decimal commas, dd.mm.yyyy), the same list in UTF-8 with a byte-order
mark, tab-separated text, an .xlsx with real number and date cells, and vCards 2.1, 3.0 and
4.0 as Outlook, Google and Apple write them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

GERMAN_HEADER = (
    "Firma", "Branche", "Straße", "PLZ", "Ort", "Land", "Kunde seit", "Jahresumsatz",
    "Mitarbeiter", "Verantwortlich", "Notiz", "Webseite", "Lieblingsfarbe",
)
OWNERS = ("Jörg Weiß", "Anja Schäfer", "Søren Ødegård")  # all in Windows-1252
COUNTRIES = ("Deutschland", "Österreich", "Schweiz", "USA", "France", "DE")
COUNTRY_CODES = {"Deutschland": "DE", "Österreich": "AT", "Schweiz": "CH", "USA": "US",
                 "France": "FR", "DE": "DE"}


def german_row(index: int) -> tuple[str, ...]:
    """Row ``index`` (0-based) of the German list, as Excel shows it."""
    revenue = Decimal(1_234_567) + Decimal(index) * Decimal("1000.89")
    whole, cents = divmod(int(revenue * 100), 100)
    grouped = f"{whole:,}".replace(",", ".")
    return (
        f"Bäckerei Müller & Söhne {index:03d} GmbH",
        "Lebensmittel" if index % 2 else "Maschinenbau",
        f"Königsallee {index + 1}",
        f"{40210 + index % 90:05d}",
        "Düsseldorf" if index % 3 else "Köln",
        COUNTRIES[index % len(COUNTRIES)],
        f"{index % 28 + 1:02d}.{index % 12 + 1:02d}.{2000 + index % 25}",
        f"{grouped},{cents:02d}",
        f"{1000 + index:,}".replace(",", "."),
        OWNERS[index % len(OWNERS)],
        '=HYPERLINK("http://evil.example";"Klick")' if index == 7 else f"Notiz Nr. {index}",
        f"https://www.mueller-{index}.de",
        "grün",
    )


def expected_revenue(index: int) -> Decimal:
    """The annual revenue row ``index`` states, exactly."""
    return (Decimal(1_234_567) + Decimal(index) * Decimal("1000.89")).quantize(Decimal("0.01"))


def expected_customer_since(index: int) -> date:
    """The customer-since date row ``index`` states."""
    return date(2000 + index % 25, index % 12 + 1, index % 28 + 1)


def write_german_csv(path: Path, rows: int = 500, bad: dict[int, tuple[int, str]] | None = None,
                     encoding: str = "cp1252", delimiter: str = ";") -> Path:
    """The German customer list; ``bad`` replaces cells: {row index: (column, text)}."""
    lines = [delimiter.join(GERMAN_HEADER)]
    for index in range(rows):
        cells = list(german_row(index))
        if bad and index in bad:
            column, text = bad[index]
            cells[column] = text
        lines.append(delimiter.join(_quoted(cell, delimiter) for cell in cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    if delimiter in cell or '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> Path:
    """A workbook with one sheet of real cells (numbers as numbers, dates as dates)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kunden"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


VCARD_3_APPLE = (
    "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nPRODID:-//Apple Inc.//iPhone OS 17.1//EN\r\r\n"
    "N:Köster;Henrik;;Dr.;\r\r\nFN:Dr. Henrik Köster\r\r\nORG:Brühl Präzisionsteile AG;IT\r\r\n"
    "TITLE:CIO\r\r\nitem1.EMAIL;type=INTERNET;type=pref:h.koester@bruehl.example\r\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+49 170 5550101\r\r\n"
    "TEL;type=WORK;type=VOICE:+49 2232 5550100\r\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4QBYRXhpZgAATU0AKgAA\r\r\n"
    " AAgAAgESAAMAAAABAAEAAIdpAAQAAAABAAAAJgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAA\r\r\n"
    "NOTE:Prefers e-mail\\, never calls before 10.\r\r\nEND:VCARD\r\r\n"
)
VCARD_4_GOOGLE = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Claudia Wendt-Hölzl\r\nN:Wendt-Hölzl;Claudia;;;\r\n"
    "ORG:Brühl Präzisionsteile AG;Vorstand\r\nTITLE:CFO\r\n"
    "EMAIL;TYPE=work;PREF=1:claudia.hoelzl@bruehl.example\r\n"
    'TEL;VALUE=uri;TYPE="voice,work":tel:+49-2232-555-0102\r\nEND:VCARD\r\n'
)
VCARD_21_OUTLOOK = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=de:Öztürk;Mehmet\r\nFN:Mehmet Öztürk\r\n"
    "ORG:Kessler Packaging Inc.;Purchasing\r\nTITLE:Head of Purchasing\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Erster Kontakt auf der Messe in K=C3=B6ln=\r\n"
    "=0D=0A=3DHYPERLINK(\"x\")\r\n"
    "TEL;WORK;VOICE:(312) 555-0199\r\nEMAIL;PREF;INTERNET:m.oeztuerk@kessler.example\r\n"
    "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYGBQYH\r\n\r\n"
    "END:VCARD\r\n"
)
