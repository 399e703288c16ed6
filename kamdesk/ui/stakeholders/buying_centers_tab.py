"""The Buying centers tab: decision units, their members' roles, and our coverage of them.

Left, the account's buying centers with their gap count, and the selected center's name
and description; in the middle its members (the role is changed in place); right, the
coverage checklist of the center and the departments where we have no working contact.
Every change is checked by the service first – a refusal (a name used twice, a person
seated twice) shows in red where it was typed – and then goes onto the undo stack.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import palette
from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import BuyingRole
from kamdesk.services.stakeholders.buying_center_editing import (
    BuyingCenterOverview,
    BuyingCenterRow,
    MemberRow,
    add_member,
    buying_center_dependents,
    check_buying_center_name,
    create_buying_center,
    delete_buying_center,
    remove_member,
    restore_buying_center_rows,
    update_buying_center,
    update_member,
)
from kamdesk.services.stakeholders.buying_centers_view import load_buying_centers_view
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.dependents_text import dependents_sentence
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    UpdateRowCommand,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import RowEditDelegate
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.stakeholders.buying_center_models import (
    BuyingCenterListModel,
    MemberTableModel,
)
from kamdesk.ui.stakeholders.stakeholder_form import ERROR_STYLE
from kamdesk.ui.stakeholders.stakeholder_palette import role_label

YES = f"<span style='color:{palette.GREEN}'>✓</span>"
NO = f"<span style='color:{palette.RED}'>✗</span>"


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class BuyingCentersTab(WorkspaceTab):
    """Buying centers of the account with members, roles and coverage."""

    area = "buying_centers"
    # Names, attitudes, owners and contacts of members are edited on the Stakeholders tab.
    kinds = frozenset({DataKind.BUYING_CENTERS, DataKind.STAKEHOLDERS, DataKind.TEAM})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: BuyingCenterOverview | None = None

        self.center_model = BuyingCenterListModel(self)
        self.center_list = QListView()
        self.center_list.setModel(self.center_model)
        self.add_center_button = QPushButton(self.tr("Add buying center"))
        self.delete_center_button = QPushButton(self.tr("Delete…"))
        self.name_edit = QLineEdit()
        self.name_error = _error_label()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What this unit decides"))
        details = QFormLayout()
        name_box = QVBoxLayout()
        name_box.setSpacing(2)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)
        details.addRow(self.tr("Name"), name_box)
        details.addRow(self.tr("Description"), self.description_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_center_button)
        buttons.addWidget(self.delete_center_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Buying centers</b>")))
        left_layout.addWidget(self.center_list, 1)
        left_layout.addLayout(buttons)
        left_layout.addLayout(details)

        self.member_model = MemberTableModel(self._change_role, self)
        self.member_table = QTableView()
        self.member_table.setModel(self.member_model)
        self.member_table.setItemDelegate(RowEditDelegate(self.member_model, self.member_table))
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.member_table.verticalHeader().hide()
        self.member_table.horizontalHeader().setStretchLastSection(True)
        self.member_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.person_combo = QComboBox()
        self.role_combo = QComboBox()
        for role in BuyingRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        self.member_error = _error_label()
        # Whom and in which role on one line, the buttons under them: on a laptop one line
        # for all four cut the person's name short.
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.person_combo, 2)
        choose_row.addWidget(self.role_combo, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.add_member_button)
        buttons_row.addWidget(self.remove_member_button)
        add_row = QVBoxLayout()
        add_row.addLayout(choose_row)
        add_row.addLayout(buttons_row)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.members_title = QLabel()
        middle_layout.addWidget(self.members_title)
        middle_layout.addWidget(self.member_table, 1)
        middle_layout.addLayout(add_row)
        middle_layout.addWidget(self.member_error)

        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setTextFormat(Qt.TextFormat.RichText)
        self.coverage_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        coverage_box = QGroupBox(self.tr("Coverage"))
        QVBoxLayout(coverage_box).addWidget(self.coverage_label)
        self.departments_label = QLabel()
        self.departments_label.setWordWrap(True)
        self.departments_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        departments_box = QGroupBox(self.tr("Departments without contact"))
        QVBoxLayout(departments_box).addWidget(self.departments_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(coverage_box)
        right_layout.addWidget(departments_box)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setSizes([250, 720, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.center_list.selectionModel().currentRowChanged.connect(self._show_selected)
        self.add_center_button.clicked.connect(self.add_center)
        self.delete_center_button.clicked.connect(self.delete_center)
        self.name_edit.editingFinished.connect(
            lambda: self._edit_center("name", self.name_edit.text().strip())
        )
        self.description_edit.editingFinished.connect(
            lambda: self._edit_center("description", self.description_edit.text())
        )
        self.add_member_button.clicked.connect(self.add_selected_person)
        self.remove_member_button.clicked.connect(self.remove_selected_member)

    def title(self) -> str:
        return self.tr("Buying centers")

    # Reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None:
            self.center_model.set_centers([])
            self._show_selected(QModelIndex(), QModelIndex())
            return
        selected = self.selected_center()
        try:
            shown = load_buying_centers_view(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        self.overview = shown.overview
        self.person_combo.clear()
        for person in shown.people.rows:
            if not person.has_left:
                text = f"{person.name} – {person.title}" if person.title else person.name
                self.person_combo.addItem(text, person.id)
        self.center_model.set_centers(self.overview.centers)
        missing = self.overview.departments_without_contact
        self.departments_label.setText(
            ", ".join(missing) if missing
            else self.tr("Every department has a contact with an owner on our side.")
        )
        self.select_center(selected.id if selected else None)

    def selected_center(self) -> BuyingCenterRow | None:
        """The center selected in the list."""
        index = self.center_list.currentIndex()
        return self.center_model.center_at(index.row()) if index.isValid() else None

    def select_center(self, center_id: int | None) -> None:
        """Select a center (None or unknown: the first one)."""
        row = self.center_model.row_of(center_id) if center_id is not None else -1
        if row < 0 and self.center_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.center_list.selectionModel().setCurrentIndex(
                self.center_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_selected(self.center_list.currentIndex(), QModelIndex())

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        center = self.center_model.center_at(current.row()) if current.isValid() else None
        for widget in (self.name_edit, self.description_edit, self.delete_center_button,
                       self.person_combo, self.role_combo, self.add_member_button,
                       self.remove_member_button):
            widget.setEnabled(center is not None)
        self.name_edit.setText(center.name if center else "")
        self.description_edit.setText(center.description if center else "")
        self.member_model.set_members(center.members if center else [])
        self.members_title.setText(
            self.tr("<b>Members of %1</b>").replace("%1", escape(center.name)) if center
            else self.tr("Add a buying center to list who decides, influences and buys.")
        )
        self.coverage_label.setText(self._coverage_html(center) if center else "")

    def _coverage_html(self, center: BuyingCenterRow) -> str:
        coverage = center.coverage
        names = {m.stakeholder_id: m.name for m in center.members}

        def people(ids: tuple[int, ...]) -> str:
            return escape(", ".join(names[i] for i in ids)) if ids else self.tr("none")

        lines = [
            f"{YES if coverage.has_known_decider else NO} "
            + self.tr("Decider known"),
            f"{YES if coverage.has_champion else NO} " + self.tr("Champion in the center"),
            f"{NO if coverage.high_influence_blockers else YES} "
            + self.tr("High-influence blockers: %1").replace(
                "%1", people(coverage.high_influence_blockers)),
            f"{NO if coverage.members_without_owner else YES} "
            + self.tr("Members without an owner: %1").replace(
                "%1", people(coverage.members_without_owner)),
            f"{NO if coverage.stale_members else YES} "
            + self.tr("Stale or no contact (over %1 days): %2")
            .replace("%1", str(self.overview.stale_after_days if self.overview else 90))
            .replace("%2", people(coverage.stale_members)),
        ]
        return "<br>".join(lines)

    # Writing ---------------------------------------------------------------------------

    def _push(self, command: EditCommand, error_label: QLabel) -> bool:
        """Apply an edit; a refusal is written in ``error_label``. True: stored."""
        error_label.hide()
        refusal = self.context.push(command)
        if refusal is not None:
            error_label.setText(error_text(refusal))
            error_label.show()
        return refusal is None

    def _edit_center(self, field: str, value: str) -> None:
        center = self.selected_center()
        if center is None or self.account_id is None or getattr(center, field) == value:
            self.name_error.hide()
            return
        if field == "name":
            try:
                check_buying_center_name(self.context.db, self.account_id, center.id, value)
            except ValidationError as error:
                self.name_error.setText(error_text(error))
                self.name_error.show()
                return
        db = self.context.db
        command = UpdateRowCommand(
            self.context, self.tr("Rename %1").replace("%1", center.name),
            DataKind.BUYING_CENTERS, self.account_id,
            lambda row_id, seen, values: update_buying_center(db, row_id, seen, values),
            center.id, center.version, {field: getattr(center, field)}, {field: value},
            origin=self,
        )
        self._push(command, self.name_error)

    def add_center(self) -> None:
        """Add a buying center with a free name, ready to be renamed."""
        if self.account_id is None or self.overview is None:
            return
        taken = {c.name.casefold() for c in self.overview.centers}
        base = self.tr("New buying center")
        name = next(
            candidate for candidate in
            (base if n == 1 else f"{base} {n}" for n in range(1, len(taken) + 2))
            if candidate.casefold() not in taken
        )
        db, account_id = self.context.db, self.account_id
        command = AddRowCommand(
            self.context, self.tr("Add a buying center"), DataKind.BUYING_CENTERS, account_id,
            lambda: create_buying_center(db, account_id, name),
            lambda row_id, seen: delete_buying_center(db, row_id, seen),
            lambda deleted: restore_buying_center_rows(db, deleted),
            origin=self,
        )
        if self._push(command, self.name_error) and command.row_id is not None:
            self.select_center(command.row_id)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def delete_center(self) -> None:
        """Delete the selected center after saying what goes with it (undoable)."""
        center = self.selected_center()
        if center is None or self.account_id is None:
            return
        db = self.context.db
        text = self.tr("Delete the buying center %1? The people stay on the account.").replace(
            "%1", center.name)
        also = dependents_sentence(buying_center_dependents(db, center.id))
        answer = QMessageBox.question(
            self, self.tr("Delete buying center"),
            "\n\n".join(part for part in (text, also, self.tr("You can undo this (Ctrl+Z)."))
                        if part),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._push(DeleteRowCommand(
            self.context, self.tr("Delete %1").replace("%1", center.name),
            DataKind.BUYING_CENTERS, self.account_id,
            lambda row_id, seen: delete_buying_center(db, row_id, seen),
            lambda deleted: restore_buying_center_rows(db, deleted), center.id, center.version,
            origin=self,
        ), self.name_error)

    def add_selected_person(self) -> None:
        """Seat the person chosen below the table with the chosen role (undoable)."""
        center = self.selected_center()
        if center is None or self.person_combo.currentIndex() < 0:
            return
        person_id = int(self.person_combo.currentData())
        role = BuyingRole(self.role_combo.currentData())
        if any(m.stakeholder_id == person_id for m in center.members):
            self.member_error.setText(
                self.tr("%1 is already a member of %2; change their role in the table instead.")
                .replace("%1", self.person_combo.currentText()).replace("%2", center.name)
            )
            self.member_error.show()
            return
        db = self.context.db
        self._push(AddRowCommand(
            self.context, self.tr("Add a member"), DataKind.BUYING_CENTERS, self.account_id,
            lambda: add_member(db, center.id, person_id, role),
            lambda row_id, seen: remove_member(db, row_id, seen),
            lambda deleted: restore_buying_center_rows(db, deleted), origin=self,
        ), self.member_error)

    def remove_selected_member(self) -> None:
        """Take the selected member out of the center (undoable)."""
        index = self.member_table.currentIndex()
        if not index.isValid():
            self.member_error.setText(self.tr("Select a member in the table first."))
            self.member_error.show()
            return
        member = self.member_model.member_at(index.row())
        db = self.context.db
        self._push(DeleteRowCommand(
            self.context, self.tr("Remove %1").replace("%1", member.name),
            DataKind.BUYING_CENTERS, self.account_id,
            lambda row_id, seen: remove_member(db, row_id, seen),
            lambda deleted: restore_buying_center_rows(db, deleted), member.id, member.version,
            origin=self,
        ), self.member_error)

    def _change_role(self, member: MemberRow, role: BuyingRole) -> None:
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Make %1 %2").replace("%1", member.name).replace("%2", role_label(role)),
            DataKind.BUYING_CENTERS, self.account_id,
            lambda row_id, seen, values: update_member(db, row_id, seen, values),
            member.id, member.version, {"role": member.role}, {"role": role}, origin=self,
        )
        self._push(command, self.member_error)
