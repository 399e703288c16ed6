"""A demo person's e-mail and phone never reach the log or the crash report.

The person is open in the Stakeholders tab, with every field of theirs in the form's row,
when a slot with a bug fails while the user edits them; the error message, the exception's
arguments and the local variables all hold the person. The crash dialog's details and every
file in the log folder must still hold neither their e-mail nor their phone (nor name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.store.database import Database
from kamdesk.system.error_log import log_folder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.shell.crash_reporter import CrashReporter
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab
from tests.ui.conftest import type_and_leave


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CrashReporter]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    crash_reporter = CrashReporter()
    crash_reporter.install()
    yield crash_reporter
    crash_reporter.uninstall()
    crash_reporter.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_a_crash_while_a_demo_person_is_open_logs_none_of_their_contact_data(
    reporter: CrashReporter, qtbot: QtBot, demo_database: Callable[..., Database]
) -> None:
    db = demo_database(accounts=12)
    context = AppContext(db)
    tab = StakeholdersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_account(1)
    person = next(row for row in tab.rows if row.email and row.phone)
    tab.select_person(person.id)

    def buggy_autosave(person_id: int, changes: dict[str, Any]) -> None:
        row = tab.form.person
        raise ValueError(f"cannot autosave {row!r} with {changes!r} ({row.email}, {row.phone})")

    # Queued, as a save after the event would run: the error reaches the app's hook from the
    # event loop, as every error in a slot does in the running app.
    tab.form.changes_requested.connect(buggy_autosave, Qt.ConnectionType.QueuedConnection)
    type_and_leave(qtbot, tab.form.title_edit, "Head of Quality")
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5_000)

    assert reporter.dialog is not None
    details = reporter.dialog.details
    assert "buggy_autosave" in details  # the report is about this error
    logged = "".join(
        path.read_text(encoding="utf-8") for path in log_folder().rglob("*") if path.is_file()
    )
    assert "buggy_autosave" in logged
    for secret in (person.email, person.phone, person.name):
        assert secret not in details and secret not in logged, secret
    reporter.dialog.close()
