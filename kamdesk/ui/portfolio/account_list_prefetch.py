"""The sidebar's first account list, read in the background from the moment the file is open.

On 10,000 accounts the list is the last thing a start waits for: its query runs about half
a second in SQLite's C code (off the interpreter lock, on the second core), and the
sidebar used to start it only once the window was being filled, after the settings, the
account context and the sidebar itself were made. The app starts this read as soon as the
database is open, and the sidebar's first reload takes it instead of reading again.

It is the same call the sidebar makes (:func:`list_accounts`), a few milliseconds earlier
and from the same file, so the rows are the same; whether they arrive before or after the
sidebar asks for them, it gets them exactly once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.store.database import Database
from kamdesk.ui.common.operations import run_in_background


class AccountListPrefetch(QObject):
    """One background read of the account list, handed to whoever asks for it."""

    #: The read ended (rows or a failure); :meth:`deliver` hands the outcome on.
    arrived = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: object = None
        self._failure: str | None = None
        self._done = False
        self._asked = False
        self._handlers: tuple[Callable[[object], None], Callable[[str], None]] | None = None
        run_in_background(
            lambda _progress: list_accounts(db), self._on_rows, self._on_failure, self
        )

    @property
    def done(self) -> bool:
        """Whether the read has ended."""
        return self._done

    def deliver(self, on_rows: Callable[[object], None], on_failure: Callable[[str], None]) -> None:
        """Hand the outcome to these handlers: now if the read has ended, else when it does.

        One read, one taker: the sidebar's first reload. A second taker would be a bug (the
        rows are let go once handed over), so it is refused.
        """
        if self._asked:
            raise RuntimeError("the early account list was taken already")
        self._asked = True
        self._handlers = (on_rows, on_failure)
        if self._done:
            self._hand_on()

    def _on_rows(self, rows: object) -> None:
        self._rows, self._done = rows, True
        self.arrived.emit()
        self._hand_on()

    def _on_failure(self, message: str) -> None:
        self._failure, self._done = message, True
        self.arrived.emit()
        self._hand_on()

    def _hand_on(self) -> None:
        if self._handlers is None:
            return  # kept until someone asks
        on_rows, on_failure = self._handlers
        rows, self._handlers, self._rows = self._rows, None, None
        if self._failure is not None:
            on_failure(self._failure)
        else:
            on_rows(rows)
