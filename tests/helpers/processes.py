"""Running the real ``kamdesk`` program as a user would: a separate process, a fresh home.

The environment has an empty home, its own XDG folders and temporary folder (where the
single-instance lock and socket live), the offscreen Qt platform, and no ``KAMDESK_DB``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Whole-process runs on a busy 2-core machine: generous, but a hang still fails.
TIMEOUT_S = 120


def user_environment(root: Path, **overrides: str) -> dict[str, str]:
    """The environment of a user who never ran kamdesk, everything under ``root``."""
    home = root / "home"
    temporary = root / "tmp"
    for folder in (home, temporary):
        folder.mkdir(parents=True, exist_ok=True)
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("XDG_", "KAMDESK_", "QT_"))
    }
    environment.update(
        HOME=str(home),
        TMPDIR=str(temporary),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    environment.update(overrides)
    return environment


def kamdesk_command(*arguments: str) -> list[str]:
    """``kamdesk ARGUMENTS`` with this test run's Python."""
    return [sys.executable, "-m", "kamdesk", *arguments]


def run_kamdesk(
    environment: dict[str, str], *arguments: str, timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """Run kamdesk to its end; its exit code, stdout and stderr."""
    return subprocess.run(
        kamdesk_command(*arguments), env=environment, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


@contextmanager
def start_kamdesk(environment: dict[str, str], *arguments: str) -> Iterator[subprocess.Popen[str]]:
    """Start kamdesk and leave it running for the ``with`` block; killed if still running.

    (A plain Popen's ``with`` waits for the process: a window that is still open would
    make a failing test hang instead of fail.)
    """
    process = subprocess.Popen(
        kamdesk_command(*arguments), env=environment, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)
