"""``kamdesk export deck`` and ``kamdesk export plan -o FILE.docx`` as a user runs them: the
real command in its own process and the files it writes; its one-line errors and exit codes
through ``main()`` in the test's process (the same parser and error handling, without a
whole process each)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from kamdesk.store.database import open_database
from tests.helpers.cli_runs import CliRun
from tests.helpers.storage_files import empty_database
from tests.services.export.test_plan_export import ACCOUNT_NAME, build_marked_account, snapshots

pytestmark = pytest.mark.slow  # each test starts kamdesk in a process of its own


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(empty_database(db_path), daily_backup=False)  # a new file
    build_marked_account(db)
    db.close()
    return db_path


def _kamdesk(db_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("KAMDESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", "--db", str(db_path), "export", *arguments],
        capture_output=True, text=True, env=environment, timeout=180, check=False,
    )


def _one_line_error(done: CliRun) -> str:
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("kamdesk: error: ") and "Traceback" not in done.stderr
    return lines[0]


def test_export_deck_writes_the_client_deck_and_records_it(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "QBR.pptx"
    done = _kamdesk(filled, "deck", ACCOUNT_NAME, "-o", str(out), "--audience", "client",
                    "--lang", "de")
    assert done.returncode == 0, done.stderr
    deck = Presentation(io.BytesIO(out.read_bytes()))
    assert done.stdout == f"Wrote {out} ({len(deck.slides)} slides).\n"
    assert deck.slides[2].shapes.title.text == "Wo wir stehen"
    db = open_database(filled)
    try:
        assert [reason.value for reason, _ in snapshots(db, 1)] == ["export"]
    finally:
        db.close()


def test_export_plan_to_docx_writes_a_word_document(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    done = _kamdesk(filled, "plan", ACCOUNT_NAME, "-o", str(out), "--sections",
                    "summary,goals", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote {out} (Word document, 2 sections).\n"
    doc = Document(io.BytesIO(out.read_bytes()))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Executive summary", "Goals"]


def test_a_damaged_template_is_refused_in_one_line_and_left_as_it_was(
    filled: Path, tmp_path: Path, kamdesk_in_process: Callable[..., CliRun]
) -> None:
    template = tmp_path / "firm master.pptx"
    template.write_bytes(b"PK\x03\x04 this is not really a presentation")
    before = (template.read_bytes(), template.stat().st_mtime_ns)
    out = tmp_path / "deck.pptx"
    done = kamdesk_in_process("--db", str(filled), "export", "deck", ACCOUNT_NAME, "-o", str(out),
                              "--template", str(template))
    assert done.returncode == 1
    line = _one_line_error(done)
    assert "firm master.pptx is not a PowerPoint presentation" in line
    assert (template.read_bytes(), template.stat().st_mtime_ns) == before
    assert not out.exists()


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (("deck", ACCOUNT_NAME, "-o", "deck.pdf"), 1, "should end in .pptx"),
        (("deck", ACCOUNT_NAME, "-o", "deck.pptx", "--template", "missing.pptx"), 1,
         "does not exist"),
        (("deck", ACCOUNT_NAME, "-o", "deck.pptx", "--sections", "profile"), 2,
         "no slides for profile"),
        (("plan", ACCOUNT_NAME, "-o", "plan.pptx"), 1, "kamdesk export deck"),
        (("brief", ACCOUNT_NAME, "-o", "brief.docx"), 1, "PDF only"),
        (("deck", "Nobody AG", "-o", "deck.pptx"), 1, "Nobody AG"),
    ],
)
def test_mistakes_get_one_line(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    kamdesk_in_process: Callable[..., CliRun], arguments: tuple[str, ...], code: int,
    message: str,
) -> None:
    # In this process, through main(): the same parser and error handling, quicker.
    monkeypatch.chdir(tmp_path)
    run = kamdesk_in_process("--db", str(filled), "export", *arguments)
    assert run.returncode == code, run.stderr
    assert message in run.stderr and "Traceback" not in run.stderr
    if code == 1:
        assert run.stdout == "" and len(run.stderr.splitlines()) == 1
    assert not any(tmp_path.glob("*.pptx")) and not any(tmp_path.glob("*.docx"))
