"""Issue 12, case 10 in the app: a storage failure at start-up is a dialog with one sentence.

Before, a damaged database crashed the app without a word when the failure came after the
file was opened (reading the settings for the main window).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.store.database import open_database
from kamdesk.ui.shell.app import run_app
from tests.helpers.storage_files import (
    broken_schema_with_unreadable_name,
    make_database,
    set_column_bytes,
)


def settings_not_utf8(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    load_settings(db)  # creates the settings row
    db.close()
    set_column_bytes(path, "company_settings", "company_name", b"Nordlicht \xff GmbH")


def answer_the_dialog(seen: list[str]) -> None:
    """Read and close the modal message box as soon as it is shown."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


@pytest.mark.parametrize("damage", [settings_not_utf8, broken_schema_with_unreadable_name])
def test_a_damaged_database_gives_a_dialog_not_a_crash(
    qapp: QApplication, tmp_path: Path, damage: object
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    assert callable(damage)
    damage(path)
    seen: list[str] = []
    answer_the_dialog(seen)

    assert run_app(str(path), lang="en") == 1

    assert len(seen) == 1
    message = seen[0]
    assert "\n" not in message and "damaged" in message
    assert str(path) in message and "unexpected" not in message
