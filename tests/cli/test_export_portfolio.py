"""``kamdesk export portfolio``: the file, the exit codes and the one-line errors."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.store.database import open_database
from tests.helpers.storage_files import empty_database
from tests.services.export.test_plan_export import unwritable_folder
from tests.services.export.test_portfolio_report import build_five

Capture = pytest.CaptureFixture[str]
__all__ = ["unwritable_folder"]  # the fixture


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    build_five(db)  # company locale de_DE
    db.close()
    return db_path


def _run(db_path: Path, *arguments: str) -> int:
    return main(["--db", str(db_path), *arguments])


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def test_writes_the_report_in_the_company_language(
    filled: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "portfolio.pdf"
    assert _run(filled, "export", "portfolio", "-o", str(out)) == 0
    pages = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert capsys.readouterr().out == f"Wrote {out} ({pages} pages).\n"
    text = _text(out)
    assert "Portfolio-Bericht" in text and "Pareto-Analyse" in text
    width = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox.width
    assert round(float(width)) == 595  # A4 for de_DE


def test_global_and_own_language_options(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    assert _run(filled, "--lang", "en", "export", "portfolio", "-o", str(out)) == 0
    assert "Portfolio report" in _text(out)
    own = tmp_path / "own.pdf"
    assert _run(filled, "--lang", "en", "export", "portfolio", "-o", str(own), "--lang", "de",
                "--paper", "letter", "--window", "fy2024") == 0
    text = _text(own)
    assert "Portfolio-Bericht" in text and "Geschäftsjahr 2024" in text
    assert round(float(PdfReader(io.BytesIO(own.read_bytes())).pages[0].mediabox.width)) == 612


def test_unknown_paper_is_a_usage_error(filled: Path, tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "portfolio.pdf"
    with pytest.raises(SystemExit) as raised:
        _run(filled, "export", "portfolio", "-o", str(out), "--paper", "a3")
    assert raised.value.code == 2
    assert "invalid choice: 'a3'" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_folder_is_one_line(
    filled: Path, unwritable_folder: Path, capsys: Capture
) -> None:
    assert _run(filled, "export", "portfolio", "-o", str(unwritable_folder / "p.pdf")) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kamdesk: error: Could not write ")
    assert "Traceback" not in captured.err


def test_missing_folder_is_one_line(filled: Path, tmp_path: Path, capsys: Capture) -> None:
    assert _run(filled, "export", "portfolio", "-o", str(tmp_path / "no" / "p.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
