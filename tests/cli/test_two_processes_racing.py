"""Two people saving the same account in the same instant: one saves, one is told, none lost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kamdesk.services.profile.account_profile_editing import create_account, load_profile
from kamdesk.store.database import Database
from kamdesk.store.errors import WHO_WINS
from tests.helpers.processes import TIMEOUT_S, user_environment
from tests.helpers.racing_editor import fork_server, output_files, start_editor

pytestmark = pytest.mark.slow
ROUNDS = 3


def _wait_for(*paths: Path) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not all(path.exists() for path in paths):
        assert time.monotonic() < deadline, "an editor never got ready"
        time.sleep(0.01)


def test_one_saves_the_other_gets_a_clear_conflict(
    db: Database, database_url: str, tmp_path: Path
) -> None:
    account = create_account(db, "Umkämpft AG")
    context = fork_server()
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        names = (f"Maschinenbau {round_}", f"Chemie {round_}")
        environment = user_environment(folder)
        editors = [start_editor(context, environment, database_url, account, name, folder)
                   for name in names]
        _wait_for(*(folder / f"ready-{name}" for name in names))
        (folder / "go").touch()  # both have read the same version; now both save
        for editor in editors:
            editor.join(TIMEOUT_S)
        results = [
            (editor.exitcode, *(path.read_text(encoding="utf-8")
                                for path in output_files(folder, name)))
            for editor, name in zip(editors, names, strict=True)
        ]
        winners = [name for name, (code, _, _) in zip(names, results, strict=True) if code == 0]
        assert len(winners) == 1, results
        loser = next(result for result in results if result[0] != 0)
        assert loser[0] == 1 and loser[1] == ""
        assert loser[2].count("\n") == 1 and WHO_WINS in loser[2]  # one sentence, no traceback
        assert load_profile(db, account).industry == winners[0]  # the winner's, not lost
