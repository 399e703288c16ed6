"""Loading the demo portfolio from the app: off the GUI thread, with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.operations import Operation, Progress, run_in_background

DEMO_ACCOUNTS = 48
DEMO_SEED = 7


def confirm_replacing_all(parent: QWidget, location: str) -> bool:
    """Whether the user confirms that the demo replaces everything in the database."""
    # The texts were the main window's and keep its translation context.
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "Load demo portfolio"),
        QCoreApplication.translate(
            "MainWindow", "Replace everything in this database with the demo portfolio?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent,
    )
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow",
        "Every account, team member and setting in %1 is deleted first. This cannot be undone.",
    ).replace("%1", location))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("MainWindow", "Replace")
    )
    return bool(box.exec() == QMessageBox.StandardButton.Yes)


def load_demo_portfolio(
    context: AppContext,
    parent: QWidget,
    on_done: Callable[[], None],
    accounts: int = DEMO_ACCOUNTS,
    replace: bool = False,
) -> Operation:
    """Generate the demo portfolio in the background; ``on_done`` runs after success.

    ``replace``: the database's data is deleted first (the user confirmed that).
    """
    db = context.db

    def generate(progress: Progress) -> object:
        # Imported here: the generator and its data are only needed when asked for.
        from kamdesk.services.admin.demo_portfolio import create_demo_portfolio

        return create_demo_portfolio(
            db, accounts=accounts, seed=DEMO_SEED, force=replace, progress=progress
        )

    def succeeded(_result: object) -> None:
        if replace:
            # The undo history refers to rows that no longer exist.
            for stack in context.undo_group.stacks():
                stack.clear()
        context.publish(Change(DataKind.EVERYTHING, None))
        on_done()

    def cancelled() -> None:
        # The generator works in one transaction: cancelled, nothing of it was written.
        context.failed.emit(
            QCoreApplication.translate("DemoLoading", "Loading the demo portfolio was cancelled.")
        )

    operation = run_in_background(
        generate,
        succeeded,
        context.failed.emit,
        parent,
        progress_text=QCoreApplication.translate("DemoLoading", "Creating the demo portfolio…"),
        dialog_parent=parent,
    )
    operation.cancelled.connect(cancelled)
    return operation
