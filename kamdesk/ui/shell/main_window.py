"""The main window: portfolio sidebar, and a stacked area of welcome page, dashboard and
account workspace; menus, toolbar, status bar, and the remembered window layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from kamdesk.services.common.row_editing import restore_rows
from kamdesk.services.profile.account_profile_editing import (
    account_dependents,
    account_exists,
    account_name,
    create_account,
    delete_account,
    unused_account_name,
)
from kamdesk.store.errors import NotFoundError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.app_style import style_named_widgets
from kamdesk.ui.common.dependents_text import dependents_sentence
from kamdesk.ui.common.operations import Operation
from kamdesk.ui.common.undo_commands import AddCommand, DeleteCommand
from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar
from kamdesk.ui.shell.account_workspace import AccountWorkspace
from kamdesk.ui.shell.demo_loading import load_demo_portfolio
from kamdesk.ui.shell.welcome_page import WelcomePage

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """The one window of the app, on one open database."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = QSettings("kamdesk", "kamdesk")
        self.account_id: int | None = None
        self._demo_operation: Operation | None = None
        self.setWindowTitle("kamdesk")
        self.setMinimumSize(960, 600)

        self.sidebar = PortfolioSidebar(context)
        self.welcome = WelcomePage()
        self.dashboard_slot: QWidget | None = None
        self.workspace = AccountWorkspace(context)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.workspace)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.sidebar.setMinimumWidth(290)
        self.splitter.setSizes([340, 940])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel(context.db.location.display())
        self.location_label.setObjectName("mutedLabel")
        self.location_label.setToolTip(self.tr("The database this window works on"))
        self.save_label = QLabel(self.tr("All changes saved"))
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().messageChanged.connect(self._on_status_message)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        self.sidebar.account_selected.connect(self.open_account)
        self.sidebar.dashboard_requested.connect(self.show_dashboard)
        self.sidebar.loaded.connect(self._on_list_loaded)
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_account_requested.connect(self.new_account)
        context.saved.connect(self._on_saved)
        context.failed.connect(self.show_failure)
        context.open_account_requested.connect(self._on_open_requested)
        context.catalogue_requested.connect(self.open_catalogue)
        context.accounts_changed.connect(self._check_open_account)
        context.undo_group.cleanChanged.connect(lambda _clean: self._on_saved())

        self.context.activate_account(None)
        self._show_page(self.welcome)
        style_named_widgets(self)

    # -- public API -------------------------------------------------------------------------

    def open_account(self, account_id: int, area: str = "") -> None:
        """Show this account in the workspace (and the tab of ``area``, if given)."""
        if not account_exists(self.context.db, account_id):
            self.show_failure(self.tr("This account no longer exists."))
            return
        self.account_id = account_id
        self.context.activate_account(account_id)
        if area:
            self.workspace.show_area(area)
        self.workspace.set_account(account_id)
        self.sidebar.select_account(account_id)
        self._show_page(self.workspace)
        self.settings.setValue("session/last_account", account_id)
        self.settings.setValue("session/last_database", self.context.db.location.display())
        self._update_actions()

    def close_account(self) -> None:
        """Close the open account; the welcome page (or the dashboard) takes its place."""
        self.account_id = None
        self.workspace.set_account(None)
        self.sidebar.select_account(None)
        self.context.activate_account(None)
        self.settings.setValue("session/last_account", 0)
        self._show_page(self.dashboard_slot or self.welcome)
        self._update_actions()

    def set_dashboard_widget(self, widget: QWidget) -> None:
        """Install the portfolio dashboard (made by the dashboard's own module)."""
        if self.dashboard_slot is not None:
            self.stack.removeWidget(self.dashboard_slot)
            self.dashboard_slot.deleteLater()
        self.dashboard_slot = widget
        self.stack.addWidget(widget)
        self._update_actions()

    def show_dashboard(self) -> None:
        """Show the portfolio dashboard (when one is installed)."""
        if self.dashboard_slot is None:
            self.show_failure(self.tr("The portfolio dashboard is not available in this version."))
            return
        self._show_page(self.dashboard_slot)

    def restore_session(self) -> None:
        """Window geometry, splitter and the last open account, as the user left them."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        same_database = (
            self.settings.value("session/last_database") == self.context.db.location.display()
        )
        stored = self.settings.value("session/last_account", 0)
        last = int(stored) if isinstance(stored, int | str) and str(stored).isdigit() else 0
        self.sidebar.reload()
        if same_database and last and account_exists(self.context.db, last):
            self.open_account(last)

    def show_failure(self, message: str) -> None:
        """One sentence in the status bar, in red, for a few seconds."""
        self.statusBar().setStyleSheet("QStatusBar { color: #b00020; }")
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def new_account(self) -> None:
        """Create an account (undoable) and open its profile with the name ready to type."""
        db = self.context.db
        name = unused_account_name(db, self.tr("New account"))
        command = AddCommand(
            self.context,
            self.tr("New account"),
            lambda: create_account(db, name),
            lambda row_id: delete_account(db, row_id),
            lambda removed: restore_rows(db, removed),
            "accounts",
            None,
        )
        self.context.undo_stack(None).push(command)
        self.context.accounts_changed.emit()
        if command.row_id is not None and not command.failed:
            self.open_account(command.row_id, "profile")
            profile = self.workspace.tab("profile")
            focus = getattr(profile, "focus_name", None)
            if callable(focus):
                focus()

    def delete_account(self) -> None:
        """Delete the open account after saying what goes with it; undoable."""
        if self.account_id is None:
            return
        db, account_id = self.context.db, self.account_id
        try:
            name = account_name(db, account_id)
            dependents = account_dependents(db, account_id)
        except NotFoundError as error:
            self.show_failure(str(error))
            return
        text = self.tr("Delete the account “%1”?").replace("%1", name)
        if not self._confirm_delete(text, dependents_sentence(dependents)):
            return
        self.close_account()
        command = DeleteCommand(
            self.context,
            self.tr("Delete account “%1”").replace("%1", name),
            lambda: delete_account(db, account_id),
            lambda removed: restore_rows(db, removed),
            "all",
            None,
        )
        self.context.undo_stack(None).push(command)
        self.context.accounts_changed.emit()
        self.statusBar().showMessage(
            self.tr("“%1” was deleted. Undo (Ctrl+Z) brings it back.").replace("%1", name),
            STATUS_MESSAGE_MS,
        )

    def load_demo(self) -> None:
        """Fill the database with the demo portfolio (in the background)."""
        if self._demo_operation is not None:
            return
        replace = self.sidebar.model.rowCount() > 0
        if replace:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Load demo portfolio"),
                self.tr("Replace everything in this database with the demo portfolio?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
            )
            box.setInformativeText(self.tr(
                "Every account, team member and setting in %1 is deleted first. "
                "This cannot be undone."
            ).replace("%1", self.context.db.location.display()))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
            self.close_account()
        self._demo_operation = load_demo_portfolio(
            self.context, self, self._on_demo_loaded, replace=replace
        )
        self._demo_operation.finished.connect(self._forget_demo_operation)

    def refresh(self) -> None:
        """Read everything again (F5)."""
        self.sidebar.reload()
        if self.account_id is not None:
            self._check_open_account()
            self.workspace.reload()

    # -- window events ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            # A field being edited saves when it loses focus: make it do so before closing.
            focused.clearFocus()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        return action

    def _create_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_account_action = self._action(
            self.tr("&New account"), QKeySequence.StandardKey.New, pixmap.SP_FileIcon
        )
        self.new_account_action.triggered.connect(self.new_account)
        self.load_demo_action = self._action(self.tr("Load &demo portfolio"))
        self.load_demo_action.triggered.connect(self.load_demo)
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I")
        self.import_action.triggered.connect(self.import_data)
        self.export_workbook_action = self._action(self.tr("Export &workbook…"))
        self.export_workbook_action.triggered.connect(self.export_workbook)
        self.export_plan_action = self._action(
            self.tr("&Export plan…"), "Ctrl+P", pixmap.SP_DialogSaveButton
        )
        self.export_plan_action.triggered.connect(self.export_plan)
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self.context.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowBack))
        self.redo_action = self.context.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowForward))
        self.delete_account_action = self._action(
            self.tr("&Delete account…"), None, pixmap.SP_TrashIcon
        )
        self.delete_account_action.triggered.connect(self.delete_account)
        self.refresh_action = self._action(self.tr("&Refresh"), "F5", pixmap.SP_BrowserReload)
        self.refresh_action.triggered.connect(self.refresh)
        self.search_action = self._action(self.tr("&Search accounts"), "Ctrl+F")
        self.search_action.triggered.connect(self.sidebar.focus_search)
        self.close_account_action = self._action(self.tr("&Close account"), "Ctrl+W")
        self.close_account_action.triggered.connect(self.close_account)
        self.dashboard_action = self._action(
            self.tr("Portfolio &dashboard"), "Ctrl+D", pixmap.SP_FileDialogInfoView
        )
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.about_action = self._action(self.tr("&About kamdesk"))
        self.about_action.triggered.connect(self._about)
        self._update_actions()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_account_action, self.load_demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_plan_action,
                              self.export_workbook_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_account_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.dashboard_action, self.search_action, self.refresh_action,
             self.close_account_action]
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_account_action, self.dashboard_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_plan_action, self.refresh_action])
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        has_account = self.account_id is not None
        self.delete_account_action.setEnabled(has_account)
        self.close_account_action.setEnabled(has_account)
        self.export_plan_action.setEnabled(has_account)
        self.dashboard_action.setEnabled(self.dashboard_slot is not None)
        # No dashboard installed: no button that leads nowhere.
        self.sidebar.dashboard_button.setVisible(self.dashboard_slot is not None)

    # -- reactions --------------------------------------------------------------------------

    def open_settings(self) -> None:
        """The settings dialog (company, team)."""
        from kamdesk.ui.settings.settings_dialog import SettingsDialog  # a rarely opened dialog

        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def open_catalogue(self) -> None:
        """The offerings catalogue and pipeline stages in a dialog of their own."""
        from kamdesk.ui.settings.catalogue_settings import open_catalogue_dialog  # rarely opened

        open_catalogue_dialog(self.context, self)

    def export_plan(self) -> None:
        """The Export dialog for the open account (Ctrl+P); it runs beside the window."""
        if self.account_id is None:
            return
        from kamdesk.ui.export.export_dialog import ExportDialog  # loads QtPdf: only when asked

        dialog = ExportDialog(self.context, self.account_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        dialog.open()

    def import_data(self) -> None:
        """File → Import…: the wizard for spreadsheets and vCards, beside the window."""
        from kamdesk.ui.exchange.import_wizard import open_import_wizard  # rarely opened

        wizard = open_import_wizard(self.context, self)
        wizard.imported.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))

    def export_workbook(self) -> None:
        """File → Export workbook…: the portfolio as .xlsx, written in the background."""
        from kamdesk.ui.exchange.workbook_export_action import (  # rarely used
            ask_workbook_path,
            start_workbook_export,
        )

        path = ask_workbook_path(self)
        if path is not None:
            start_workbook_export(
                self.context, self, path,
                lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS),
            )

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        if page is self.welcome:
            self.welcome.set_empty(self.sidebar.model.rowCount() == 0)

    def _on_list_loaded(self) -> None:
        if self.stack.currentWidget() is self.welcome:
            self.welcome.set_empty(self.sidebar.model.rowCount() == 0)

    def _on_status_message(self, text: str) -> None:
        if not text:  # a failure's red lasts as long as its message
            self.statusBar().setStyleSheet("")

    def _on_saved(self) -> None:
        self.save_label.setText(self.tr("All changes saved"))

    def _on_open_requested(self, account_id: int, area: str) -> None:
        self.open_account(account_id, area)

    def _check_open_account(self) -> None:
        if self.account_id is not None and not account_exists(self.context.db, self.account_id):
            self.close_account()

    def _on_demo_loaded(self) -> None:
        self.sidebar.reload()
        self.statusBar().showMessage(self.tr("The demo portfolio is ready."), STATUS_MESSAGE_MS)

    def _forget_demo_operation(self) -> None:
        self._demo_operation = None

    def _confirm_delete(self, text: str, details: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete account"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(
            " ".join(part for part in (details, self.tr("You can undo this with Ctrl+Z.")) if part)
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        return bool(box.exec() == QMessageBox.StandardButton.Yes)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kamdesk"),
            self.tr(
                "<h3>kamdesk</h3><p>Key account management on your own computer: profiles, "
                "stakeholder maps, goals, whitespace and printed account plans.</p>"
                "<p>Database: %1</p>"
            ).replace("%1", self.context.db.location.display()),
        )

