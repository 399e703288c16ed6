"""The Stakeholders tab: the people table or the relationship map, and the detail form.

Table and map show the same people and share one selection: picking a row selects the
card and the other way round, whichever of the two is on screen. Every change – a field in
the form, a card dropped onto another, a line drawn, a person added or deleted – is checked
by the service first (a refusal is shown where the edit was made and never becomes an undo
step) and then goes onto the account's undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import LinkKind
from kamdesk.services.stakeholders.stakeholder_editing import (
    OwnerChoice,
    check_stakeholder_changes,
    create_stakeholder,
    delete_stakeholder,
    restore_stakeholder,
    update_stakeholder,
)
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.services.stakeholders.stakeholder_links import (
    LinkRow,
    check_new_link,
    create_link,
    delete_link,
    restore_link,
)
from kamdesk.services.stakeholders.stakeholders_view import load_stakeholders_view
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    UpdateRowCommand,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import ROW_ROLE
from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab
from kamdesk.ui.stakeholders import stakeholder_held_typing as held
from kamdesk.ui.stakeholders.person_deletion_question import confirm_person_deletion
from kamdesk.ui.stakeholders.personal_data_actions import PersonalDataActions
from kamdesk.ui.stakeholders.relationship_map_view import RelationshipMapView
from kamdesk.ui.stakeholders.stakeholder_form import ERROR_STYLE, StakeholderForm
from kamdesk.ui.stakeholders.stakeholder_table_model import (
    NAME,
    StakeholderFilterProxy,
    StakeholderTableModel,
)


class StakeholdersTab(WorkspaceTab):
    """People of the account: table or map on the left, the selected person's form right."""

    area = "stakeholders"
    # The table and the map show buying-center roles and coverage flags, and owners' names.
    kinds = frozenset({DataKind.STAKEHOLDERS, DataKind.BUYING_CENTERS, DataKind.TEAM})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[StakeholderRow] = []
        self.links: list[LinkRow] = []
        self.owners: tuple[OwnerChoice, ...] = ()
        self._syncing = False

        self.model = StakeholderTableModel(self)
        self.proxy = StakeholderFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.map_view = RelationshipMapView()
        self.map_message = QLabel()
        self.map_message.setStyleSheet(ERROR_STYLE)
        self.map_message.setWordWrap(True)
        self.map_message.hide()
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map_message)
        map_layout.addWidget(self.map_view, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(map_page)

        self.form = StakeholderForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(330)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])

        self.table_button = QPushButton(self.tr("Table"))
        self.map_button = QPushButton(self.tr("Map"))
        self.view_group = QButtonGroup(self)
        for index, button in enumerate((self.table_button, self.map_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
        self.table_button.setChecked(True)
        self.add_button = QPushButton(self.tr("Add person"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by name, title, department, owner…"))
        self.search_edit.setClearButtonEnabled(True)
        self.show_left_check = QCheckBox(self.tr("Show people who left"))
        self.show_left_check.setChecked(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")

        tools = QHBoxLayout()
        tools.addWidget(self.table_button)
        tools.addWidget(self.map_button)
        tools.addSpacing(12)
        tools.addWidget(self.add_button)
        tools.addWidget(self.delete_button)
        tools.addSpacing(12)
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(self.show_left_check)
        tools.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

        self.view_group.idClicked.connect(self.pages.setCurrentIndex)
        self.add_button.clicked.connect(self.add_person)
        self.delete_button.clicked.connect(self.delete_selected)
        self.search_edit.textChanged.connect(self._on_filter)
        self.show_left_check.toggled.connect(self._on_show_left)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current)
        self.map_view.person_selected.connect(self._on_map_selected)
        self.map_view.scene.reparent_requested.connect(self.reparent)
        self.form.changes_requested.connect(self.request_changes)
        self.form.link_requested.connect(self.add_link)
        self.form.link_removal_requested.connect(self.remove_link)

        # A person's data requests (access, erasure) from a right click on a row or a card.
        self.personal_data = PersonalDataActions(context, self)
        self.personal_data.attach(self.table, self.map_view.view, self._select_for_menu)
        self.leave_guard = held.PersonLeaveGuard(
            self, self.form, lambda person_id: self.select_person(person_id, keep_errors=True)
        )

    def _select_for_menu(self, person_id: int) -> None:
        # A right click's press has asked already (the table), or a card's menu opens beside
        # the person typed into: a menu never throws held typing away.
        shown = self.form.person
        if shown is None or shown.id == person_id or not self.held_typing():
            self.select_person(person_id)

    def title(self) -> str:
        return self.tr("Stakeholders")

    def held_typing(self) -> list[HeldTyping]:
        return held.held_typing(self.form)

    def focus_held_typing(self) -> None:
        held.focus_held_field(self.form)

    def discard_held_typing(self) -> None:
        if self.form.person is not None:
            self._show_in_form(self.form.person.id)  # as stored, no refusal

    def show_map(self, on: bool = True) -> None:
        """Show the map (or the table) on the left."""
        button = self.map_button if on else self.table_button
        button.setChecked(True)
        self.pages.setCurrentIndex(1 if on else 0)

    # Reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None:
            self.model.set_rows([])
            self.form.set_person(None, [], [], [])
            return
        selected = self.selected_id()
        try:
            shown = load_stakeholders_view(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        self.links = list(shown.links)
        self.owners = shown.owners
        relationship_map = shown.relationship_map
        self.rows = list(shown.listing.rows)
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.map_view.show_map(relationship_map)
        self._update_count()
        self.select_person(selected, keep_errors=True)

    def selected_id(self) -> int | None:
        """The id of the person selected in the table (and on the map)."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        person = index.siblingAtColumn(NAME).data(ROW_ROLE)
        return person.id if person is not None else None

    def select_person(self, person_id: int | None, keep_errors: bool = False) -> None:
        """Select a person in the table and on the map, and show them in the form."""
        self._syncing = True
        try:
            row = self.model.row_of_id(person_id) if person_id is not None else -1
            proxy_index = self.proxy.mapFromSource(self.model.index(row, NAME)) if row >= 0 \
                else QModelIndex()
            selection = self.table.selectionModel()
            if proxy_index.isValid():
                selection.setCurrentIndex(
                    proxy_index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(proxy_index)
            else:
                selection.clear()
            self.map_view.select_person(person_id if row >= 0 else None)
        finally:
            self._syncing = False
        self._show_in_form(person_id if row >= 0 else None, keep_errors)

    def _show_in_form(self, person_id: int | None, keep_errors: bool = False) -> None:
        person = next((r for r in self.rows if r.id == person_id), None)
        shown = self.form.person
        # The same person read again (F5, an edit): a refused value stays to be corrected.
        kept = held.held_values(self.form) if (
            keep_errors and person is not None and shown is not None and shown.id == person.id
        ) else {}
        self.form.set_person(person, self.rows, self.owners, self.links, keep_errors)
        held.put_back(self.form, kept)
        self.delete_button.setEnabled(person is not None)

    def _on_table_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        person = current.siblingAtColumn(NAME).data(ROW_ROLE) if current.isValid() else None
        person_id = person.id if person is not None else None
        if not self.leave_guard.may_show(person_id):
            return
        self.map_view.select_person(person_id)
        self._show_in_form(person_id)

    def _on_map_selected(self, person_id: int) -> None:
        if self._syncing or not person_id or not self.leave_guard.may_show(person_id):
            return
        self.map_message.hide()
        self.select_person(person_id)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _on_show_left(self, show: bool) -> None:
        self.proxy.set_show_left(show)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 people").replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # Writing ---------------------------------------------------------------------------

    def request_changes(self, person_id: int, changes: Mapping[str, Any]) -> bool:
        """Check a change of a person and put it on the undo stack; False when refused."""
        if self.account_id is None:
            return False
        person = next((r for r in self.rows if r.id == person_id), None)
        if person is None:
            return False
        field = next(iter(changes))
        try:
            check_stakeholder_changes(self.context.db, self.account_id, person_id, changes)
        except ValidationError as error:
            self.form.show_error(error.field or field, error_text(error))
            return False
        old = {name: self._current_value(person, name) for name in changes}
        text = (self.tr("Change the manager of %1") if field == "reports_to_id"
                else self.tr("Edit %1")).replace("%1", person.name)
        db = self.context.db
        command = UpdateRowCommand(
            self.context, text, DataKind.STAKEHOLDERS, self.account_id,
            lambda row_id, seen, values: update_stakeholder(db, row_id, seen, values),
            person_id, person.version, old, changes, origin=self,
        )
        return self._push(command, field)

    @staticmethod
    def _current_value(person: StakeholderRow, name: str) -> Any:
        if name == "last_contact":
            return person.manual_last_contact
        return getattr(person, name)

    def reparent(self, person_id: int, manager_id: int) -> None:
        """A card was dropped onto another: make that person the manager (undoable)."""
        if not self.leave_guard.may_show(person_id):
            return
        self.map_message.hide()
        self.select_person(person_id)
        try:
            check_stakeholder_changes(
                self.context.db, self.account_id or 0, person_id, {"reports_to_id": manager_id}
            )
        except ValidationError as error:
            self.map_message.setText(error_text(error))
            self.map_message.show()
            self.form.show_error("reports_to_id", error_text(error))
            return
        self.request_changes(person_id, {"reports_to_id": manager_id})

    def add_person(self) -> None:
        """Add a person (named "New person", ready to be renamed in the form)."""
        if self.account_id is None or not self.leave_guard.may_show(None):
            return
        db, account_id = self.context.db, self.account_id
        command = AddRowCommand(
            self.context,
            self.tr("Add a person"),
            DataKind.STAKEHOLDERS,
            account_id,
            lambda: create_stakeholder(db, account_id, {"name": self.tr("New person")}),
            lambda row_id, seen: delete_stakeholder(db, row_id, seen),
            lambda deleted: restore_stakeholder(db, deleted),
            origin=self,
        )
        if self.context.push(command) is None and command.row_id is not None:
            self.search_edit.clear()
            self.select_person(command.row_id)
            self.form.name_edit.setFocus()
            self.form.name_edit.selectAll()

    def delete_selected(self) -> None:
        """Delete the selected person after saying what goes with them (undoable)."""
        person = next((r for r in self.rows if r.id == self.selected_id()), None)
        if person is None or self.account_id is None or not self.leave_guard.may_show(None):
            return
        db = self.context.db
        if not confirm_person_deletion(self, db, person, self.rows):
            return
        self.context.push(DeleteRowCommand(
            self.context,
            self.tr("Delete %1").replace("%1", person.name),
            DataKind.STAKEHOLDERS,
            self.account_id,
            lambda row_id, seen: delete_stakeholder(db, row_id, seen),
            lambda deleted: restore_stakeholder(db, deleted),
            person.id,
            person.version,
            origin=self,
        ))

    def add_link(self, from_id: int, to_id: int, kind: str) -> None:
        """Draw an informal line (undoable); a refusal is shown under the lines."""
        if self.account_id is None:
            return
        db = self.context.db
        try:
            check_new_link(db, from_id, to_id, kind)
        except ValidationError as error:
            self.form.show_error("link", error_text(error))
            return
        self._push(AddRowCommand(
            self.context,
            self.tr("Draw a line"),
            DataKind.STAKEHOLDERS,
            self.account_id,
            lambda: create_link(db, from_id, to_id, LinkKind(kind)),
            lambda row_id, seen: delete_link(db, row_id, seen),
            lambda deleted: restore_link(db, deleted),
            origin=self,
        ), "link")

    def remove_link(self, link_id: int, version: int) -> None:
        """Remove an informal line (undoable)."""
        if self.account_id is None:
            return
        db = self.context.db
        self._push(DeleteRowCommand(
            self.context, self.tr("Remove a line"), DataKind.STAKEHOLDERS, self.account_id,
            lambda row_id, seen: delete_link(db, row_id, seen),
            lambda deleted: restore_link(db, deleted), link_id, version, origin=self,
        ), "link")

    def _push(self, command: EditCommand, field: str) -> bool:
        """Apply an edit; a refusal is shown at ``field`` of the form. True: stored."""
        # Refusals of other fields still holding their typing stay, as that typing does.
        self.form.clear_errors(keep=[f for f in held.held_fields(self.form) if f != field])
        refusal = self.context.push(command)
        if refusal is not None:
            self.form.show_error(field, error_text(refusal))
        return refusal is None
