"""Starting the app: the smoke start prints its time; a missing translation is harmless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import open_database
from kamdesk.ui.common.translations import chosen_language, install_translators
from kamdesk.ui.shell.app import run_app
from tests.helpers.storage_files import empty_database


def test_smoke_start_prints_the_startup_time(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(empty_database(db_path), daily_backup=False)
    create_account(db, "Acme")
    db.close()
    assert run_app(str(db_path), smoke=True, lang="en") == 0
    window_line, startup_line = capsys.readouterr().out.splitlines()
    window_ms = float(window_line.removeprefix("window: ").removesuffix(" ms"))
    startup_ms = float(startup_line.removeprefix("startup: ").removesuffix(" ms"))
    assert 0 < window_ms <= startup_ms


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


@pytest.mark.slow
def test_the_window_is_shown_before_the_gui_thread_loads_the_database_layer(
    db_path: Path,
) -> None:
    # The start's loading thread may import them meanwhile (start_up_loading); the GUI
    # thread shows the window without importing (or waiting for) any of them.
    db = open_database(empty_database(db_path), daily_backup=False)
    create_account(db, "Acme")
    db.close()
    program = (
        "import sys, threading\n"
        "heavy = ('sqlalchemy', 'alembic', 'babel')\n"
        "by_gui = set()\n"
        "import builtins\n"
        "plain_import = builtins.__import__\n"
        "def asking(name, globals=None, locals=None, fromlist=(), level=0):\n"
        "    # Asked for by the GUI thread, even if another thread had loaded it already.\n"
        "    if level == 0 and threading.current_thread() is threading.main_thread():\n"
        "        by_gui.add(name.split('.')[0])\n"
        "    return plain_import(name, globals, locals, fromlist, level)\n"
        "builtins.__import__ = asking\n"
        "from kamdesk.ui.shell import app, main_window\n"
        "seen = []\n"
        "show = main_window.MainWindow.show\n"
        "def recording_show(self):\n"
        "    seen.append(sorted(m for m in heavy if m in by_gui))\n"
        "    show(self)\n"
        "main_window.MainWindow.show = recording_show\n"
        f"code = app.run_app({str(db_path)!r}, smoke=True, lang='en')\n"
        "print('SEEN', seen, 'CODE', code, 'NOW', 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            timeout=120, check=True)
    assert "SEEN [[]] CODE 0 NOW True" in result.stdout, result.stdout + result.stderr
