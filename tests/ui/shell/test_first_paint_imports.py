"""``kamdesk gui`` paints its window's frame before it loads what only the filled window needs.

The process runs as a user starts it, with a probe that notes which thread first imported
each module and where the ``window`` line (the frame is painted) was printed
(:mod:`tests.ui.shell.import_threads`). What the GUI thread imported before that line is
what the user waited for before seeing anything; the bare PySide6 window
(benchmarks/baselines/bare_window.py) waits for PySide6 alone. The database layer and
Babel's data are loaded meanwhile by the start's loading thread
(:mod:`kamdesk.ui.shell.start_up_loading`), never by the GUI thread before the paint.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.services.admin.demo_portfolio import DEFAULT_ACCOUNTS
from kamdesk.ui.shell.start_up_loading import THREAD_NAME
from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.loaded_modules import within
from tests.helpers.processes import run_kamdesk, user_environment
from tests.ui.shell.import_threads import imports_around

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
# What the loading thread may load while the frame is painted: the file's check, the
# database layer's Core and Babel's locale data; never Alembic, the ORM or the UI's parts.
LOADED_WHILE_PAINTING = ("sqlalchemy", "babel", "kamdesk.store.database", "kamdesk.services")


def test_the_frame_is_painted_before_the_database_layer_and_the_app_services(
    tmp_path: Path,
) -> None:
    environment = user_environment(tmp_path)
    painted_with, filled_with = imports_around(
        "window: ", "--db", str(tmp_path / "new.sqlite3"), "gui", "--smoke", env=environment
    )
    by_gui = [i.module for i in painted_with if i.thread == "MainThread"]
    assert "PySide6.QtWidgets" in by_gui
    assert "kamdesk.ui.shell.main_window" in by_gui
    # The GUI thread painted the frame without waiting for any of them …
    assert [name for name in by_gui if within(name, AFTER_THE_PAINT)] == []
    # … and what another thread loaded meanwhile is only what the loading thread is for.
    loaded_meanwhile = [i for i in painted_with if within(i.module, AFTER_THE_PAINT)]
    assert {i.thread for i in loaded_meanwhile} <= {THREAD_NAME}
    assert [i.module for i in loaded_meanwhile
            if not within(i.module, LOADED_WHILE_PAINTING)] == []
    # The loading thread imported SQLAlchemy first (whenever it got to it), the GUI thread
    # asked for it once the frame was painted, and imported the rest: the probe is read right.
    everything = painted_with + filled_with
    assert [i.thread for i in everything if i.module == "sqlalchemy"] == [THREAD_NAME,
                                                                           "MainThread"]
    for name in ("kamdesk.ui.common.app_context", "PySide6.QtNetwork", "alembic"):
        assert [i.thread for i in filled_with if i.module == name] == ["MainThread"]


# Not needed for the first screen at all, so loaded once it is painted (or never): the
# single instance's server (second starts are answered from the event loop anyway) and
# strptime's locale tables (the backups' stamps are read field by field).
AFTER_READY = ("PySide6.QtNetwork", "_strptime")


def test_the_filled_window_is_painted_before_the_server_and_strptime_are_loaded(
    tmp_path: Path, demo_templates: DemoTemplates
) -> None:
    environment = user_environment(tmp_path)
    # What `kamdesk demo` writes (48 accounts, seed 7), as a copy of the session's template
    # rather than in a process of its own (the laptop-size test starts the app on it too).
    database = demo_templates.file_copy(
        DemoKey(DEFAULT_ACCOUNTS, 7, date.today()), tmp_path / "demo.sqlite3"
    )
    # Opening it for the list writes its daily backup.
    assert run_kamdesk(environment, "--db", str(database), "accounts").returncode == 0
    assert list((tmp_path / "backups").iterdir()) != []  # so the start reads a stamp
    ready_with, after_ready = imports_around(
        "startup: ", "--db", str(database), "gui", "--smoke", env=environment
    )
    assert [i for i in ready_with if within(i.module, AFTER_READY)] == []
    # The smoke start still starts the server, once the line is printed.
    assert [i.module for i in after_ready if i.module == "PySide6.QtNetwork"] != []
