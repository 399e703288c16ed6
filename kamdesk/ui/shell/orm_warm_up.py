"""Loading the ORM between events once the window is ready, before the user's first edit.

The app fills its first screen through Core, so the ORM is not loaded at start-up (see
:mod:`kamdesk.store.orm_loading`). The first edit needs it, and the dashboard's background
read too. This object loads it on the GUI thread in a few steps, each from a zero-delay
timer, so that the window paints and takes input between them; then it says ``finished``.
An edit made before that simply imports what it needs at once (the rest of the steps then
cost nothing).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kamdesk.store.orm_loading import ORM_LOADING_STEPS


def _import_profile_editing() -> None:
    # The Profile tab's save: the tab the app opens the last account in.
    importlib.import_module("kamdesk.services.profile.account_profile_editing")


class OrmWarmUp(QObject):
    """The ORM and the Profile tab's editing service, loaded step by step between events."""

    #: Every step is done.
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Callable[[], None]] = [*ORM_LOADING_STEPS, _import_profile_editing]
        self._started = False
        self.done = False

    def start(self) -> None:
        """Begin (once): the first step runs when the event loop is next idle."""
        if self._started:
            return
        self._started = True
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self, self._next)
            return
        self.done = True
        self.finished.emit()
