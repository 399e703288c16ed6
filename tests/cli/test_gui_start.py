"""Starting the app as a user does, as separate processes: one window per database, and
Qt's start-up failures said in one line."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kamdesk.ui.shell.single_instance import server_name
from tests.helpers.demo_databases import copy_database_file
from tests.helpers.processes import run_kamdesk, start_kamdesk, user_environment

# Every test starts kamdesk as a separate process (2-5 s each here).
pytestmark = pytest.mark.slow

ALREADY_OPEN = "kamdesk is already open on this database; its window was brought to the front."


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_second_start_on_the_same_database_brings_the_first_to_the_front(
    tmp_path: Path, migrated_template: Path
) -> None:
    environment = user_environment(tmp_path)
    temporary = Path(environment["TMPDIR"])
    # Databases at the newest schema: which process owns a window is the point, not making
    # a new file (each would cost its first process a migration, about 0.9 s of CPU).
    first_db, second_db = (
        copy_database_file(migrated_template, tmp_path / name)
        for name in ("kunden.sqlite3", "archiv.sqlite3")
    )
    with start_kamdesk(environment, "--db", str(first_db), "gui") as first:
        # The first instance listens once it has claimed the database.
        name = server_name(str(first_db.resolve()))
        wait_for(lambda: (temporary / name).exists() or first.poll() is not None)
        assert first.poll() is None, first.communicate()

        second = run_kamdesk(environment, "--db", str(first_db), "gui")
        assert (second.returncode, second.stdout.strip(), second.stderr) == (0, ALREADY_OPEN, "")

        other = run_kamdesk(environment, "--db", str(second_db), "gui", "--smoke")
        assert other.returncode == 0 and "\nstartup: " in other.stdout, other.stderr

        first.kill()  # a crash: the lock and the socket stay behind
        first.communicate(timeout=30)
    assert (temporary / name).exists() and (temporary / f"{name}.lock").exists()

    after_crash = run_kamdesk(environment, "--db", str(first_db), "gui", "--smoke")
    assert after_crash.returncode == 0, after_crash.stderr
    assert "\nstartup: " in after_crash.stdout
    assert not (temporary / f"{name}.lock").exists()  # released when it ended


def test_no_display_is_one_line_that_says_what_to_do(tmp_path: Path) -> None:
    environment = user_environment(tmp_path, QT_QPA_PLATFORM="xcb")
    for variable in ("DISPLAY", "WAYLAND_DISPLAY"):
        environment.pop(variable, None)
    result = run_kamdesk(environment, "--db", str(tmp_path / "k.sqlite3"), "gui")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "kamdesk: error: kamdesk cannot open its window: there is no display (neither "
        "DISPLAY nor WAYLAND_DISPLAY is set); start it from your desktop session - commands "
        "such as 'kamdesk demo' work without one."
    ]
    assert not (tmp_path / "k.sqlite3").exists()  # nothing was opened, nothing written


def test_a_missing_xcb_library_names_the_package_to_install(tmp_path: Path) -> None:
    # A broken copy of libxcb-cursor ahead of the system's: the plugin cannot load it.
    # (On a machine without Qt's other xcb libraries the line names those too.)
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_bytes(b"not a library")
    environment = user_environment(
        tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":77", LD_LIBRARY_PATH=str(broken)
    )
    result = run_kamdesk(environment, "--db", str(tmp_path / "k.sqlite3"), "gui")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert re.match(
        r"kamdesk: error: kamdesk cannot open its window: the system librar(y|ies) "
        r"libxcb-cursor\.so\.0[ ,].*missing; on Debian or Ubuntu install with "
        r"'sudo apt-get install libxcb-cursor0[ ']",
        lines[0],
    ), lines[0]


@pytest.mark.parametrize(
    ("platform", "display"),
    [("xcb", {"DISPLAY": ":77"}), ("wayland", {"WAYLAND_DISPLAY": "wayland-nowhere"})],
)
def test_a_display_that_is_not_there_is_one_line_not_a_plugin_dump(
    tmp_path: Path, platform: str, display: dict[str, str]
) -> None:
    environment = user_environment(tmp_path, QT_QPA_PLATFORM=platform, **display)
    result = run_kamdesk(environment, "--db", str(tmp_path / "k.sqlite3"), "gui")
    assert result.returncode == 1  # not Qt's abort (-6) after its page about plugins
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kamdesk: error: kamdesk cannot open its window: ")
    assert "Reinstalling" not in lines[0] and not (tmp_path / "k.sqlite3").exists()
