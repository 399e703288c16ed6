"""The main window: portfolio sidebar, and a stacked area of welcome page, dashboard and
account workspace; menus, toolbar, status bar, and the remembered window layout.

The window is its frame (:mod:`kamdesk.ui.shell.window_frame`) first, which the app shows
before the database layer is even imported; :meth:`MainWindow.attach` then fills it with
the database's data. So this module imports the services and the feature views only
where they are used, after the window is on screen. Whether the open account may be left
(held typing) is the leave guard's question (:mod:`kamdesk.ui.shell.leave_guard`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kamdesk.store.errors import NotFoundError
from kamdesk.ui.common.app_style import style_named_widgets
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.shell.welcome_page import WelcomePage
from kamdesk.ui.shell.window_frame import SIDEBAR_MINIMUM_WIDTH, MainWindowFrame

if TYPE_CHECKING:
    from kamdesk.domain.data_changes import Change
    from kamdesk.ui.common.app_context import AppContext
    from kamdesk.ui.common.operations import Operation
    from kamdesk.ui.portfolio.account_list_prefetch import AccountListPrefetch
    from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar
    from kamdesk.ui.shell.account_workspace import AccountWorkspace
    from kamdesk.ui.shell.leave_guard import AccountLeaveGuard

STATUS_MESSAGE_MS = 8000


class MainWindow(MainWindowFrame):
    """The one window of the app, on one open database."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_id: int | None = None
        self._demo_operation: Operation | None = None
        self.leave_guard: AccountLeaveGuard | None = None  # made with the data (attach)
        self.welcome = WelcomePage()
        self.dashboard_slot: QWidget | None = None
        self._dashboard_factory: Callable[[], QWidget] | None = None
        self.stack.addWidget(QWidget())  # an empty page until the data is there
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Fill the frame with the data of an open database and enable its actions."""
        from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar
        from kamdesk.ui.shell.account_workspace import AccountWorkspace
        from kamdesk.ui.shell.leave_guard import AccountLeaveGuard

        self.context = context
        self.sidebar: PortfolioSidebar = PortfolioSidebar(context)
        self.workspace: AccountWorkspace = AccountWorkspace(context)
        self.sidebar.setMinimumWidth(SIDEBAR_MINIMUM_WIDTH)
        placeholder = self.splitter.replaceWidget(0, self.sidebar)
        if placeholder is not None:
            placeholder.deleteLater()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.workspace)
        self.location_label.setText(context.db.location.display())
        self.statusBar().messageChanged.connect(self._on_status_message)
        self._connect_actions()

        self.sidebar.account_selected.connect(self.open_account)
        self.sidebar.dashboard_requested.connect(self.show_dashboard)
        self.sidebar.loaded.connect(self._on_list_loaded)
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_account_requested.connect(self.new_account)
        context.failed.connect(self.show_failure)
        context.open_account_requested.connect(self._on_open_requested)
        context.catalogue_requested.connect(self._open_catalogue)
        context.changed.connect(self._on_change)
        self.leave_guard = AccountLeaveGuard(self, self)
        self.leave_guard.show_save_state()

        self.context.activate_account(None)
        self._show_page(self.welcome)
        style_named_widgets(self)

    # -- public API -------------------------------------------------------------------------

    def open_account(self, account_id: int, area: str = "") -> None:
        """Show this account in the workspace (and the tab of ``area``, if given)."""
        from kamdesk.services.profile.profile_reads import read_account_exists

        if account_id != self.account_id and not self.may_leave_account():
            return
        if not read_account_exists(self.context.db, account_id):
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

    def may_leave_account(self) -> bool:
        """Whether the open account may be left (see :mod:`kamdesk.ui.shell.leave_guard`).

        Every way of leaving the account, closing the window or ending the session asks here.
        """
        return self.leave_guard is None or self.leave_guard.may_leave()

    def may_close(self) -> bool:
        return self.may_leave_account()

    def close_account(self, keep_undo: bool = False) -> None:
        """Close the open account; the welcome page (or the dashboard) takes its place.

        ``keep_undo``: Ctrl+Z and Ctrl+Shift+Z stay on the account's stack (its creation was
        just undone, so that redo can bring it back).
        """
        self.account_id = None
        self.workspace.set_account(None)
        self.sidebar.select_account(None)
        if not keep_undo:
            self.context.activate_account(None)
        self.settings.setValue("session/last_account", 0)
        self._show_page(self._dashboard() or self.welcome)
        self._update_actions()

    def set_dashboard_factory(self, factory: Callable[[], QWidget]) -> None:
        """Install the portfolio dashboard, made (and its code imported) when first shown."""
        self._dashboard_factory = factory
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
        dashboard = self._dashboard()
        if dashboard is None:
            self.show_failure(self.tr("The portfolio dashboard is not available in this version."))
            return
        if self.stack.currentWidget() is not dashboard and self.may_leave_account():
            self._show_page(dashboard)

    def restore_session(self, account_list: AccountListPrefetch | None = None) -> None:
        """Window geometry, splitter and the last open account, as the user left them.

        ``account_list``: the start's read of the account list, already running.
        """
        from kamdesk.services.profile.profile_reads import read_account_exists

        self.restore_layout()
        same_database = (
            self.settings.value("session/last_database") == self.context.db.location.display()
        )
        stored = self.settings.value("session/last_account", 0)
        last = int(stored) if isinstance(stored, int | str) and str(stored).isdigit() else 0
        self.sidebar.reload(account_list)
        if same_database and last and read_account_exists(self.context.db, last):
            self.open_account(last)

    def show_failure(self, message: str) -> None:
        """One sentence in the status bar, in red, for a few seconds."""
        self.statusBar().setStyleSheet("QStatusBar { color: #b00020; }")
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def new_account(self) -> None:
        """Create an account (undoable) and open its profile with the name ready to type."""
        from kamdesk.services.common.row_deletion import restore_rows
        from kamdesk.services.profile.account_profile_editing import (
            create_account,
            delete_account,
            unused_account_name,
        )
        from kamdesk.ui.shell.account_commands import NewAccountCommand, push_new_account

        if not self.may_leave_account():
            return
        db = self.context.db
        name = unused_account_name(db, self.tr("New account"))
        command = NewAccountCommand(
            self.context,
            self.tr("New account"),
            lambda: create_account(db, name),
            lambda row_id, seen: delete_account(db, row_id, seen),
            lambda removed: restore_rows(db, removed),
            origin=self,
        )
        if push_new_account(self.context, command) is None and command.row_id is not None:
            self.open_account(command.row_id, "profile")
            profile = self.workspace.tab("profile")
            focus = getattr(profile, "focus_name", None)
            if callable(focus):
                focus()

    def delete_account(self) -> None:
        """Delete the open account after saying what goes with it; undoable."""
        from kamdesk.services.common.row_deletion import restore_rows
        from kamdesk.services.profile.account_profile_editing import (
            account_dependents,
            account_name,
            delete_account,
        )
        from kamdesk.ui.common.dependents_text import dependents_sentence
        from kamdesk.ui.shell.account_commands import DeleteAccountCommand, confirm_deletion

        if self.account_id is None:
            return
        db, account_id = self.context.db, self.account_id
        try:
            name = account_name(db, account_id)
            dependents = account_dependents(db, account_id)
        except NotFoundError as error:
            self.show_failure(error_text(error))
            return
        text = self.tr("Delete the account “%1”?").replace("%1", name)
        if not confirm_deletion(self, text, dependents_sentence(dependents)):
            return
        if not self.may_leave_account():
            return
        self.close_account()
        command = DeleteAccountCommand(
            self.context,
            self.tr("Delete account “%1”").replace("%1", name),
            lambda row_id, seen: delete_account(db, row_id, seen),
            lambda removed: restore_rows(db, removed),
            account_id,
            origin=self,
        )
        if self.context.push(command) is not None:
            return
        self.statusBar().showMessage(
            self.tr("“%1” was deleted. Undo (Ctrl+Z) brings it back.").replace("%1", name),
            STATUS_MESSAGE_MS,
        )

    def load_demo(self) -> None:
        """Fill the database with the demo portfolio (in the background)."""
        from kamdesk.ui.shell.demo_loading import confirm_replacing_all, load_demo_portfolio

        if self._demo_operation is not None:
            return
        replace = self.sidebar.model.rowCount() > 0
        if replace:
            location = self.context.db.location.display()
            if not confirm_replacing_all(self, location) or not self.may_leave_account():
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

    # -- building ---------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        """Give the frame's actions their work, now that there is data to work on."""
        from kamdesk.ui.shell import window_dialogs as dialogs

        context, status = self.context, self._show_status
        for action, slot in (
            (self.new_account_action, self.new_account),
            (self.load_demo_action, self.load_demo),
            (self.import_action, lambda: dialogs.open_import(context, self, status)),
            (self.export_workbook_action, lambda: dialogs.export_workbook(context, self, status)),
            (self.export_plan_action,
             lambda: dialogs.open_export(context, self.account_id, self, status)),
            (self.settings_action, lambda: dialogs.open_settings(context, self)),
            (self.delete_account_action, self.delete_account),
            (self.refresh_action, self.refresh),
            (self.search_action, self.sidebar.focus_search),
            (self.close_account_action, self._close_account_asked),
            (self.dashboard_action, self.show_dashboard),
            (self.about_action,
             lambda: dialogs.show_about(self, context.db.location.display())),
        ):
            action.triggered.connect(slot)
            action.setEnabled(True)
        group = self.context.undo_group
        self.replace_undo_actions(group.createUndoAction(self, self.tr("&Undo")),
                                  group.createRedoAction(self, self.tr("&Redo")))
        self._update_actions()

    def _update_actions(self) -> None:
        has_account = self.account_id is not None
        self.delete_account_action.setEnabled(has_account)
        self.close_account_action.setEnabled(has_account)
        self.export_plan_action.setEnabled(has_account)
        has_dashboard = self.dashboard_slot is not None or self._dashboard_factory is not None
        self.dashboard_action.setEnabled(has_dashboard)
        # No dashboard installed: no button that leads nowhere.
        self.sidebar.dashboard_button.setVisible(has_dashboard)

    # -- reactions --------------------------------------------------------------------------

    def _open_catalogue(self) -> None:
        from kamdesk.ui.shell.window_dialogs import open_catalogue

        open_catalogue(self.context, self)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _dashboard(self) -> QWidget | None:
        """The dashboard page, made from its factory the first time it is needed."""
        if self.dashboard_slot is None and self._dashboard_factory is not None:
            factory, self._dashboard_factory = self._dashboard_factory, None
            self.set_dashboard_widget(factory())
        return self.dashboard_slot

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

    def _close_account_asked(self) -> None:
        if self.may_leave_account():  # Ctrl+W: the user's choice, asked as any other leave
            self.close_account()

    def _on_open_requested(self, account_id: int, area: str) -> None:
        self.open_account(account_id, area)

    def _on_change(self, change: Change) -> None:
        from kamdesk.domain.data_changes import DataKind
        from kamdesk.services.profile.profile_reads import read_account_exists

        if change.kind is DataKind.EVERYTHING:
            self._check_open_account()
        elif change.kind is DataKind.ACCOUNTS:
            assert change.account_id is not None
            exists = read_account_exists(self.context.db, change.account_id)
            if change.account_id == self.account_id and not exists:
                # Its creation undone: Ctrl+Shift+Z on its stack brings it back (and here).
                self.close_account(keep_undo=change.origin is None)
            elif (exists and self.account_id is None and change.origin is None
                  and self.context.active_account() == change.account_id):
                self.open_account(change.account_id)  # its creation redone

    def _check_open_account(self) -> None:
        from kamdesk.services.profile.profile_reads import read_account_exists

        open_id = self.account_id
        if open_id is not None and not read_account_exists(self.context.db, open_id):
            self.close_account()

    def _on_demo_loaded(self) -> None:
        self.sidebar.reload()
        self.statusBar().showMessage(self.tr("The demo portfolio is ready."), STATUS_MESSAGE_MS)

    def _forget_demo_operation(self) -> None:
        self._demo_operation = None
