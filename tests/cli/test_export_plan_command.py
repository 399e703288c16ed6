"""``kamdesk export plan|brief``: files written, exit codes, one-line errors, language, pages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.store.database import open_database
from tests.helpers.storage_files import empty_database
from tests.services.export.test_plan_export import (
    ACCOUNT_NAME,
    build_marked_account,
    snapshots,
    unwritable_folder,
)

Capture = pytest.CaptureFixture[str]
__all__ = ["unwritable_folder"]  # the fixture, shared with the service tests


@pytest.fixture
def filled(db_path: Path) -> tuple[Path, int]:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    account = build_marked_account(db)
    db.close()
    return db_path, account


def _run(db_path: Path, *arguments: str) -> int:
    return main(["--db", str(db_path), "export", *arguments])


def _pages(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def _one_line_error(capsys: Capture) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("kamdesk: error: ")
    assert "Traceback" not in captured.err
    return lines[0]


def test_export_plan_writes_the_pdf_and_records_it(
    filled: tuple[Path, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, account = filled
    out = tmp_path / "plan.pdf"
    assert _run(db_path, "plan", ACCOUNT_NAME, "-o", str(out)) == 0
    pages = _pages(out)
    assert len(pages) > 1
    assert f"Wrote {out} ({len(pages)} pages)." in capsys.readouterr().out
    db = open_database(db_path)
    try:
        assert [reason.value for reason, _ in snapshots(db, account)] == ["export"]
    finally:
        db.close()


def test_export_brief_is_exactly_one_page(
    filled: tuple[Path, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, account = filled
    out = tmp_path / "brief.pdf"
    assert _run(db_path, "brief", str(account), "-o", str(out), "--paper", "letter") == 0
    assert len(_pages(out)) == 1
    assert capsys.readouterr().out == f"Wrote {out} (1 page).\n"


def test_lang_de_gives_german_section_titles(filled: tuple[Path, int], tmp_path: Path) -> None:
    db_path, _ = filled
    out = tmp_path / "plan-de.pdf"
    assert _run(db_path, "plan", ACCOUNT_NAME, "-o", str(out), "--lang", "de") == 0
    text = " ".join(_pages(out))
    assert "Inhalt" in text and "Ziele" in text
    english = tmp_path / "plan-en.pdf"
    assert _run(db_path, "plan", ACCOUNT_NAME, "-o", str(english), "--lang", "en") == 0
    assert "Inhalt" not in " ".join(_pages(english))


def test_sections_choose_what_is_printed(filled: tuple[Path, int], tmp_path: Path) -> None:
    db_path, _ = filled
    out = tmp_path / "cover.pdf"
    assert _run(db_path, "plan", ACCOUNT_NAME, "-o", str(out), "--sections", "cover") == 0
    assert len(_pages(out)) == 1


def test_unknown_section_is_a_usage_error(
    filled: tuple[Path, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, _ = filled
    out = tmp_path / "plan.pdf"
    with pytest.raises(SystemExit) as raised:
        _run(db_path, "plan", ACCOUNT_NAME, "-o", str(out), "--sections", "cover,gossip")
    assert raised.value.code == 2
    assert "gossip" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_account_is_one_line(
    filled: tuple[Path, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, _ = filled
    out = tmp_path / "plan.pdf"
    assert _run(db_path, "plan", "Nobody AG", "-o", str(out)) == 1
    assert "Nobody AG" in _one_line_error(capsys)
    assert not out.exists()


def test_unwritable_folder_is_one_line_and_records_nothing(
    filled: tuple[Path, int], unwritable_folder: Path, capsys: Capture
) -> None:
    db_path, account = filled
    out = unwritable_folder / "plan.pdf"
    assert _run(db_path, "brief", ACCOUNT_NAME, "-o", str(out)) == 1
    line = _one_line_error(capsys)
    assert str(out) in line and "access is not permitted" in line
    assert ".part" not in line
    db = open_database(db_path)
    try:
        assert snapshots(db, account) == []
    finally:
        db.close()


def test_missing_folder_is_one_line(
    filled: tuple[Path, int], tmp_path: Path, capsys: Capture
) -> None:
    db_path, _ = filled
    out = tmp_path / "nowhere" / "plan.pdf"
    assert _run(db_path, "plan", ACCOUNT_NAME, "-o", str(out)) == 1
    assert "does not exist" in _one_line_error(capsys)
