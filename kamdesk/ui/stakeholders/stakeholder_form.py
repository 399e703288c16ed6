"""The detail form of one stakeholder: every field, edited in place, refusals at the field.

The form only shows and asks: a finished edit (Tab, Enter, a choice in a list) becomes a
``changes_requested`` signal; the tab checks the change with the service and either puts
it on the undo stack or hands the refusal back with :meth:`show_error`, which shows the
sentence in red right under the field. Nothing here writes to the database.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.services.stakeholders.stakeholder_editing import OwnerChoice
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.services.stakeholders.stakeholder_links import LinkRow
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.common.qt_dates import show_full_years, to_qdate
from kamdesk.ui.stakeholders.stakeholder_palette import (
    attitude_label,
    freshness_label,
    link_label,
    short_date,
)

ERROR_STYLE = "color: #cf222e;"


class NotesEdit(QPlainTextEdit):
    """A multi-line text field that says when the user leaves it (QPlainTextEdit does not)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box "known" and the date beside it."""

    edited = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        show_full_years(self.date_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.check.clicked.connect(self._on_check)
        self.date_edit.editingFinished.connect(self._on_date)

    def value(self) -> date | None:
        """The date, or None when unset."""
        if not self.check.isChecked():
            return None
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def set_value(self, value: date | None) -> None:
        """Show a date (None: unset), without announcing an edit."""
        self.check.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(value) if value is not None else QDate.currentDate())
        self.date_edit.blockSignals(False)

    def _on_check(self) -> None:
        self.date_edit.setEnabled(self.check.isChecked())
        self.edited.emit()

    def _on_date(self) -> None:
        if self.check.isChecked():
            self.edited.emit()


class StakeholderForm(QWidget):
    """Every field of one stakeholder, plus their informal lines."""

    # (stakeholder id, {field: new value}) – a finished edit to check and store.
    changes_requested = Signal(int, object)
    # (from id, to id, kind value) – draw an informal line.
    link_requested = Signal(int, int, str)
    # (link id, version) – remove an informal line.
    link_removal_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: StakeholderRow | None = None
        self._errors: dict[str, QLabel] = {}
        # Each field's editor and label, by field name (read for held typing).
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self._links: list[LinkRow] = []

        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.department_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.phone_edit = QLineEdit()
        self.reports_to_combo = QComboBox()
        self.influence_spin = QSpinBox()
        self.influence_spin.setRange(1, 5)
        self.attitude_combo = QComboBox()
        for attitude in Attitude:
            self.attitude_combo.addItem(attitude_label(attitude), attitude.value)
        self.strength_spin = QSpinBox()
        self.strength_spin.setRange(1, 5)
        self.owner_combo = QComboBox()
        self.last_contact_edit = OptionalDateEdit(self.tr("recorded"))
        self.effective_label = QLabel()
        self.effective_label.setObjectName("mutedLabel")
        self.effective_label.setWordWrap(True)
        self.left_edit = OptionalDateEdit(self.tr("has left"))
        self.notes_edit = NotesEdit()
        self.notes_edit.setMinimumHeight(56)
        self.notes_edit.setMaximumHeight(90)
        # Where the data came from and why we may keep it: what the person is told when
        # they ask (GDPR Art. 14/15). Never printed in the client version.
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. business card, trade fair 2025"))
        self.lawful_basis_edit = NotesEdit()
        self.lawful_basis_edit.setPlaceholderText(
            self.tr("e.g. legitimate interest: contact at a customer")
        )
        self.lawful_basis_edit.setMinimumHeight(44)
        self.lawful_basis_edit.setMaximumHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name"), self.name_edit),
            ("title", self.tr("Title"), self.title_edit),
            ("department", self.tr("Department"), self.department_edit),
            ("email", self.tr("E-mail"), self.email_edit),
            ("phone", self.tr("Phone"), self.phone_edit),
            ("reports_to_id", self.tr("Reports to"), self.reports_to_combo),
            ("influence", self.tr("Influence (1–5)"), self.influence_spin),
            ("attitude", self.tr("Attitude"), self.attitude_combo),
            ("relationship_strength", self.tr("Relationship (1–5)"), self.strength_spin),
            ("owner_id", self.tr("Owner (our side)"), self.owner_combo),
            ("last_contact", self.tr("Last contact"), self.last_contact_edit),
            ("left_on", self.tr("Left the company"), self.left_edit),
            ("notes", self.tr("Notes"), self.notes_edit),
            ("source", self.tr("Source"), self.source_edit),
            ("lawful_basis", self.tr("Lawful basis / note"), self.lawful_basis_edit),
        ]
        for field, label, editor in rows:
            self.editors[field], self.labels[field] = editor, label
            form.addRow(label, self._with_error(field, editor))
            if field == "last_contact":
                form.addRow("", self.effective_label)

        self.links_list = QListWidget()
        self.links_list.setMaximumHeight(96)
        self.link_kind_combo = QComboBox()
        for kind in LinkKind:
            self.link_kind_combo.addItem(link_label(kind), kind.value)
        self.link_target_combo = QComboBox()
        self.add_link_button = QPushButton(self.tr("Add line"))
        self.remove_link_button = QPushButton(self.tr("Remove line"))
        self.link_error = QLabel()
        self.link_error.setStyleSheet(ERROR_STYLE)
        self.link_error.setWordWrap(True)
        self.link_error.hide()
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind_combo)
        link_row.addWidget(self.link_target_combo, 1)
        link_row.addWidget(self.add_link_button)
        links_box = QVBoxLayout()
        links_box.addWidget(QLabel(self.tr("<b>Informal lines</b>")))
        links_box.addWidget(self.links_list)
        links_box.addLayout(link_row)
        links_box.addWidget(self.link_error)
        links_box.addWidget(self.remove_link_button)

        self.placeholder = QLabel(self.tr("Select a person in the table or on the map."))
        self.placeholder.setObjectName("mutedLabel")
        self.placeholder.setWordWrap(True)  # the form is narrow on a laptop
        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addLayout(links_box)
        fields_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.fields)
        self.fields.hide()

        for field, line in (
            ("name", self.name_edit),
            ("title", self.title_edit),
            ("department", self.department_edit),
            ("email", self.email_edit),
            ("phone", self.phone_edit),
            ("source", self.source_edit),
        ):
            line.editingFinished.connect(lambda f=field, w=line: self._edited(f, w.text()))
        self.influence_spin.editingFinished.connect(
            lambda: self._edited("influence", self.influence_spin.value())
        )
        self.strength_spin.editingFinished.connect(
            lambda: self._edited("relationship_strength", self.strength_spin.value())
        )
        self.attitude_combo.activated.connect(
            lambda: self._edited("attitude", Attitude(self.attitude_combo.currentData()))
        )
        self.reports_to_combo.activated.connect(
            lambda: self._edited("reports_to_id", self.reports_to_combo.currentData())
        )
        self.owner_combo.activated.connect(
            lambda: self._edited("owner_id", self.owner_combo.currentData())
        )
        self.last_contact_edit.edited.connect(
            lambda: self._edited("last_contact", self.last_contact_edit.value())
        )
        self.left_edit.edited.connect(lambda: self._edited("left_on", self.left_edit.value()))
        self.notes_edit.editing_finished.connect(
            lambda: self._edited("notes", self.notes_edit.toPlainText())
        )
        self.lawful_basis_edit.editing_finished.connect(
            lambda: self._edited("lawful_basis", self.lawful_basis_edit.toPlainText())
        )
        self.add_link_button.clicked.connect(self._add_link)
        self.remove_link_button.clicked.connect(self._remove_link)
        self.links_list.currentRowChanged.connect(
            lambda row: self.remove_link_button.setEnabled(row >= 0)
        )

    def _with_error(self, field: str, editor: QWidget) -> QWidget:
        """The editor with a (hidden) red sentence under it for refusals."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._errors[field] = error
        return box

    def error_text(self, field: str) -> str:
        """The refusal shown under a field ("" when none)."""
        label = self._errors.get(field, self.link_error if field == "link" else None)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_error(self, field: str | None, message: str) -> None:
        """Show a refusal under its field (unknown field: under the name)."""
        label = self.link_error if field == "link" else self._errors.get(field or "name")
        if label is None:
            label = self._errors["name"]
        label.setText(message)
        label.show()

    def clear_errors(self, keep: Collection[str] = ()) -> None:
        """Hide every refusal but those of the fields in ``keep``."""
        kept = [self._errors[field] for field in keep]
        for label in (*self._errors.values(), self.link_error):
            if label in kept:
                continue
            label.clear()
            label.hide()

    def set_person(
        self,
        person: StakeholderRow | None,
        people: Sequence[StakeholderRow],
        owners: Sequence[OwnerChoice],
        links: Sequence[LinkRow],
        keep_errors: bool = False,
    ) -> None:
        """Show a person (None: nobody selected) with the choices their lists offer."""
        if not keep_errors:
            self.clear_errors()
        self.person = person
        self.placeholder.setVisible(person is None)
        self.fields.setVisible(person is not None)
        if person is None:
            return
        widgets: list[QWidget] = [
            self.name_edit, self.title_edit, self.department_edit, self.email_edit,
            self.phone_edit, self.reports_to_combo, self.influence_spin, self.attitude_combo,
            self.strength_spin, self.owner_combo, self.notes_edit, self.link_target_combo,
            self.source_edit, self.lawful_basis_edit,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.name_edit.setText(shown_person_name(person.name))
        self.title_edit.setText(person.title)
        self.department_edit.setText(person.department)
        self.email_edit.setText(person.email)
        self.phone_edit.setText(person.phone)
        self.reports_to_combo.clear()
        self.reports_to_combo.addItem(self.tr("(nobody – top of the chart)"), None)
        self.link_target_combo.clear()
        for other in people:
            if other.id != person.id:
                self.reports_to_combo.addItem(self._person_text(other), other.id)
                self.link_target_combo.addItem(self._person_text(other), other.id)
        self.reports_to_combo.setCurrentIndex(
            max(0, self.reports_to_combo.findData(person.reports_to_id))
        )
        self.influence_spin.setValue(person.influence)
        self.attitude_combo.setCurrentIndex(self.attitude_combo.findData(person.attitude.value))
        self.strength_spin.setValue(person.relationship_strength)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for owner in owners:
            self.owner_combo.addItem(owner.name, owner.id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(person.owner_id)))
        self.last_contact_edit.set_value(person.manual_last_contact)
        self.left_edit.set_value(person.left_on)
        self.notes_edit.setPlainText(person.notes)
        self.source_edit.setText(person.source)
        self.lawful_basis_edit.setPlainText(person.lawful_basis)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_effective_contact(person)
        self._links = [x for x in links if person.id in (x.from_id, x.to_id)]
        self.links_list.clear()
        for link in self._links:
            text = self.tr("%1 %2 %3").replace("%1", shown_person_name(link.from_name)).replace(
                "%2", link_label(link.kind)).replace("%3", shown_person_name(link.to_name))
            self.links_list.addItem(QListWidgetItem(text))
        self.remove_link_button.setEnabled(False)

    def _person_text(self, person: StakeholderRow) -> str:
        if person.has_left:
            return self.tr("%1 (left)").replace("%1", shown_person_name(person.name))
        return shown_person_name(person.name)

    def _show_effective_contact(self, person: StakeholderRow) -> None:
        if person.last_contact is None:
            self.effective_label.setText(self.tr("No contact recorded yet."))
            return
        self.effective_label.setText(
            self.tr("Effective last contact: %1 (%2), including interactions.")
            .replace("%1", short_date(person.last_contact))
            .replace("%2", freshness_label(person.freshness))
        )

    def _edited(self, field: str, value: Any) -> None:
        if self.person is None:
            return
        if isinstance(value, str) and field != "notes":
            value = value.strip()
        current = {
            "reports_to_id": self.person.reports_to_id,
            "owner_id": self.person.owner_id,
            "last_contact": self.person.manual_last_contact,
            "left_on": self.person.left_on,
        }.get(field, getattr(self.person, field, None))
        label = self._errors.get(field)
        # An erased person's name is shown translated; leaving it as shown changes nothing.
        if value == current or (field == "name" and value == shown_person_name(str(current))):
            if label is not None:
                label.hide()
            return
        self.changes_requested.emit(self.person.id, {field: value})

    def _add_link(self) -> None:
        if self.person is None or self.link_target_combo.currentIndex() < 0:
            return
        self.link_requested.emit(
            self.person.id,
            int(self.link_target_combo.currentData()),
            str(self.link_kind_combo.currentData()),
        )

    def _remove_link(self) -> None:
        row = self.links_list.currentRow()
        if 0 <= row < len(self._links):
            link = self._links[row]
            self.link_removal_requested.emit(link.id, link.version)
