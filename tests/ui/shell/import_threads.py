"""Which thread of a kamdesk process imported which module, and whether before a line.

The app's start imports the database layer in a loading thread while the GUI thread
paints the window's frame (:mod:`kamdesk.ui.shell.start_up_loading`), so "imported before
the frame was painted" no longer says "the user waited for it". This probe runs kamdesk as
``python -m kamdesk`` would, with a finder first on ``sys.meta_path`` that notes the thread
of every module's first import, and a mark where the program printed a given line.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

# Runs the command in this interpreter; each import (and the marked line) goes to stderr.
PROBE = (
    "import builtins, runpy, sys, threading\n"
    "marker = sys.argv[1]\n"
    "seen, noted = [], set()\n"
    "def note(name):\n"
    "    key = (threading.current_thread().name, name)\n"
    "    if key not in noted:\n"
    "        noted.add(key)\n"
    "        seen.append(key)\n"
    "class Noting:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        note(name)\n"
    "        return None\n"
    "sys.meta_path.insert(0, Noting())\n"
    "plain_import = builtins.__import__\n"
    "def asking(name, globals=None, locals=None, fromlist=(), level=0):\n"
    "    if level == 0 and threading.current_thread() is threading.main_thread():\n"
    "        note(name)\n"
    "    return plain_import(name, globals, locals, fromlist, level)\n"
    "builtins.__import__ = asking\n"
    "class Marking:\n"
    "    def __init__(self, stream):\n"
    "        self.stream = stream\n"
    "    def write(self, text):\n"
    "        if text.startswith(marker):\n"
    "            seen.append(('', 'LINE'))\n"
    "        return self.stream.write(text)\n"
    "    def __getattr__(self, name):\n"
    "        return getattr(self.stream, name)\n"
    "sys.stdout = Marking(sys.stdout)\n"
    "sys.argv = ['kamdesk', *sys.argv[2:]]\n"
    "code = 0\n"
    "try:\n"
    "    runpy.run_module('kamdesk', run_name='__main__')\n"
    "except SystemExit as done:\n"
    "    code = done.code\n"
    "for thread, name in list(seen):\n"
    "    print('IMPORT', thread or '-', name, file=sys.stderr)\n"
    "print('EXIT', code, file=sys.stderr)\n"
)


@dataclass(frozen=True)
class Import:
    """A module a thread imported first, or (the GUI thread) asked for."""

    thread: str
    module: str


def imports_around(
    marker: str, *arguments: str, env: dict[str, str]
) -> tuple[list[Import], list[Import]]:
    """Run ``kamdesk ARGUMENTS…`` (it must succeed); the imports before and after it printed
    a line starting with ``marker``, in the order they began."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, marker, *arguments],
        capture_output=True, text=True, env=env, timeout=170, check=False,
    )
    lines = result.stderr.splitlines()
    assert "EXIT 0" in lines, result.stdout[-1500:] + result.stderr[-1500:]
    before: list[Import] = []
    after: list[Import] | None = None
    for line in lines:
        if not line.startswith("IMPORT "):
            continue
        _, thread, module = line.split(" ", 2)
        if module == "LINE":
            after = []
        elif after is None:
            before.append(Import(thread, module))
        else:
            after.append(Import(thread, module))
    assert after is not None, f"no line starting with {marker!r}: {result.stdout[-1500:]}"
    return before, after
