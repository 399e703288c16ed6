"""The German translation carries only the notes written for its translator.

``pyside6-lupdate`` turns a ``#:`` comment into a translator note on the next translatable
string it meets, however far below it is. A ``#:`` comment that documents a constant or a
signal therefore reached the translator as a note on an unrelated sentence (38 did). Such
comments are plain ``#`` comments; these notes are the ones meant for the translator.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import kamdesk

ROOT = Path(kamdesk.__file__).parent.parent
TS_FILE = ROOT / "resources" / "translations" / "kamdesk_de.ts"
# The notes meant for the translator.
TRANSLATOR_NOTES = {
    "The phrase per table that a delete can reach: (singular, plural with %1 for the count).",
    "The pieces of the sentence when someone changed an import's rows before its undo or redo.",
    "What is wrong with a damaged file, as the verb phrase after its name (\"… is damaged\").",
    "What to do about it.",
}
TRANSLATABLE = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def test_the_translation_carries_only_translator_notes() -> None:
    notes = {
        note.text or ""
        for note in ElementTree.parse(TS_FILE).getroot().iter("extracomment")
    }
    assert notes - TRANSLATOR_NOTES == set()


def _stray_notes(path: Path, root: Path = ROOT) -> list[str]:
    """``#:`` comments that lupdate would hand on to a later string of the module."""
    lines = path.read_text(encoding="utf-8").splitlines()
    last = max((i for i, line in enumerate(lines) if TRANSLATABLE.search(line)), default=-1)
    return [
        f"{path.relative_to(root).as_posix()}:{i + 1}"
        for i, line in enumerate(lines[: max(last, 0)])
        if line.lstrip().startswith("#:")
        and not any(line.lstrip()[2:].strip().startswith(note[:30]) for note in TRANSLATOR_NOTES)
    ]


def test_no_source_comment_becomes_a_translator_note_by_accident() -> None:
    sources = sorted(
        path for package in ("ui", "services", "store", "domain", "reports")
        for path in (ROOT / "kamdesk" / package).rglob("*.py")
    )
    found = [site for path in sources for site in _stray_notes(path)]
    assert found == [], f"write these as plain # comments: {found}"


def test_the_check_finds_a_doc_comment_above_a_translated_string(tmp_path: Path) -> None:
    sample = tmp_path / "kamdesk" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        "#: The columns, in order.\nCOLUMNS = ()\nlabel = self.tr(\"Name\")\n#: At the end.\n",
        encoding="utf-8",
    )
    assert _stray_notes(sample, tmp_path) == ["kamdesk/sample.py:1"]
