"""Every command trusts pytz's list of zones: formatting with Babel opens no zone file just
to see that it exists (``kamdesk.cli.pytz_zone_list``); a user's own setting is kept."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kamdesk.cli.pytz_zone_list import PYTZ_SKIP_FILE_CHECKS, trust_pytz_zone_list
from kamdesk.store.database import Database
from tests.helpers.processes import user_environment
from tests.helpers.zone_files import zone_files_opened


@pytest.mark.slow  # two plan exports as a user starts them (about 2 s each here)
@pytest.mark.sqlite_only  # the zones are formatting's; the backend plays no part
def test_a_plan_export_opens_no_zone_file_only_to_check_that_it_exists(
    demo_database: Callable[..., Database], tmp_path: Path
) -> None:
    db = demo_database(accounts=12, seed=7, today=date.today())
    path = str(db.location.path)
    db.close()
    environment = user_environment(tmp_path, TZ="Europe/Berlin")
    export = ("--db", path, "--lang", "de", "export", "plan", "1", "-o")
    # The local zone's own file is read; not the ~600 others.
    assert zone_files_opened(environment, *export, str(tmp_path / "plan.pdf")) <= 2
    # What pytz does when the user switched the check back on.
    assert zone_files_opened(
        {**environment, PYTZ_SKIP_FILE_CHECKS: ""}, *export, str(tmp_path / "again.pdf")
    ) > 500


def test_a_value_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PYTZ_SKIP_FILE_CHECKS, "")
    trust_pytz_zone_list()
    assert os.environ[PYTZ_SKIP_FILE_CHECKS] == ""
    monkeypatch.delenv(PYTZ_SKIP_FILE_CHECKS)
    trust_pytz_zone_list()
    assert os.environ[PYTZ_SKIP_FILE_CHECKS] == "1"
