"""File → Import…: the import wizard (choose file → check how it is read → check → import).

The wizard uses the same engine as ``kamdesk import``: the preview is read with it, the
check page shows its dry run, and Import runs it off the GUI thread with a progress dialog
whose Cancel rolls the whole import back. A finished import is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from kamdesk.domain.import_fields import ImportKind
from kamdesk.services.exchange.import_runner import (
    ImportPreview,
    ImportReport,
    ImportRequest,
    preview_import,
    run_import,
)
from kamdesk.services.exchange.raw_table import ReadOptions
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.store.errors import StorageError, ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.operations import Operation, Progress, run_in_background
from kamdesk.ui.exchange.import_check_page import ImportCheckPage
from kamdesk.ui.exchange.import_file_page import ImportFilePage
from kamdesk.ui.exchange.import_preview_page import ImportPreviewPage
from kamdesk.ui.exchange.import_texts import kind_label
from kamdesk.ui.exchange.import_undo_command import push_import

FILE_PAGE, PREVIEW_PAGE, CHECK_PAGE = 0, 1, 2


class ImportWizard(QWizard):
    """Import accounts, contacts or revenue from a spreadsheet or vCard file."""

    # The import was written; the text is one sentence for the status bar.
    imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(980, 640)
        self.file_page = ImportFilePage()
        self.preview_page = ImportPreviewPage(self._accounts)
        self.check_page = ImportCheckPage()
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(CHECK_PAGE, self.check_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.preview_page.changed.connect(self.reread)
        self.currentIdChanged.connect(self._on_page)
        self.preview: ImportPreview | None = None
        self.check_operation: Operation | None = None
        self.import_operation: Operation | None = None
        self.report: ImportReport | None = None
        self._written: list[ImportReport] = []

    # -- the request the pages describe -------------------------------------------------------

    def request(self, with_mapping: bool = True) -> ImportRequest:
        """The import as the pages describe it now."""
        page = self.preview_page
        started = self.preview is not None and with_mapping
        return ImportRequest(
            kind=self.file_page.kind(),
            path=self.file_page.path(),
            read=ReadOptions(
                encoding=page.chosen_encoding() if started else None,
                delimiter=page.chosen_delimiter() if started else None,
                sheet=page.chosen_sheet() if started else None,
            ),
            mapping=page.chosen_mapping() if started else {},
            decimal_comma=page.chosen_decimal_comma() if started else None,
            slash_order=page.chosen_slash_order() if started else None,
            account=page.chosen_account() if started else None,
        )

    def _accounts(self) -> list[tuple[int, str]]:
        return [(row.id, row.name) for row in list_accounts(self.context.db)]

    # -- reading and checking -----------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() == FILE_PAGE:
            self.preview = None
            return self._read(self.request(with_mapping=False))
        if self.currentId() == CHECK_PAGE:
            if self.report is not None:
                return True  # written: QWizard.accept() validates once more before closing
            self.start_import()
            return False  # the wizard closes once the import has finished
        return super().validateCurrentPage()

    def reread(self) -> None:
        """Read the file again with the settings and mapping the user changed."""
        self._read(self.request())

    def _read(self, request: ImportRequest) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_import(self.context.db, request)
        except (ValidationError, StorageError, OSError) as error:
            self.file_page.show_error(error_text(error))
            if self.currentId() != FILE_PAGE:
                self.preview_page.missing_label.setText(error_text(error))
                self.preview_page.missing_label.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview = preview
        self.preview_page.show_preview(preview)
        return True

    def _on_page(self, page_id: int) -> None:
        if page_id == CHECK_PAGE:
            self.check()

    def check(self) -> None:
        """The dry run, off the GUI thread; the check page shows its outcome."""
        self.check_page.clear()
        request, db = self.request(), self.context.db

        def dry_run(progress: Progress) -> ImportReport:
            return run_import(db, request, dry_run=True, progress=progress)

        self.check_operation = run_in_background(
            dry_run, self._on_checked, self._on_check_failed, self)

    def _on_checked(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.check_operation = None
        self.check_page.show_report(report)

    def _on_check_failed(self, text: str) -> None:
        self.check_operation = None
        self.check_page.summary.setText(text)

    # -- importing ------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the import off the GUI thread, with progress and Cancel."""
        if self.import_operation is not None:
            return
        request, db = self.request(), self.context.db
        skip = self.check_page.skip_invalid.isChecked()
        written: list[ImportReport] = []
        self._written = written

        def write(progress: Progress) -> ImportReport:
            report = run_import(db, request, skip_invalid=skip, progress=progress)
            # Kept for the GUI thread: a Cancel that arrives after the commit discards the
            # operation's result, yet the rows are written and must become an undo step.
            written.append(report)
            return report

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.import_operation = Operation(
            write, self, self.tr("Importing %1…").replace("%1", request.path.name), self)
        self.import_operation.succeeded.connect(self._on_imported)
        self.import_operation.failed.connect(self._on_import_failed)
        self.import_operation.cancelled.connect(self._on_import_cancelled)
        self.import_operation.finished.connect(self.import_operation.deleteLater)
        self.import_operation.start()

    def _on_imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.import_operation = None
        self.report = report
        name = self.file_page.path().name
        text = self.tr("Imported %1 from %2: %3 created, %4 updated.").replace(
            "%1", kind_label(report.kind)).replace("%2", name).replace(
            "%3", str(report.created)).replace("%4", str(report.updated))
        if report.changes is not None:
            push_import(self.context, self.tr("Import of %1").replace("%1", name),
                        report.changes)
        self.imported.emit(text)
        self.accept()

    def _on_import_failed(self, text: str) -> None:
        self.import_operation = None
        self.check_page.summary.setText(text)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _on_import_cancelled(self) -> None:
        if self._written:  # cancelled too late: the import had been committed already
            self._on_imported(self._written[0])
            return
        self.import_operation = None
        self.check_page.summary.setText(self.tr("The import was cancelled; nothing was written."))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)


def open_import_wizard(context: AppContext, parent: QWidget, path: Path | None = None,
                       kind: ImportKind | None = None) -> ImportWizard:
    """Show the wizard beside the window (optionally with a file and kind chosen)."""
    wizard = ImportWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if kind is not None:
        wizard.file_page.set_kind(kind)
    if path is not None:
        wizard.file_page.path_edit.setText(str(path))
    wizard.open()
    return wizard
