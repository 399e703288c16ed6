"""``kamdesk export map``: SVG and PDF files, PNG or its clear refusal, one-line errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.enums import LinkKind
from kamdesk.reports import relationship_map_export
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.services.stakeholders.stakeholder_links import create_link
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account
from tests.helpers.storage_files import empty_database

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    with db.session() as session:
        session.add(Account(name="Brühl Präzisionsteile AG"))
    ceo = create_stakeholder(db, 1, {"name": "Dr. Friedrich Brühl", "title": "CEO"})
    cfo = create_stakeholder(db, 1, {"name": "Claudia Wendt-Hölzl", "reports_to_id": ceo})
    create_link(db, cfo, ceo, LinkKind.INFLUENCES)
    db.close()
    return db_path


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "export", "map", *args])


def test_svg_and_pdf_are_written(filled: Path, tmp_path: Path, capsys: Capture) -> None:
    svg = tmp_path / "map.svg"
    assert run(filled, "Brühl Präzisionsteile AG", "-o", str(svg)) == 0
    assert "(2 people) written to" in capsys.readouterr().out
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    pdf = tmp_path / "map.PDF"
    assert run(filled, "1", "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_png_is_written_or_refused_in_one_line(
    filled: Path, tmp_path: Path, capsys: Capture
) -> None:
    png = tmp_path / "map.png"
    code = run(filled, "1", "-o", str(png))
    try:
        relationship_map_export.map_png("probe", (), ())
    except relationship_map_export.PngUnavailableError:
        assert code == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "rl_renderPM" in err
        assert not png.exists()
    else:
        assert code == 0
        assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize(
    ("account", "output", "message"),
    [
        ("Nobody GmbH", "map.svg", "no account"),
        ("1", "map.gif", "should end in .svg, .pdf or .png"),
        ("1", "missing/map.svg", "does not exist"),
    ],
)
def test_errors_are_one_line_and_exit_1(
    filled: Path, tmp_path: Path, capsys: Capture, account: str, output: str, message: str
) -> None:
    assert run(filled, account, "-o", str(tmp_path / output)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not (tmp_path / output).exists()


def test_unwritable_file_is_one_line_error(filled: Path, tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "taken.svg"
    target.mkdir()  # a folder where the file should go: writing fails for any user
    assert run(filled, "1", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kamdesk: error:")
