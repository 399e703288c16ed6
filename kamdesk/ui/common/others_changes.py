"""Showing what others changed: polls the change counter while the app is active.

Every few seconds (only while the app is the active one: nobody reads a window in the
background, and a server should not be asked for nothing) the counter is read; when
someone else moved it, one portfolio-wide :class:`Change` is announced through the app
context, and every view reads again what it shows. Forms keep a field the user is typing
into (see :func:`kamdesk.ui.common.form_fields.holds_unsaved_typing`); while a cell of a
table or list is being edited, the announcement waits for the next tick after the editor
closes, because reading a table again would close the editor and lose the typing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.common.change_polling import changes_since, read_change_counter
from kamdesk.store.errors import StorageError
from kamdesk.ui.common.app_context import AppContext

log = logging.getLogger(__name__)

#: How often the counter is read while the app is active.
POLL_INTERVAL_MS = 3000


class OthersChangesWatcher(QObject):
    """Announces changes made by other windows, processes or people."""

    def __init__(self, context: AppContext, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(context)
        self.context = context
        self.seen = read_change_counter(context.db)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()

    def poll_now(self) -> bool:
        """Read the counter; announce and return True if someone else changed the data."""
        try:
            reading = changes_since(self.context.db, self.seen)
        except StorageError as error:
            # The server may be away for a moment: the next tick asks again; an edit says so.
            log.warning("could not read the change counter: %s", error)
            return False
        self.seen = reading.value
        if not reading.by_others:
            return False
        self.context.announce(Change(DataKind.EVERYTHING, None))
        return True

    def poll_when_idle(self) -> bool:
        """:meth:`poll_now`, unless the user is editing a cell (then the next tick asks)."""
        if editing_a_cell():
            return False
        return self.poll_now()

    def _on_timer(self) -> None:
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self.poll_when_idle()


def editing_a_cell() -> bool:
    """Whether the keyboard is in a cell editor of a table, tree or list view.

    A view holds the focus itself while the user moves between cells; the focus is on a
    widget inside it only while an editor is open there.
    """
    focus = QApplication.focusWidget()
    widget = focus.parentWidget() if focus is not None else None
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return True
        widget = widget.parentWidget()
    return False
