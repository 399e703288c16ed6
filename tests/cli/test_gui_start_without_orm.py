"""``kamdesk gui --smoke`` fills its first screen (the last account's Profile tab) before the
ORM is loaded: the ORM costs as much to import as SQLAlchemy itself, and the user waits.

The process runs as a user starts it, with Python's import report on (``-X importtime``
through ``PYTHONPROFILEIMPORTTIME``): every import is written to stderr as it ends, and
the ``startup`` line to stdout when the filled window is painted, both into one pipe in
the order they happen. So everything imported before ``startup`` is what the user waited for.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.loaded_modules import imported_around, orm_modules
from tests.helpers.processes import kamdesk_command, user_environment

pytestmark = pytest.mark.slow  # a whole app start (about 3 s here)


def test_the_last_account_is_shown_and_ready_before_the_orm_is_imported(
    tmp_path: Path, demo_templates: DemoTemplates
) -> None:
    # The session's dozen-account demo (a build of the 48-account one of its own cost this
    # test about 1.5 s of CPU): which modules the first screen needs does not depend on
    # how many accounts the sidebar lists.
    path = demo_templates.file_copy(DemoKey(12, 7, date.today()), tmp_path / "demo.sqlite3")
    environment = user_environment(tmp_path, PYTHONPROFILEIMPORTTIME="1")
    # As after a session that ended with the first demo account open.
    settings = Path(environment["XDG_CONFIG_HOME"]) / "kamdesk" / "kamdesk.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[session]\nlast_account=1\nlast_database={path}\n", encoding="utf-8")

    result = subprocess.run(
        kamdesk_command("--db", str(path), "gui", "--smoke"), env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    imported, _after = imported_around(result.stdout, "startup: ")
    # The account was opened on its Profile tab (whose own module is imported through
    # importlib, which the report leaves out; the time zone field is the tab's), read
    # through the light tables …
    assert "kamdesk.ui.profile.time_zone_field" in imported
    assert "kamdesk.services.profile.profile_reads" in imported
    assert "kamdesk.store.light_tables" in imported
    # … and neither SQLAlchemy's ORM nor the mapped classes were imported for it (not even
    # one of their submodules).
    assert orm_modules(imported) == set()
