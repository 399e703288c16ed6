"""A person's data requests in the app: "Export what we hold…" and "Erase this person…".

Both sit in the stakeholder context menu (table and map). Export asks for a file (PDF or
JSON) and writes it, with the copies that hold the person (on a server, the user's dumps of
the database, which are searched off the GUI thread as for an erasure). Erase shows
:class:`ErasePersonDialog`; once confirmed, the erasure (and the purge of the backups, if
chosen) runs off the GUI thread. It is not an undo step: the account's undo history is
cleared instead, because an older step could otherwise put the person's name back, and a
:class:`Change` for every kind of data it rewrote makes each view read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGraphicsView,
    QMenu,
    QMessageBox,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.personal_data import Mention
from kamdesk.domain.user_messages import UserMessage
from kamdesk.services.admin.person_access_request import export_person
from kamdesk.services.admin.person_in_backups import erasure_preview, purge_from_backups
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.services.stakeholders.personal_data_erasure_preview import ErasurePreview
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import USER_ERRORS
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.operations import Operation
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.common.row_table_model import ROW_ROLE
from kamdesk.ui.common.translations import current_language
from kamdesk.ui.stakeholders.erase_person_dialog import (
    ErasePersonDialog,
    message_text,
    record_kind_label,
)
from kamdesk.ui.stakeholders.relationship_map_scene import PersonCard
from kamdesk.ui.stakeholders.stakeholder_table_model import NAME

# What an erasure rewrites, so what every view must read again.
ERASED_KINDS = (
    DataKind.STAKEHOLDERS,
    DataKind.BUYING_CENTERS,
    DataKind.INTERACTIONS,
    DataKind.REVIEWS,
    DataKind.SNAPSHOTS,
)


@dataclass(frozen=True)
class ErasureOutcome:
    """What one erasure from the app did."""

    account_id: int
    placeholder: str
    mentions: tuple[Mention, ...]
    purged: int
    server_dumps: bool  # the backups purged were a server database's dumps
    refused: tuple[UserMessage, ...]
    wipe_pending: bool  # a SQLite file another program kept busy: not yet rebuilt


class PersonalDataActions(QObject):
    """The export and erase entries of the stakeholder context menu, and their work."""

    # An erasure finished (an :class:`ErasureOutcome`).
    erased = Signal(object)
    # A person's record was written (the file's Path).
    exported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.dialog: ErasePersonDialog | None = None
        self.operation: Operation | None = None
        self.lookup: Operation | None = None  # a server's dumps searched before confirming
        self.export_operation: Operation | None = None  # a record written on a server
        self.summary: QMessageBox | None = None
        self.menu: QMenu | None = None
        self._select: Callable[[int], None] = lambda _person_id: None

    def attach(
        self, table: QAbstractItemView, map_view: QGraphicsView, select: Callable[[int], None]
    ) -> None:
        """Offer the menu on a right click on a table row or a map card (``select``: show
        that person first, so the menu is about the person the user sees selected)."""
        self._select = select
        for widget in (table, map_view):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda position: self._on_table_menu(table, position)
        )
        map_view.customContextMenuRequested.connect(
            lambda position: self._on_map_menu(map_view, position)
        )

    def _on_table_menu(self, table: QAbstractItemView, position: QPoint) -> None:
        index = table.indexAt(position)
        person = index.siblingAtColumn(NAME).data(ROW_ROLE) if index.isValid() else None
        if person is not None:
            self._show_menu(person.id, table.viewport().mapToGlobal(position))

    def _on_map_menu(self, view: QGraphicsView, position: QPoint) -> None:
        item = view.itemAt(position)
        while item is not None and not isinstance(item, PersonCard):
            item = item.parentItem()
        if isinstance(item, PersonCard):
            self._show_menu(item.person_id, view.viewport().mapToGlobal(position))

    def _show_menu(self, person_id: int, where: QPoint) -> None:
        self._select(person_id)
        menu = QMenu(self.widget)
        self.add_to_menu(menu, person_id)
        self.menu = menu
        menu.popup(where)

    def add_to_menu(self, menu: QMenu, person_id: int) -> None:
        """Add the two entries for this person to a context menu."""
        menu.addAction(self.tr("Export what we hold about this person…"),
                       lambda: self.export_person(person_id))
        menu.addAction(self.tr("Erase this person…"), lambda: self.ask_erase(person_id))

    def export_person(self, person_id: int, path: Path | None = None) -> Path | None:
        """Write the person's record to a file the user chooses (PDF or JSON).

        Returns the file once written; on a server database the user's dumps of it are
        searched off the GUI thread (each is read whole, as for an erasure), ``exported``
        says when the file is written, and None is returned.
        """
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export what we hold about this person"), "",
                self.tr("PDF document (*.pdf);;JSON file (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".pdf", ".json"):
                path = path.with_suffix(".json" if "json" in _filter.lower() else ".pdf")
        db, language, chosen_path = self.context.db, current_language(), path
        if db.location.path is None:
            operation = Operation(
                lambda _progress: export_person(db, person_id, chosen_path, lang=language),
                self, self.tr("Looking for the person in your server dumps…"), self.widget)
            operation.succeeded.connect(lambda _record: self.exported.emit(chosen_path))
            operation.failed.connect(self.context.failed)
            self.export_operation = operation.start()
            return None
        try:
            export_person(db, person_id, path, lang=language)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return None
        self.exported.emit(path)
        return path

    def ask_erase(self, person_id: int) -> ErasePersonDialog | None:
        """Show the confirmation (window-modal); the erasure starts when it is accepted.

        On a server database the confirmation is shown once the user's dumps of it have been
        searched off the GUI thread (each is read whole: about 0.2 s for the 6 MB dump of
        2,000 accounts, ten of them kept), and None is returned.
        """
        db = self.context.db
        if db.location.path is None:
            lookup = Operation(lambda _progress: erasure_preview(db, person_id), self,
                               self.tr("Looking for the person in your server dumps…"),
                               self.widget)
            lookup.succeeded.connect(self._confirm)
            lookup.failed.connect(self.context.failed)
            self.lookup = lookup.start()
            return None
        try:
            preview = erasure_preview(db, person_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return None
        return self._confirm(preview)

    def _confirm(self, preview: ErasurePreview) -> ErasePersonDialog:
        dialog = ErasePersonDialog(preview, self.widget)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._erase(dialog))
        dialog.open()
        return dialog

    def _erase(self, dialog: ErasePersonDialog) -> None:
        preview, purge = dialog.preview, dialog.purge_backups
        db = self.context.db

        def work(_progress: Any) -> ErasureOutcome:
            refused: tuple[UserMessage, ...]
            report = erase_people(db, [preview.person.stakeholder_id])
            purged, refused = 0, ()
            if purge:
                result = purge_from_backups(db, preview.backups)
                purged = len(result.purged)
                refused = tuple(r.message for r in result.refused)
            pending = db.location.path is not None and not report.file_wiped
            return ErasureOutcome(preview.person.account_id, report.placeholders[0],
                                  report.mentions, purged, preview.backups.server_dumps,
                                  refused, pending)

        operation = Operation(work, self, self.tr("Erasing the person…"), self.widget)
        operation.succeeded.connect(self._on_erased)
        operation.failed.connect(self.context.failed)
        self.operation = operation.start()

    def _on_erased(self, outcome: ErasureOutcome) -> None:
        # The undo history holds the old values (and "Edit <name>" texts): it must go.
        self.context.undo_stack(outcome.account_id).clear()
        for kind in ERASED_KINDS:
            self.context.publish(Change.of(kind, outcome.account_id))
        lines = [self.tr("The person was erased; they now appear as %1.")
                 .replace("%1", shown_person_name(outcome.placeholder))]
        if outcome.purged:
            lines.append(
                (self.tr("They were also erased from %1 server dumps.") if outcome.server_dumps
                 else self.tr("They were also erased from %1 backups."))
                .replace("%1", str(outcome.purged))
            )
        lines.extend(message_text(message) for message in outcome.refused)
        if outcome.wipe_pending:
            lines.append(self.tr("Another program has the database open, so the old data is "
                                 "not yet wiped from the file; close it and erase %1 again.")
                         .replace("%1", shown_person_name(outcome.placeholder)))
        if outcome.mentions:
            lines.append(self.tr("Edit these texts that still name them:"))
            lines.extend(
                f"• {record_kind_label(m.record_kind)}: {m.excerpt}" for m in outcome.mentions
            )
        self.summary = QMessageBox(QMessageBox.Icon.Information, self.tr("Person erased"),
                                   "\n".join(lines), QMessageBox.StandardButton.Ok, self.widget)
        self.summary.open()
        self.erased.emit(outcome)

