"""``kamdesk gui`` paints its window's frame before it loads what only the filled window needs.

The process runs as a user starts it, with Python's import report on (``-X importtime``
through ``PYTHONPROFILEIMPORTTIME``): each import is written to stderr as it ends, and the
``window`` line to stdout once the frame is painted, both into one pipe in the order they
happen. Everything reported before ``window`` is what the user waited for before seeing
anything; the bare PySide6 window (benchmarks/baselines/bare_window.py) waits for PySide6
alone.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers.loaded_modules import imported_around, within
from tests.helpers.processes import kamdesk_command, user_environment

pytestmark = pytest.mark.slow  # a whole app start on a new database (about 3 s here)

# Needed only once the window is filled, or by a running app: the database layer, the
# error log and crash reports, the account context and the ORM's warm-up, the single
# instance's server (it listens once the frame is painted), the desktop entry's writer.
AFTER_THE_PAINT = (
    "sqlalchemy",
    "alembic",
    "babel",
    "kamdesk.store.database",
    "kamdesk.services",
    "kamdesk.system.error_log",
    "kamdesk.system.desktop_entry",
    "kamdesk.ui.shell.crash_reporter",
    "kamdesk.ui.shell.orm_warm_up",
    "kamdesk.ui.common.app_context",
    "PySide6.QtNetwork",
)


def test_the_frame_is_painted_before_the_database_layer_and_the_app_services(
    tmp_path: Path,
) -> None:
    environment = user_environment(tmp_path, PYTHONPROFILEIMPORTTIME="1")
    result = subprocess.run(
        kamdesk_command("--db", str(tmp_path / "new.sqlite3"), "gui", "--smoke"),
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=180, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    painted_with, filled_with = imported_around(result.stdout, "window: ")
    assert "PySide6.QtWidgets" in painted_with
    assert "kamdesk.ui.shell.main_window" in painted_with
    assert [name for name in painted_with if within(name, AFTER_THE_PAINT)] == []
    # They are loaded after the paint, as the window is filled: the report is read right.
    for name in ("sqlalchemy", "kamdesk.ui.common.app_context", "PySide6.QtNetwork"):
        assert name in filled_with
