"""The day's dump of a server database, taken in the background once the window is ready.

On 2,000 accounts the portable dump takes about 1.6 s (``benchmarks/bench_server_backup.py``):
on the GUI thread at start that froze the first window. The app therefore opens the server
database without it and starts it here, off the GUI thread, after the window is filled; the
user can work meanwhile (the dump reads in its own transaction, a consistent snapshot).
The command line still takes it inline
(:func:`kamdesk.services.admin.database_opening.open_for_use`).
A SQLite file's daily backup is a quick file copy the store takes while opening.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.errors import StorageError
from kamdesk.ui.common.operations import Operation, run_in_background
from kamdesk.ui.shell.main_window import STATUS_MESSAGE_MS, MainWindow

if TYPE_CHECKING:
    from kamdesk.store.database import Database

# The upgrade's message stays longer than others: it happens once per kamdesk version.
UPGRADE_MESSAGE_MS = 30_000

# Takes the day's dump of a server database (None: taken already today, or nothing to keep).
DailyDump = Callable[["Database"], Any]


class DailyServerBackup(QObject):
    """The background dump of one window's server database, and what the user is told."""

    def __init__(self, window: MainWindow, take: DailyDump | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._take = take
        self.operation: Operation | None = None

    def start(self) -> Operation | None:
        """Start the dump; None for a SQLite file (the store copied it while opening)."""
        context = self.window.context
        assert context is not None
        db = context.db
        if db.location.path is not None:
            return None
        take = self._take
        # The dump imports the ORM: loaded here first, on the GUI thread, so that no two
        # threads import the same modules at once (Python's import locks would hand one
        # of them half-initialised modules).
        from kamdesk.store.orm_loading import load_orm

        load_orm()
        if take is None:
            from kamdesk.services.admin.server_backups import take_daily_server_backup

            take = take_daily_server_backup
        dump = take

        def call(_progress: Any) -> Any:
            try:
                return dump(db)
            except OSError as error:  # a full disk is the user's to fix, not a bug to log
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "ServiceMessage", "the file could not be written ({reason})"
                    ).format(reason=os_reason(error))
                ) from error

        self.operation = run_in_background(call, self._succeeded, self._failed, self)
        return self.operation

    def tell_upgrade_backup(self, path: Path) -> None:
        """Say where the dump taken before the schema upgrade (at this start) went."""
        self.window.statusBar().showMessage(
            self.tr(
                "The server database was upgraded to this kamdesk; its backup from before "
                "is in %1."
            ).replace("%1", str(path)),
            UPGRADE_MESSAGE_MS,
        )

    def _succeeded(self, backup: Any) -> None:
        if backup is not None:
            self.window.statusBar().showMessage(
                self.tr("Today's backup of the server database is in %1.").replace(
                    "%1", str(backup.path)
                ),
                STATUS_MESSAGE_MS,
            )

    def _failed(self, message: str) -> None:
        context = self.window.context
        assert context is not None
        context.failed.emit(
            self.tr("Today's backup of the server database failed: %1").replace("%1", message)
        )


def start_daily_server_backup(
    window: MainWindow, take: DailyDump | None = None, upgrade_backup: Path | None = None
) -> Operation | None:
    """Start the day's dump of the window's server database; None for a SQLite file.

    ``upgrade_backup``: where the dump before this start's schema upgrade went, to say so.
    """
    backups = DailyServerBackup(window, take)
    if upgrade_backup is not None:
        backups.tell_upgrade_backup(upgrade_backup)
    return backups.start()
