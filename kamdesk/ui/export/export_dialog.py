"""The Export dialog: choose document, format, audience, language, paper and sections, look
at a preview, and save the PDF, Word document or slide deck (which also stores an export
snapshot of the plan).

Rendering runs off the GUI thread through :mod:`kamdesk.ui.common.operations`; every change of an
option schedules a fresh preview, and a newer request makes the older result obsolete. A
deck or Word document is previewed as pages where LibreOffice is installed to draw them,
else as the list of its slides or sections.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.file_names import safe_file_name
from kamdesk.services.common.company_settings_reader import company_locale
from kamdesk.services.export.office_preview import libreoffice, office_to_pdf
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
from kamdesk.ui.common.app_style import style_named_widgets
from kamdesk.ui.common.operations import Operation, Progress
from kamdesk.ui.export.export_options_panel import ExportOptionsPanel
from kamdesk.ui.export.preview_pane import PreviewPane

PREVIEW_DELAY_MS = 350  # let a burst of clicks settle before rendering again
OPEN_WHEN_DONE_KEY = "export/open_when_done"
FOLDER_KEY = "export/folder"
GEOMETRY_KEY = "export/geometry"
TEMPLATE_KEY = "export/deck_template"
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "pptx": ".pptx"}


@dataclass(frozen=True)
class Preview:
    """A rendered document and its pages as PDF (None: a deck or Word file not drawn)."""

    document: RenderedDocument
    pdf: bytes | None


class ExportDialog(QDialog):
    """Export the plan (PDF, Word, slides) or meeting brief of one account, with a preview."""

    # A document was saved; the text is one sentence for the status bar.
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
        # Decks and Word files are drawn for the preview by LibreOffice, where it is found.
        self.office_pages = libreoffice() is not None
        self._preview_operation: Operation | None = None
        self._save_operation: Operation | None = None
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", self.account))
        self.setMinimumSize(940, 620)

        locale = company_locale(context.db)
        self.panel = ExportOptionsPanel(default_language(locale), default_paper(locale))
        stored_template = str(self.settings.value(TEMPLATE_KEY, "") or "")
        if stored_template and Path(stored_template).is_file():
            self.panel.set_template(Path(stored_template))
        self.panel.changed.connect(self._on_options_changed)

        self.open_when_done = QCheckBox(self.tr("Open the file when done"))
        self.open_when_done.setChecked(self._stored_bool(OPEN_WHEN_DONE_KEY, True))
        self.open_when_done.toggled.connect(
            lambda on: self.settings.setValue(OPEN_WHEN_DONE_KEY, on)
        )

        self.pane = PreviewPane()
        self.pane.button_clicked.connect(self._on_preview_button)
        # The pane's parts, by the names the dialog has always given them.
        self.preview, self.outline = self.pane.pages, self.pane.outline
        self.preview_status, self.busy = self.pane.status, self.pane.busy
        self.preview_button = self.pane.button

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
        # The title's large font now, before the first layout: applied later (when the
        # dialog gains focus) the layout kept one small line's height and cut the title.
        style_named_widgets(self)
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
            self.pane.show_message(self.tr("Choose at least one section to see a preview."))
            self.preview_status.setText("")
            self._update_enabled()
            return
        db, account_id = self.context.db, self.account_id
        draw_pages = self.office_pages

        def render(_progress: Progress) -> Preview:
            document = render_document(db, account_id, options)
            if options.format == "pdf":
                return Preview(document, document.data)
            pages = office_to_pdf(document.data, SUFFIXES[options.format]) if draw_pages else None
            return Preview(document, pages)

        operation = Operation(render, self.context)
        operation.succeeded.connect(self._on_preview_ready)
        operation.failed.connect(self._on_preview_failed)
        operation.finished.connect(operation.deleteLater)
        self._preview_operation = operation
        self.document = None
        self._set_busy(True, self.tr("Rendering the preview…"))
        self.pane.show_message(self.tr("Rendering the preview…"))
        operation.start()

    def save(self) -> None:
        """Ask where to save, then write the file (rendered anew if the preview is not ready)."""
        if not self.panel.is_complete() or self._save_operation is not None:
            return
        options = self.options()
        caption, file_filter = {
            "pdf": (self.tr("Save the PDF"), self.tr("PDF documents (*.pdf)")),
            "docx": (self.tr("Save the Word document"), self.tr("Word documents (*.docx)")),
            "pptx": (self.tr("Save the slide deck"),
                     self.tr("PowerPoint presentations (*.pptx)")),
        }[options.format]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, caption, str(self._suggested_path(options)), file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        suffix = SUFFIXES[options.format]
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        ready = self.document if self.document and self.document.options == options else None
        db, account_id = self.context.db, self.account_id

        def write(_progress: Progress) -> tuple[Path, RenderedDocument]:
            document = ready or render_document(db, account_id, options)
            save_document(db, document, path)
            return path, document

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
        # The options scroll when the screen is low (a laptop): the title keeps its lines.
        options = QScrollArea()
        options.setWidget(self.panel)
        options.setWidgetResizable(True)
        options.setFrameShape(QFrame.Shape.NoFrame)
        options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(options, 1)
        left.addWidget(self.open_when_done)

        columns = QHBoxLayout()
        columns.addWidget(options_side)
        columns.addWidget(self.pane, 1)
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
            self.pane.show_message(
                self.tr("The preview was cancelled. Click “Show preview” to render it.")
            )
            self.preview_status.setText("")
        else:
            self.refresh_preview()

    def _on_preview_ready(self, result: object) -> None:
        self._preview_operation = None
        if not isinstance(result, Preview):
            self._set_busy(False)
            return
        document = self.document = result.document
        file_format = document.options.format
        if result.pdf is not None:
            self.pane.show_pdf(result.pdf)
        else:
            self.pane.show_outline(document.options.format, document.outline)
        self._set_busy(False)
        text = self._size_text(document)
        if file_format == "pdf":
            paper = "A4" if document.options.paper == "a4" else self.tr("Letter")
            self.preview_status.setText(f"  ·  {text}  ·  {paper}")
        elif result.pdf is not None:
            self.preview_status.setText("  ·  " + self.tr("%1, drawn by LibreOffice")
                                        .replace("%1", text))
        else:
            self.preview_status.setText(f"  ·  {text}")
        self._show_error("")
        self._update_enabled()

    def _on_preview_failed(self, message: str) -> None:
        self._preview_operation = None
        self._set_busy(False)
        self.pane.show_message(self.tr("No preview: %1").replace("%1", message))
        self.preview_status.setText("")
        self._show_error(message)
        self._update_enabled()

    def _on_saved(self, outcome: object) -> None:
        self._save_operation = None
        self._set_busy(False)
        self._update_enabled()
        if not isinstance(outcome, tuple):
            return
        path, document = outcome
        # The export snapshot is new history: "what changed since" views read it.
        self.context.publish(Change(DataKind.SNAPSHOTS, self.account_id))
        self.settings.setValue(TEMPLATE_KEY, str(self.panel.template or ""))
        message = self.tr("Saved “%1” (%2).").replace("%1", path.name).replace(
            "%2", self._size_text(document)
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
        self.pane.set_busy(busy, text, cancellable)

    def _cancel_preview(self) -> None:
        operation, self._preview_operation = self._preview_operation, None
        if operation is not None:
            # Its result arrives later as "cancelled" and is ignored; the render itself is
            # one reportlab build that cannot be interrupted halfway.
            operation.succeeded.disconnect(self._on_preview_ready)
            operation.failed.disconnect(self._on_preview_failed)
            operation.cancel()
            self._set_busy(False)

    def _size_text(self, document: RenderedDocument) -> str:
        """"12 pages", "16 slides" or "15 sections", as the format counts."""
        count = document.parts
        number = QLocale().toString(count)
        if document.options.format == "pptx":
            return self.tr("1 slide") if count == 1 else self.tr("%1 slides").replace("%1", number)
        if document.options.format == "docx":
            if count == 1:
                return self.tr("1 section")
            return self.tr("%1 sections").replace("%1", number)
        pages = self.preview.page_count or document.page_count
        return self._pages_text(pages)

    def _pages_text(self, pages: int) -> str:
        if pages == 1:
            return self.tr("1 page")
        return self.tr("%1 pages").replace("%1", QLocale().toString(pages))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _suggested_path(self, options: ExportOptions) -> Path:
        if options.kind == "brief":
            pattern = self.tr("Meeting brief – %1 – %2")
        elif options.audience == "client":
            pattern = self.tr("Partnership plan – %1 – %2")
        else:
            pattern = self.tr("Account plan – %1 – %2")
        name = pattern.replace("%1", self.account).replace("%2", date.today().isoformat())
        name += SUFFIXES[options.format]
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
            # Never larger than the window it belongs to (a 1366×768 laptop).
            parent = self.parentWidget()
            room = parent.size() if parent is not None else QSize(1200, 780)
            self.resize(min(1200, room.width() - 40), min(780, room.height() - 40))

