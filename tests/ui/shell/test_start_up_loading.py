"""The start's loading thread: it starts the file's check, and what it finds is what the
check finds; the GUI thread gets the interpreter lock back quickly only while painting."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kamdesk.cli.pytz_zone_list import PYTZ_SKIP_FILE_CHECKS
from kamdesk.store.errors import NotADatabaseError
from kamdesk.ui.shell.start_up_loading import PAINT_SWITCH_INTERVAL_S, StartUpLoading
from tests.helpers.processes import user_environment
from tests.helpers.storage_files import make_database
from tests.helpers.zone_files import zone_files_opened


def test_the_file_check_started_by_the_loading_thread_passes_a_good_file(
    tmp_path: Path,
) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    loading = StartUpLoading(str(path), "en")
    loading.painted()
    inspection = loading.inspection()
    assert inspection is not None
    assert inspection.path == path
    assert inspection.result().revision is not None


def test_a_foreign_file_is_refused_by_the_check_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list: milk, bread" * 50)
    before = path.read_bytes()
    loading = StartUpLoading(str(path), "de")
    loading.painted()
    inspection = loading.inspection()
    assert inspection is not None
    with pytest.raises(NotADatabaseError):
        inspection.result()
    assert path.read_bytes() == before


def test_nothing_is_checked_for_a_file_still_to_be_made(tmp_path: Path) -> None:
    loading = StartUpLoading(str(tmp_path / "new.sqlite3"), "en")
    loading.painted()
    assert loading.inspection() is None
    assert not (tmp_path / "new.sqlite3").exists()


def test_the_switch_interval_is_short_only_until_the_frame_is_painted(tmp_path: Path) -> None:
    usual = sys.getswitchinterval()
    loading = StartUpLoading(str(tmp_path / "new.sqlite3"), "en")
    assert sys.getswitchinterval() == pytest.approx(PAINT_SWITCH_INTERVAL_S)
    loading.painted()
    assert sys.getswitchinterval() == pytest.approx(usual)


# Runs kamdesk as ``python -m kamdesk`` would and counts the pytz zone files it opened.
@pytest.mark.slow  # two app starts as a user starts them (about 3 s each here)
def test_the_start_loads_babel_without_opening_every_pytz_zone_file(tmp_path: Path) -> None:
    path = make_database(tmp_path / "kamdesk.sqlite3")
    environment = user_environment(tmp_path, TZ="Europe/Berlin")
    # The local zone's own file is read; not the ~600 others just to see that they exist.
    assert zone_files_opened(environment, "--db", str(path), "gui", "--smoke") <= 2
    # What pytz does without the switch (a user's own value of it is kept).
    assert zone_files_opened(
        {**environment, PYTZ_SKIP_FILE_CHECKS: ""}, "--db", str(path), "gui", "--smoke"
    ) > 500
