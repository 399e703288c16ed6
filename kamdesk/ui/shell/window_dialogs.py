"""The dialogs the main window opens from its menus: settings, catalogue, export, import,
the workbook export and About.

Each is rarely opened, so its code (and what it loads: QtPdf for the export preview,
openpyxl's reader behind the import) is imported only when the user asks for it.
``show_status`` puts a dialog's closing sentence into the window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.ui.common.app_context import AppContext

# The texts were the main window's and keep its translation context; the tool that
# collects them finds calls spelled translate("MainWindow", "…").
translate = QCoreApplication.translate


def open_settings(context: AppContext, parent: QWidget) -> None:
    """The settings dialog (company, team)."""
    from kamdesk.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context, parent)
    dialog.exec()
    dialog.deleteLater()


def open_catalogue(context: AppContext, parent: QWidget) -> None:
    """The offerings catalogue and pipeline stages in a dialog of their own."""
    from kamdesk.ui.settings.catalogue_settings import open_catalogue_dialog

    open_catalogue_dialog(context, parent)


def open_export(context: AppContext, account_id: int | None, parent: QWidget,
                show_status: Callable[[str], None]) -> None:
    """The Export dialog for the open account (Ctrl+P); it runs beside the window."""
    if account_id is None:
        return
    from kamdesk.ui.export.export_dialog import ExportDialog  # loads QtPdf: only when asked

    dialog = ExportDialog(context, account_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exported.connect(show_status)
    dialog.open()


def open_import(context: AppContext, parent: QWidget,
                show_status: Callable[[str], None]) -> None:
    """File → Import…: the wizard for spreadsheets and vCards, beside the window."""
    from kamdesk.ui.exchange.import_wizard import open_import_wizard

    wizard = open_import_wizard(context, parent)
    wizard.imported.connect(show_status)


def export_workbook(context: AppContext, parent: QWidget,
                    show_status: Callable[[str], None]) -> None:
    """File → Export workbook…: the portfolio as .xlsx, written in the background."""
    from kamdesk.ui.exchange.workbook_export_action import (
        ask_workbook_path,
        start_workbook_export,
    )

    path = ask_workbook_path(parent)
    if path is not None:
        start_workbook_export(context, parent, path, show_status)


def show_about(parent: QWidget, location: str) -> None:
    """Help → About: what kamdesk is, and the database this window works on."""
    QMessageBox.about(
        parent,
        translate("MainWindow", "About kamdesk"),
        translate(
            "MainWindow",
            "<h3>kamdesk</h3><p>Key account management on your own computer: profiles, "
            "stakeholder maps, goals, whitespace and printed account plans.</p>"
            "<p>Database: %1</p>",
        ).replace("%1", location),
    )
