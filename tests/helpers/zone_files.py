"""How many of pytz's zone files a kamdesk process opens (an audit hook counts them)."""

from __future__ import annotations

import subprocess
import sys

ZONE_FILE_OPENS = (
    "import os, runpy, sys\n"
    "opened = []\n"
    "def note(event, arguments):\n"
    "    zones = os.sep + 'pytz' + os.sep + 'zoneinfo' + os.sep\n"
    "    if event == 'open' and isinstance(arguments[0], str) and zones in arguments[0]:\n"
    "        opened.append(arguments[0])\n"
    "sys.addaudithook(note)\n"
    "sys.argv = ['kamdesk', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('kamdesk', run_name='__main__')\n"
    "except SystemExit as done:\n"
    "    print('EXIT', done.code)\n"
    "print('ZONE FILES OPENED', len(opened))\n"
)


def zone_files_opened(environment: dict[str, str], *arguments: str) -> int:
    """Run ``kamdesk ARGUMENTS`` in a fresh interpreter; the zone files it opened."""
    result = subprocess.run(
        [sys.executable, "-c", ZONE_FILE_OPENS, *arguments],
        env=environment, capture_output=True, text=True, timeout=170, check=False,
    )
    assert "EXIT 0" in result.stdout, result.stdout[-1500:] + result.stderr[-1500:]
    return int(result.stdout.rsplit("ZONE FILES OPENED", 1)[1])
