"""The main window's frame: what the user sees before the database is open.

The app shows this frame first – title, menus, toolbar, the sidebar's and the workspace's
places, the status bar, at the size and place the user left it – and only then imports
the database layer, opens the database and fills the frame (:class:`MainWindow`). A user
who starts kamdesk sees its window as soon as a bare Qt window would appear, instead of
after a second of imports. So this module imports Qt and nothing that loads SQLAlchemy.

The actions exist from the start, disabled; the main window connects and enables them
once it has its data. Their texts keep the main window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

SIDEBAR_MINIMUM_WIDTH = 290
# The sidebar on first start: its filters side by side, in German too.
SIDEBAR_WIDTH = 300

# The texts were the main window's first and keep its translation context; the tool that
# collects them (pyside6-lupdate) finds calls spelled translate("MainWindow", "…").
translate = QCoreApplication.translate


class MainWindowFrame(QMainWindow):
    """The window with its menus, toolbar and empty places, ready to paint at once."""

    undo_action: QAction  # a stand-in until the undo stack's own action replaces it
    redo_action: QAction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = QSettings("kamdesk", "kamdesk")
        self.setWindowTitle("kamdesk")
        self.setMinimumSize(960, 600)
        self.resize(1280, 800)  # the first start's size; a stored geometry replaces it

        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        sidebar_place = QWidget()
        sidebar_place.setMinimumWidth(SIDEBAR_MINIMUM_WIDTH)
        self.splitter.addWidget(sidebar_place)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 940])
        # Sizes set before the window has its size are scaled down with it; the sidebar's
        # width (room for its filters, in German too) is set again on the first show.
        self._sidebar_width_pending = True
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel()
        self.location_label.setObjectName("mutedLabel")
        self.location_label.setToolTip(translate("MainWindow", "The database this window works on"))
        self.save_label = QLabel()  # nothing to save before the database is open
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.save_label)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.restore_layout()

    def restore_layout(self) -> None:
        """Window geometry and toolbar state, as the user left them."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
            self._sidebar_width_pending = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sidebar_width_pending:
            self._sidebar_width_pending = False
            # After this event the splitter has the window's width; then give the sidebar its.
            QTimer.singleShot(0, self._size_sidebar)

    def _size_sidebar(self) -> None:
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([SIDEBAR_WIDTH, max(0, total - SIDEBAR_WIDTH)])

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            # A field being edited saves when it loses focus: make it do so before closing.
            focused.clearFocus()
        if not self.may_close():  # after the field above saved, or was held refused
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def may_close(self) -> bool:
        """Whether the window may close now (the main window asks about unsaved typing)."""
        return True

    def replace_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """Put the undo stack's own actions where the frame's stand-ins are."""
        for stand_in, action in ((self.undo_action, undo), (self.redo_action, redo)):
            action.setShortcut(stand_in.shortcut())
            action.setIcon(stand_in.icon())
            for holder in (self.edit_menu, self.toolbar):
                holder.insertAction(stand_in, action)
                holder.removeAction(stand_in)
            stand_in.deleteLater()
        self.undo_action, self.redo_action = undo, redo

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setEnabled(False)  # until the main window has its data
        return action

    def _create_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_account_action = self._action(
            translate("MainWindow", "&New account"),
            QKeySequence.StandardKey.New, pixmap.SP_FileIcon
        )
        self.load_demo_action = self._action(translate("MainWindow", "Load &demo portfolio"))
        self.import_action = self._action(translate("MainWindow", "&Import…"), "Ctrl+I")
        self.export_workbook_action = self._action(translate("MainWindow", "Export &workbook…"))
        self.export_plan_action = self._action(
            translate("MainWindow", "&Export plan…"), "Ctrl+P", pixmap.SP_DialogSaveButton
        )
        self.settings_action = self._action(
            translate("MainWindow", "&Settings…"), QKeySequence.StandardKey.Preferences
        )
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit
        )
        self.quit_action.triggered.connect(self.close)
        self.quit_action.setEnabled(True)
        self.undo_action = self._action(
            translate("MainWindow", "&Undo"), "Ctrl+Z", pixmap.SP_ArrowBack
        )
        self.redo_action = self._action(
            translate("MainWindow", "&Redo"), "Ctrl+Shift+Z", pixmap.SP_ArrowForward
        )
        self.delete_account_action = self._action(
            translate("MainWindow", "&Delete account…"), None, pixmap.SP_TrashIcon
        )
        self.refresh_action = self._action(
            translate("MainWindow", "&Refresh"), "F5", pixmap.SP_BrowserReload
        )
        self.search_action = self._action(translate("MainWindow", "&Search accounts"), "Ctrl+F")
        self.close_account_action = self._action(
            translate("MainWindow", "&Close account"), "Ctrl+W"
        )
        self.dashboard_action = self._action(
            translate("MainWindow", "Portfolio &dashboard"), "Ctrl+D", pixmap.SP_FileDialogInfoView
        )
        self.about_action = self._action(translate("MainWindow", "&About kamdesk"))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_account_action, self.load_demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_plan_action,
                              self.export_workbook_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu: QMenu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_account_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions(
            [self.dashboard_action, self.search_action, self.refresh_action,
             self.close_account_action]
        )
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new_account_action, self.dashboard_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.export_plan_action, self.refresh_action])
        self.addToolBar(self.toolbar)
