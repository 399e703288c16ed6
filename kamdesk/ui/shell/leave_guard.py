"""Whether the main window may leave the open account: one question about held typing.

A tab may hold typing it has not saved (see :mod:`kamdesk.ui.common.held_typing_question`).
Opening another account, a new one, the dashboard, the demo portfolio, deleting the
account, closing the window or the desktop session ending would throw that typing away.
So every one of those paths asks :meth:`AccountLeaveGuard.may_leave` first (through
``MainWindow.may_leave_account``), and the user decides once: Go back shows the account
again with the cursor in the first held field; Discard changes or Save the others go on.

The guard also keeps the status bar honest: "Some changes not saved" while typing is held.
When the desktop session ends (logout, shutdown), the session manager may let the app ask
(``allowsInteraction``): then the same question, and Go back cancels the logout; otherwise
what is valid is saved, as "Save the others" would, and the session ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

from kamdesk.ui.common.held_typing_question import go_back_to_held_row, settle_held_typing

if TYPE_CHECKING:
    from kamdesk.ui.common.app_context import AppContext
    from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar
    from kamdesk.ui.shell.account_workspace import AccountWorkspace

# Literal translate("…", "…") calls: the tool that collects texts finds them. The texts
# were the main window's and keep its context and that of the question.
translate = QCoreApplication.translate


class SessionManager(Protocol):
    """What the guard asks of Qt's QSessionManager (which a test cannot construct)."""

    def allowsInteraction(self) -> bool: ...
    def release(self) -> None: ...
    def cancel(self) -> None: ...


class GuardedWindow(Protocol):
    """What the guard reads and shows of the main window (which imports the guard)."""

    account_id: int | None
    context: AppContext
    workspace: AccountWorkspace
    sidebar: PortfolioSidebar
    stack: QStackedWidget
    save_label: QLabel


class AccountLeaveGuard(QObject):
    """The main window's one way of leaving the open account, and its "saved" status text.

    ``parent``: the window itself, as a widget (the question's parent; the guard goes
    with it).
    """

    def __init__(self, window: GuardedWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.window = window
        window.context.saved.connect(self.show_save_state)
        window.context.undo_group.cleanChanged.connect(self._on_clean_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # A field is left (and saved, or held refused) as the focus moves on.
        app.focusChanged.connect(self._on_focus_changed)
        # Qt hands the session manager only to a slot called directly by this signal.
        app.commitDataRequest.connect(self.session_ending, Qt.ConnectionType.DirectConnection)

    def may_leave(self) -> bool:
        """Whether the open account may be left: asked once about typing its tabs hold.

        On "Go back" the account is shown again, selected in the sidebar, with the cursor
        in the first held field.
        """
        window = self.window
        if window.account_id is None:
            return True
        workspace = window.workspace
        self._leave_field_being_typed()
        heading = translate("LeaveGuard", "Some changes to “%1” could not be saved:").replace(
            "%1", workspace.name_label.text()
        )
        if settle_held_typing(self.parent_widget, heading, workspace.tab_list):
            return True
        window.stack.setCurrentWidget(workspace)
        go_back_to_held_row(self._select_open_account, self.go_back_to_held_typing)
        return False

    def go_back_to_held_typing(self) -> None:
        """Show the first tab holding typing with the cursor in its first held field."""
        for tab in self.window.workspace.tab_list:
            if tab.held_typing():
                self.window.workspace.show_area(tab.area)
                tab.focus_held_typing()
                return

    def show_save_state(self) -> None:
        """"All changes saved", or not while a tab holds typing it could not save."""
        window = self.window
        held = window.account_id is not None and any(
            tab.held_typing() for tab in window.workspace.tab_list
        )
        window.save_label.setText(
            translate("MainWindow", "Some changes not saved") if held
            else translate("MainWindow", "All changes saved")
        )

    def session_ending(self, manager: SessionManager) -> None:
        """The desktop session ends: ask if allowed (Go back cancels it), else save the valid."""
        if manager.allowsInteraction():
            leave = self.may_leave()
            manager.release()
            if not leave:
                manager.cancel()
            return
        self.save_valid_typing()

    def save_valid_typing(self) -> None:
        """Save what every tab holds valid (as "Save the others"); refused values go.

        With no one to ask, a value that cannot be stored cannot be kept either; what can
        be stored is, rather than lost with it.
        """
        if self.window.account_id is None:
            return
        self._leave_field_being_typed()
        for tab in self.window.workspace.tab_list:
            if tab.held_typing():
                tab.save_valid_held_typing()

    def _leave_field_being_typed(self) -> None:
        # It saves (or is held, refused) before the question, as when the user clicks away.
        focused = QApplication.focusWidget()
        if isinstance(focused, QWidget) and self.window.workspace.isAncestorOf(focused):
            focused.clearFocus()

    # Bound methods, not lambdas: Qt drops the connection when the guard is gone.
    def _on_clean_changed(self, _clean: bool) -> None:
        self.show_save_state()

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.show_save_state()

    def _select_open_account(self) -> None:
        self.window.sidebar.select_account(self.window.account_id)
