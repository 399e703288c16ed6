"""File → Export workbook…: the portfolio as an Excel workbook, written in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.services.exchange.workbook_export import export_workbook
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.operations import Operation, Progress, run_in_background
from kamdesk.ui.common.translations import current_language

# lupdate collects the literal strings of every translate("Context", "…") call.
translate = QCoreApplication.translate

FOLDER_KEY = "export/workbook_folder"


def ask_workbook_path(parent: QWidget) -> Path | None:
    """Where to save the workbook (None: the user cancelled)."""
    settings = QSettings("kamdesk", "kamdesk")
    folder = str(
        settings.value(FOLDER_KEY, "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("WorkbookExport", "Export workbook"),
        str(Path(folder) / translate("WorkbookExport", "Portfolio.xlsx")),
        translate("WorkbookExport", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


def start_workbook_export(
    context: AppContext, parent: QWidget, path: Path, on_done: Callable[[str], None]
) -> Operation:
    """Write the workbook off the GUI thread; ``on_done`` gets a sentence for the status bar."""
    db, language = context.db, current_language()

    def write(_progress: Progress) -> object:
        return export_workbook(db, path, lang=language)

    def succeeded(_result: object) -> None:
        on_done(
            translate("WorkbookExport", "The workbook was saved to %1.").replace("%1", str(path))
        )

    return run_in_background(
        write,
        succeeded,
        context.failed.emit,
        parent,
        progress_text=translate("WorkbookExport", "Writing the workbook…"),
        dialog_parent=parent,
    )
