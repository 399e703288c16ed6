"""Starting the app: the smoke start prints its time; a missing translation is harmless."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import open_database
from kamdesk.ui.common.translations import chosen_language, install_translators
from kamdesk.ui.shell.app import run_app


def test_smoke_start_prints_the_startup_time(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    create_account(db, "Acme")
    db.close()
    assert run_app(str(db_path), smoke=True, lang="en") == 0
    output = capsys.readouterr().out
    assert output.startswith("startup: ") and output.strip().endswith(" ms")


def test_unusable_database_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"this is not a database at all" * 10)
    assert run_app(str(foreign), smoke=True, lang="en") == 1
    assert capsys.readouterr().err.strip()


def test_switching_language_replaces_the_translation(qapp: QApplication) -> None:
    assert chosen_language("de") == "de"
    install_translators(qapp, "de")
    assert qapp.translate("MainWindow", "&File") == "&Datei"
    install_translators(qapp, "en")
    assert qapp.translate("MainWindow", "&File") == "&File"
