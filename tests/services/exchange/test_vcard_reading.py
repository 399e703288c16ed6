"""vCards 2.1, 3.0 and 4.0 as Outlook, Apple and Google write them."""

from __future__ import annotations

from pathlib import Path

from kamdesk.services.exchange.vcard_reading import HEADER, read_vcards, repair
from tests.helpers.import_files import VCARD_3_APPLE, VCARD_4_GOOGLE, VCARD_21_OUTLOOK


def test_three_exporters_in_one_file(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.vcf"
    path.write_bytes((VCARD_3_APPLE + VCARD_4_GOOGLE + VCARD_21_OUTLOOK).encode("utf-8"))
    table = read_vcards(path)
    assert table.header == HEADER
    assert table.problems == ()
    rows = {row.cells[0]: dict(zip(HEADER, row.cells, strict=True)) for row in table.rows}
    assert rows["Dr. Henrik Köster"] == {
        "name": "Dr. Henrik Köster", "account": "Brühl Präzisionsteile AG", "department": "IT",
        "title": "CIO", "email": "h.koester@bruehl.example",
        "phone": "+49 2232 5550100",  # the work number, though the mobile is "pref"
        "notes": "Prefers e-mail, never calls before 10.",
    }
    assert rows["Claudia Wendt-Hölzl"]["phone"] == "+49-2232-555-0102"  # vCard 4 tel: URI
    outlook = rows["Mehmet Öztürk"]
    assert outlook["account"] == "Kessler Packaging Inc."
    # Quoted-printable with a soft line break, decoded as UTF-8; text kept literally.
    assert outlook["notes"] == 'Erster Kontakt auf der Messe in Köln\n=HYPERLINK("x")'
    assert outlook["email"] == "m.oeztuerk@kessler.example"


def test_a_card_that_cannot_be_read_is_a_problem_of_its_line(tmp_path: Path) -> None:
    path = tmp_path / "k.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;this is not a property\r\nEND:VCARD\r\n"
    path.write_text(VCARD_4_GOOGLE + broken, encoding="utf-8")
    table = read_vcards(path)
    assert [row.line for row in table.rows] == [1]
    assert [p.line for p in table.problems] == [10]  # the Google card has nine lines
    assert "cannot be read" in table.problems[0].message


def test_repair_drops_photos_and_joins_line_endings() -> None:
    cards = repair(VCARD_3_APPLE)
    assert len(cards) == 1
    assert "PHOTO" not in cards[0][1] and "\r" not in cards[0][1]
