"""A new user's first commands, run as the installed program on a computer that never ran kamdesk.

Each test gives the real ``kamdesk`` entry point of this virtual environment an empty home
folder and no ``--db``, ``KAMDESK_DB`` or ``XDG_*`` data and config folders (what a freshly
created user account has), so the default location must be made on first use.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

KAMDESK = Path(sys.executable).parent / ("kamdesk.exe" if os.name == "nt" else "kamdesk")
TIMEOUT_S = 120


def _fresh_home(parent: Path) -> Path:
    home = parent / "home"
    home.mkdir()
    return home


def _environment(home: Path) -> dict[str, str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("XDG_") and name not in ("KAMDESK_DB", "HOME", "USERPROFILE")
    }
    environment["HOME"] = str(home)
    environment["USERPROFILE"] = str(home)  # Windows' home folder
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def run_kamdesk(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``kamdesk`` as the user would, in the given home folder."""
    return subprocess.run(
        [str(KAMDESK), *arguments], env=_environment(home), cwd=home,
        capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )


def _database_files(home: Path) -> list[Path]:
    return sorted(home.rglob("kamdesk.sqlite3"))


def _assert_private_default_database(home: Path) -> Path:
    files = _database_files(home)
    assert len(files) == 1, files
    path = files[0]
    assert path.parent.name == "kamdesk"
    if sys.platform.startswith("linux"):
        assert path == home / ".local" / "share" / "kamdesk" / "kamdesk.sqlite3"
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    return path


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home folder whose very first kamdesk command was ``kamdesk demo``."""
    home = _fresh_home(tmp_path_factory.mktemp("first-demo"))
    done = run_kamdesk(home, "demo")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "48 accounts" in done.stdout
    return home


def test_the_entry_point_is_installed() -> None:
    assert KAMDESK.is_file(), f"{KAMDESK} is missing: install the project into this venv"


def test_demo_as_the_first_command_creates_a_private_default_database(demo_home: Path) -> None:
    path = _assert_private_default_database(demo_home)
    assert path.stat().st_size > 0


def test_after_the_demo_accounts_plan_and_client_export_work(demo_home: Path) -> None:
    listed = run_kamdesk(demo_home, "accounts", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    accounts = json.loads(listed.stdout)
    assert len(accounts) == 48
    key = next(a for a in accounts if a["tier"] == "key")

    plan = run_kamdesk(demo_home, "plan", key["name"], "--format", "json")
    assert plan.returncode == 0, plan.stderr
    assert json.loads(plan.stdout)["account"]["name"] == key["name"]

    exported = run_kamdesk(demo_home, "export", "plan", key["name"], "-o", "plan.pdf",
                           "--audience", "client")
    assert exported.returncode == 0, exported.stderr
    pdf = demo_home / "plan.pdf"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert key["name"] in text


def test_gui_smoke_starts_on_the_demo_database(demo_home: Path) -> None:
    started = run_kamdesk(demo_home, "gui", "--smoke")
    assert started.returncode == 0, started.stderr
    # The frame's paint time first, then the filled window's.
    assert re.fullmatch(r"window: \d+ ms\nstartup: \d+ ms\n", started.stdout), started.stdout


@pytest.mark.parametrize("command", [("accounts",), ("gui", "--smoke")], ids=["accounts", "gui"])
def test_any_first_command_makes_the_default_database(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    home = _fresh_home(tmp_path)
    done = run_kamdesk(home, *command)
    assert done.returncode == 0, done.stderr
    _assert_private_default_database(home)


def test_a_given_db_in_a_missing_folder_is_still_refused(tmp_path: Path) -> None:
    home = _fresh_home(tmp_path)
    done = run_kamdesk(home, "--db", str(home / "typo" / "k.sqlite3"), "accounts")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "does not exist" in done.stderr
    assert list(home.iterdir()) == []  # neither the typed folder nor the default one
