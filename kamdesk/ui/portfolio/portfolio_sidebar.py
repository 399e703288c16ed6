"""The portfolio sidebar: search, tier and owner filters, sort, and the list of accounts.

The account list is read off the GUI thread (one aggregate query, but on 10,000 accounts it
still takes a noticeable moment), so the window stays responsive while it loads; the
selection is kept by account id across reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.account_directory import AccountRow, list_accounts
from kamdesk.services.settings.settings_reads import read_settings, read_team_members
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.operations import Operation, run_in_background
from kamdesk.ui.common.tier_badges import tier_label
from kamdesk.ui.portfolio.account_list_delegate import AccountListDelegate
from kamdesk.ui.portfolio.account_list_filter import AccountFilterProxy
from kamdesk.ui.portfolio.account_list_model import ID_ROLE, AccountListModel
from kamdesk.ui.portfolio.account_list_prefetch import AccountListPrefetch

# The profile fields a listed account shows or is searched and filtered by.
LISTED_FIELDS = ("name", "tier", "industry", "city", "country", "owner_id")
# Kinds of data that change one account's row: it came or went, its revenue, its contacts.
ROW_KINDS = (DataKind.ACCOUNTS, DataKind.REVENUE, DataKind.INTERACTIONS)


class PortfolioSidebar(QWidget):
    """The list of accounts with search and filters; emits the account the user picks."""

    # The user picked an account (its id).
    account_selected = Signal(int)
    # The user asked for the portfolio dashboard.
    dashboard_requested = Signal()
    # The account list was (re)loaded.
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AccountListModel(self)
        self.proxy = AccountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current_id: int | None = None
        self._loading: Operation | AccountListPrefetch | None = None
        self._reload_again = False

        self.dashboard_button = QPushButton(self.tr("Portfolio dashboard"))
        self.dashboard_button.setToolTip(self.tr("Pareto, warnings, overdue reviews and actions"))
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, industry, city…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.tier_filter = QComboBox()
        self.tier_filter.setToolTip(self.tr("Show one tier only"))
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(tier_label(tier), tier.value)
        self.tier_filter.currentIndexChanged.connect(self._on_tier)
        self.owner_filter = QComboBox()
        self.owner_filter.setToolTip(self.tr("Show the accounts of one owner"))
        self.owner_filter.currentIndexChanged.connect(self._on_owner)
        self.sort_choice = QComboBox()
        self.sort_choice.setToolTip(self.tr("Sort the list"))
        self.sort_choice.addItem(self.tr("Sort by name"), "name")
        self.sort_choice.addItem(self.tr("Sort by revenue"), "revenue")
        self.sort_choice.currentIndexChanged.connect(self._on_sort)

        self.view = QListView()
        self.view.setModel(self.proxy)
        self.delegate = AccountListDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")

        # Side by side when both fit (owner names and German words are long); else stacked.
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters.setSpacing(6)
        self.filters.addWidget(self.tier_filter, 1)
        self.filters.addWidget(self.owner_filter, 1)
        for combo in (self.tier_filter, self.owner_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.dashboard_button)
        layout.addWidget(self.search)
        layout.addLayout(self.filters)
        layout.addWidget(self.sort_choice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        context.changed.connect(self._on_change)
        # What is listed changes as a whole (a reset); the open account stays selected.
        self.proxy.modelReset.connect(self._keep_selection)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_filters()

    def _arrange_filters(self) -> None:
        margins = self._column.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        wanted = (
            self.tier_filter.sizeHint().width()
            + self.filters.spacing()
            + self.owner_filter.sizeHint().width()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if wanted <= room
            else QBoxLayout.Direction.TopToBottom
        )
        if self.filters.direction() != direction:
            self.filters.setDirection(direction)

    @property
    def is_loading(self) -> bool:
        """Whether a reload is running."""
        return self._loading is not None

    def reload(self, started: AccountListPrefetch | None = None) -> None:
        """Read the account list again (off the GUI thread); ``started``: a read of it that
        is already running (the start's, begun as the file opened), taken instead."""
        self._reload_owners()
        if self._loading is not None:
            self._reload_again = True  # the running read may predate the change
            return
        db = self.context.db
        if started is not None:
            self._loading = started
            started.deliver(self._on_loaded, self._on_failed)
        else:
            self._loading = run_in_background(
                lambda _progress: list_accounts(db), self._on_loaded, self._on_failed, self
            )
        # After the read has started: the first symbol loads Babel's locale data (0.2 s at
        # start-up), which now overlaps the query. Rows are painted only once they arrive,
        # on this thread, so the symbol is always set before the first one is drawn.
        self.delegate.currency_symbol = currency_symbol(read_settings(db).currency)

    def select_account(self, account_id: int | None) -> None:
        """Highlight this account in the list (clearing filters that hide it)."""
        self._current_id = account_id
        if account_id is None:
            self.view.selectionModel().clearSelection()
            return
        source = self.model.index_of_id(account_id)
        if not source.isValid():
            return  # not loaded yet: selected once the list arrives
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _keep_selection(self) -> None:
        if self._current_id is None:
            return
        index = self.proxy.mapFromSource(self.model.index_of_id(self._current_id))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def clear_filters(self) -> None:
        """Show every account again."""
        self.search.clear()
        self.tier_filter.setCurrentIndex(0)
        self.owner_filter.setCurrentIndex(0)

    def rows(self) -> list[AccountRow]:
        """The accounts listed now, in display order (after filters)."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            for i in range(self.proxy.rowCount())
        ]

    def focus_search(self) -> None:
        """Put the cursor into the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_loaded(self, rows: object) -> None:
        self._loading = None
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        assert isinstance(rows, list)
        selected = self._current_id
        if not self.model.set_rows(rows):
            # The same rows: only the currency symbol (set by reload) may have changed.
            self.view.viewport().update()
        self._update_count()
        if selected is not None:
            blocked = self.view.selectionModel().blockSignals(True)
            self.select_account(selected)
            self.view.selectionModel().blockSignals(blocked)
        self.loaded.emit()

    def _on_failed(self, message: str) -> None:
        self._loading = None
        self.context.failed.emit(message)

    def _reload_owners(self) -> None:
        chosen = self.owner_filter.currentData()
        blocked = self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.owner_filter.addItem(self.tr("No owner"), AccountFilterProxy.NO_OWNER)
        for member in read_team_members(self.context.db):
            self.owner_filter.addItem(member.name, member.id)
        found = self.owner_filter.findData(chosen)
        self.owner_filter.setCurrentIndex(max(found, 0))
        self.owner_filter.blockSignals(blocked)
        self._arrange_filters()  # a long owner name may no longer fit beside the tiers
        if found < 0 and chosen is not None:
            self._on_owner()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_tier(self) -> None:
        value = self.tier_filter.currentData()
        self.proxy.set_tier(Tier(value) if value else None)
        self._update_count()

    def _on_owner(self) -> None:
        self.proxy.set_owner(self.owner_filter.currentData())
        self._update_count()

    def _on_sort(self) -> None:
        self.proxy.sort_by_revenue(self.sort_choice.currentData() == "revenue")

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        account_id = int(current.data(ID_ROLE))
        if account_id != self._current_id:
            self._current_id = account_id
            self.account_selected.emit(account_id)

    def _on_change(self, change: Change) -> None:
        if change.kind in (DataKind.TEAM, DataKind.SETTINGS, DataKind.EVERYTHING):
            self.reload()  # owners' names, the currency or the fiscal year: every row
        elif change.kind in ROW_KINDS or (
            change.kind is DataKind.PROFILE and change.touches(LISTED_FIELDS)
        ):
            assert change.account_id is not None
            self.refresh_account(change.account_id)

    def refresh_account(self, account_id: int) -> None:
        """Read one account's row again (taking it out when it is gone)."""
        if self._loading is not None:
            self._reload_again = True  # the running read may predate the change
            return
        found = list_accounts(self.context.db, only=(account_id,))
        # A row taken out moves the view's current row to its neighbour: that is no choice
        # of the user's, so no account opens; the selection stays on the open account.
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        self.model.update_rows(found, gone=() if found else (account_id,))
        self.select_account(self._current_id)
        selection.blockSignals(blocked)
        self._update_count()
        self.loaded.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = (
                self.tr("1 account")
                if total == 1
                else self.tr("%1 accounts").replace("%1", QLocale().toString(total))
            )
        else:
            locale = QLocale()
            text = (
                self.tr("%1 of %2 accounts")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        self.count_label.setText(text)

