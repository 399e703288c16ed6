"""pytz's switch that trusts its own list of zones, set once at the start of a process.

Formatting a date or an amount with Babel loads its locale data, whose ``babel.localtime``
names the local zone to pytz; pytz then opens each of its ~600 zone files once, only to see
that it exists (17-35 ms of CPU in the app's start, 30-50 ms in a plan export). pip and the
bundle install all of pytz's zone data (PyInstaller collects it), so the check finds nothing.
"""

from __future__ import annotations

import os

#: pytz's documented import-speed option: trust the list of zones instead of opening each file.
PYTZ_SKIP_FILE_CHECKS = "PYTZ_SKIPEXISTSCHECK"


def trust_pytz_zone_list() -> None:
    """Switch pytz's file checks off for this process; a value the user set is kept.

    Called first in ``main()``, before any thread of ours or Qt's exists: changing the
    environment while another thread reads it is not safe in C.
    """
    os.environ.setdefault(PYTZ_SKIP_FILE_CHECKS, "1")
