"""The Export dialog: choose document, audience, language, paper and sections, look at a
preview of the pages, and save the PDF (which also stores an export snapshot of the plan).

Rendering runs off the GUI thread through :mod:`kamdesk.ui.common.operations`; every change of an
option schedules a fresh preview, and a newer request makes the older result obsolete.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.file_names import safe_file_name
from kamdesk.services.common.company_settings_reader import company_locale
from kamdesk.services.export.plan_export import (
    ExportOptions,
    RenderedDocument,
    default_language,
    default_paper,
    render_document,
    save_document,
)
from kamdesk.services.profile.account_profile_editing import account_name
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.operations import Operation, Progress
from kamdesk.ui.export.export_options_panel import ExportOptionsPanel
from kamdesk.ui.export.pdf_preview import PdfPreview

PREVIEW_DELAY_MS = 350  # let a burst of clicks settle before rendering again
OPEN_WHEN_DONE_KEY = "export/open_when_done"
FOLDER_KEY = "export/folder"
GEOMETRY_KEY = "export/geometry"


class ExportDialog(QDialog):
    """Export the plan or meeting brief of one account as PDF, with a preview."""

    #: A document was saved; the text is one sentence for the status bar.
    exported = Signal(str)

    def __init__(
        self, context: AppContext, account_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = account_id
        self.settings = QSettings("kamdesk", "kamdesk")
        self.account = account_name(context.db, account_id)
        self.document: RenderedDocument | None = None  # the preview on show
        self._preview_operation: Operation | None = None
        self._save_operation: Operation | None = None
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", self.account))
        self.setMinimumSize(940, 620)

        locale = company_locale(context.db)
        self.panel = ExportOptionsPanel(default_language(locale), default_paper(locale))
        self.panel.changed.connect(self._on_options_changed)

        self.open_when_done = QCheckBox(self.tr("Open the PDF when done"))
        self.open_when_done.setChecked(self._stored_bool(OPEN_WHEN_DONE_KEY, True))
        self.open_when_done.toggled.connect(
            lambda on: self.settings.setValue(OPEN_WHEN_DONE_KEY, on)
        )

        self.preview = PdfPreview()
        self.preview_status = QLabel()
        self.preview_status.setObjectName("mutedLabel")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to tell: a moving bar says "working"
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(140)
        self.busy.hide()
        self.preview_button = QPushButton(self.tr("Cancel"))
        self.preview_button.clicked.connect(self._on_preview_button)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        self._build_layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._update_enabled()
        self._restore_geometry()
        self.refresh_preview()

    # -- public API -------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The options as chosen now."""
        return self.panel.options()

    def refresh_preview(self) -> None:
        """Render the preview for the current options (a running render becomes obsolete)."""
        self._timer.stop()
        self._cancel_preview()
        options = self.options()
        if not self.panel.is_complete():
            self.document = None
            self.preview.show_message(self.tr("Choose at least one section to see a preview."))
            self.preview_status.setText("")
            self._update_enabled()
            return
        db, account_id = self.context.db, self.account_id

        def render(_progress: Progress) -> RenderedDocument:
            return render_document(db, account_id, options)

        operation = Operation(render, self.context)
        operation.succeeded.connect(self._on_preview_ready)
        operation.failed.connect(self._on_preview_failed)
        operation.finished.connect(operation.deleteLater)
        self._preview_operation = operation
        self.document = None
        self._set_busy(True, self.tr("Rendering the preview…"))
        self.preview.show_message(self.tr("Rendering the preview…"))
        operation.start()

    def save(self) -> None:
        """Ask where to save, then write the PDF (rendered anew if the preview is not ready)."""
        if not self.panel.is_complete() or self._save_operation is not None:
            return
        options = self.options()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), str(self._suggested_path(options)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        ready = self.document if self.document and self.document.options == options else None
        db, account_id = self.context.db, self.account_id

        def write(_progress: Progress) -> tuple[Path, int]:
            document = ready or render_document(db, account_id, options)
            save_document(db, document, path)
            return path, document.page_count

        self._cancel_preview()  # the save renders what it needs; a preview would only compete
        operation = Operation(write, self.context)
        operation.succeeded.connect(self._on_saved)
        operation.failed.connect(self._on_save_failed)
        operation.finished.connect(operation.deleteLater)
        self._save_operation = operation
        self._show_error("")
        self._set_busy(True, self.tr("Saving…"), cancellable=False)
        self._update_enabled()
        operation.start()

    # -- Qt events --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._save_operation is not None:
            return  # the file is being written: closing now would hide how that ended
        self._cancel_preview()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_operation is not None:
            event.ignore()
            return
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        options_side = QWidget()
        options_side.setFixedWidth(360)
        left = QVBoxLayout(options_side)
        left.setContentsMargins(0, 0, 8, 0)
        title = QLabel(self.account)
        title.setObjectName("accountTitle")
        title.setWordWrap(True)
        left.addWidget(title)
        left.addWidget(self.panel, 1)
        left.addWidget(self.open_when_done)

        header = QWidget()
        # As tall as its button, shown or not: the preview must not jump when it hides.
        header.setFixedHeight(self.preview_button.sizeHint().height() + 4)
        preview_header = QHBoxLayout(header)
        preview_header.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preview"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        preview_header.addWidget(heading)
        preview_header.addWidget(self.preview_status, 1)
        preview_header.addWidget(self.busy)
        preview_header.addWidget(self.preview_button)
        right = QVBoxLayout()
        right.addWidget(header)
        right.addWidget(self.preview, 1)

        columns = QHBoxLayout()
        columns.addWidget(options_side)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- reactions --------------------------------------------------------------------------

    def _on_options_changed(self) -> None:
        self._update_enabled()
        if self.panel.is_complete():
            self._timer.start()
        else:
            self.refresh_preview()  # at once: a stale preview would suggest it can be saved

    def _on_preview_button(self) -> None:
        if self._preview_operation is not None:
            self._cancel_preview()
            self.preview.show_message(
                self.tr("The preview was cancelled. Click “Show preview” to render it.")
            )
            self.preview_status.setText("")
        else:
            self.refresh_preview()

    def _on_preview_ready(self, document: object) -> None:
        self._preview_operation = None
        if not isinstance(document, RenderedDocument):
            self._set_busy(False)
            return
        self.document = document
        self.preview.show_pdf(document.pdf)
        self._set_busy(False)
        text = self._pages_text(self.preview.page_count or document.page_count)
        paper = "A4" if document.options.paper == "a4" else self.tr("Letter")
        self.preview_status.setText(f"  ·  {text}  ·  {paper}")
        self._show_error("")
        self._update_enabled()

    def _on_preview_failed(self, message: str) -> None:
        self._preview_operation = None
        self._set_busy(False)
        self.preview.show_message(self.tr("No preview: %1").replace("%1", message))
        self.preview_status.setText("")
        self._show_error(message)
        self._update_enabled()

    def _on_saved(self, outcome: object) -> None:
        self._save_operation = None
        self._set_busy(False)
        self._update_enabled()
        if not isinstance(outcome, tuple):
            return
        path, pages = outcome
        # The export snapshot is new history: "what changed since" views read it.
        self.context.notify("reviews", self.account_id)
        message = self.tr("Saved “%1” (%2).").replace("%1", path.name).replace(
            "%2", self._pages_text(pages)
        )
        self.exported.emit(message)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def _on_save_failed(self, message: str) -> None:
        self._save_operation = None
        self._set_busy(False)
        self._show_error(message)
        self._update_enabled()
        if self.document is None:
            self._timer.start()  # the preview was given up for the save: bring it back

    # -- helpers ----------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        saving = self._save_operation is not None
        self.panel.set_locked(saving)
        self.save_button.setEnabled(self.panel.is_complete() and not saving)
        self.close_button.setEnabled(not saving)

    def _set_busy(self, busy: bool, text: str = "", cancellable: bool = True) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.preview_status.setText(f"  ·  {text}")
        self.preview_button.setText(self.tr("Cancel") if busy else self.tr("Show preview"))
        self.preview_button.setEnabled(cancellable or not busy)
        # Offered when there is something to cancel, or no preview on show.
        self.preview_button.setVisible(busy or self.preview.page_count == 0)

    def _cancel_preview(self) -> None:
        operation, self._preview_operation = self._preview_operation, None
        if operation is not None:
            # Its result arrives later as "cancelled" and is ignored; the render itself is
            # one reportlab build that cannot be interrupted halfway.
            operation.succeeded.disconnect(self._on_preview_ready)
            operation.failed.disconnect(self._on_preview_failed)
            operation.cancel()
            self._set_busy(False)

    def _pages_text(self, pages: int) -> str:
        if pages == 1:
            return self.tr("1 page")
        return self.tr("%1 pages").replace("%1", QLocale().toString(pages))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _suggested_path(self, options: ExportOptions) -> Path:
        if options.kind == "brief":
            pattern = self.tr("Meeting brief – %1 – %2.pdf")
        elif options.audience == "client":
            pattern = self.tr("Partnership plan – %1 – %2.pdf")
        else:
            pattern = self.tr("Account plan – %1 – %2.pdf")
        name = pattern.replace("%1", self.account).replace("%2", date.today().isoformat())
        stored = self.settings.value(FOLDER_KEY, "")
        folder = Path(str(stored)) if stored else None
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents else Path.home()
        return folder / safe_file_name(name)

    def _stored_bool(self, key: str, default: bool) -> bool:
        value = self.settings.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)

