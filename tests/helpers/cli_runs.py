"""Running the ``kamdesk`` command line inside the test process: ``main(argv)`` with capsys.

Starting the real program costs one to three seconds of imports on a busy 2-core machine;
``main(argv)`` in the test's own process runs the same parser, handlers and error handling
in milliseconds. It is the way to test what a command does and prints. What only a real
process shows — the first run in an empty home, exit codes and stderr as the shell sees
them, what a start imports — stays with tests/helpers/processes.py.

A run gives back ``returncode``, ``stdout`` and ``stderr`` like ``subprocess.run``, so a
check written for one reads the same for the other, and unpacks as ``code, out, err``.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kamdesk.cli import main


class CliRun(NamedTuple):
    """What one in-process run of ``kamdesk`` returned and printed."""

    returncode: int
    stdout: str
    stderr: str


def run_in_process(capsys: pytest.CaptureFixture[str], *argv: str) -> CliRun:
    """Run ``kamdesk ARGV`` in this process; its exit code and what it printed (only it)."""
    capsys.readouterr()  # what the test printed before is not the command's
    try:
        code = main(list(argv))
    except SystemExit as leaving:  # argparse: usage errors (2), --help and --version (0)
        code = leaving.code if isinstance(leaving.code, int) else int(leaving.code is not None)
    out, err = capsys.readouterr()
    return CliRun(code, out, err)
