"""Windows has no system time-zone database: zoneinfo must find the zones in tzdata."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.processes import user_environment

WITHOUT_SYSTEM_ZONES = """
import zoneinfo
assert zoneinfo.TZPATH == (), zoneinfo.TZPATH  # as on Windows: no /usr/share/zoneinfo
from kamdesk.services.profile.profile_reads import time_zone_names
names = time_zone_names()
assert "Europe/Berlin" in names and "Asia/Shanghai" in names and len(names) > 400, len(names)
print(zoneinfo.ZoneInfo("America/New_York").key)
"""


def test_time_zones_work_without_a_system_database(tmp_path: Path) -> None:
    environment = user_environment(tmp_path, PYTHONTZPATH="")
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_SYSTEM_ZONES], env=environment, capture_output=True,
        text=True, timeout=60, check=False,
    )
    assert (result.returncode, result.stdout) == (0, "America/New_York\n"), result.stderr
