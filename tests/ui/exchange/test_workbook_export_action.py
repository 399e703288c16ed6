"""File → Export workbook…: the file dialog's answer is written in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Tier
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.slow


def test_export_workbook_from_the_file_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_account(window.context.db, "Brühl Präzisionsteile AG", Tier.KEY)
    chosen = tmp_path / "Mein Portfolio"  # the user typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "Excel workbook (*.xlsx)"))
    window.export_workbook_action.trigger()
    target = tmp_path / "Mein Portfolio.xlsx"
    qtbot.waitUntil(lambda: "The workbook was saved" in window.statusBar().currentMessage(),
                    timeout=20_000)
    assert str(target) in window.statusBar().currentMessage()
    book = load_workbook(target)
    assert book["Accounts"]["A2"].value == "Brühl Präzisionsteile AG"


def test_cancelling_the_file_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    window.export_workbook_action.trigger()
    assert list(tmp_path.glob("*.xlsx")) == []
