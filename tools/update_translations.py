"""Refresh the German UI translation: collect ``tr()`` strings, then compile the .qm file.

Usage: ``python tools/update_translations.py`` (after adding or changing UI strings).

1. ``pyside6-lupdate`` reads every module of ``kamdesk/ui`` (and the sentences that
   ``services``, ``store``, ``domain`` and ``reports`` mark with ``QT_TRANSLATE_NOOP``) and updates
   ``resources/translations/kamdesk_de.ts``, keeping the translations it already has and
   dropping those of strings the code no longer uses (a kept one was shipped in the .qm
   file and counted by nothing).
2. Translate what is new (Qt Linguist, ``pyside6-linguist``, or any XML editor) — a message
   counts as translated when it has text and no ``type="unfinished"``.
3. Run this again: ``pyside6-lrelease`` compiles ``kamdesk/resources/translations/
   kamdesk_de.qm``, which the package ships and the app loads for German.

``tests/ui/test_translations.py`` fails while any UI string lacks a German translation.
lupdate makes every ``#:`` comment a translator note on the next string it collects, however
far below: document constants and signals with plain ``#`` comments, and keep ``#:`` for a
note to the translator (``tests/ui/test_translator_notes.py`` lists them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The UI's ``tr()`` strings, and the sentences the core marks with ``QT_TRANSLATE_NOOP``
#: (``kamdesk/domain/user_messages.py``) for the UI to translate.
TRANSLATED_PACKAGES = ("ui", "services", "store", "domain", "reports")
SOURCES = sorted(
    path for package in TRANSLATED_PACKAGES for path in (ROOT / "kamdesk" / package).rglob("*.py")
)
TS_FILE = ROOT / "resources" / "translations" / "kamdesk_de.ts"
QM_FILE = ROOT / "kamdesk" / "resources" / "translations" / "kamdesk_de.qm"


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update_ts(ts_file: Path = TS_FILE, sources: list[Path] = SOURCES) -> None:
    """Collect the UI strings into the .ts file (existing translations are kept, vanished
    ones dropped)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", "de_DE",
         *map(str, sources), "-ts", str(ts_file)],
        check=True,
    )


def release_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile the .ts file into the .qm file the app loads."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True)


if __name__ == "__main__":
    update_ts()
    release_qm()
