"""One person editing an account, as a separate process, in step with another one.

``python -m tests.helpers.racing_editor DB ACCOUNT INDUSTRY FOLDER``: reads the account's
profile (and so its version), says so by creating ``FOLDER/ready-INDUSTRY``, waits for
``FOLDER/go``, then saves the industry with the version it read, like the app's profile tab.
Prints ``saved`` (exit 0), or the one-sentence message of the refusal on stderr (exit 1).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kamdesk.services.profile.account_profile_editing import load_profile, update_profile
from kamdesk.store.database import open_database
from kamdesk.store.errors import ConflictError


def main(database: str, account_id: int, industry: str, folder: Path) -> int:
    """Read, wait for the starting signal, write; the exit code says who won."""
    db = open_database(database, daily_backup=False)
    try:
        seen = load_profile(db, account_id).version
        (folder / f"ready-{industry}").touch()
        while not (folder / "go").exists():
            time.sleep(0.005)
        try:
            update_profile(db, account_id, seen, {"industry": industry})
        except ConflictError as error:
            print(error, file=sys.stderr)
            return 1
        print("saved")
        return 0
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])))
