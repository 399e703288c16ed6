"""The choices of an export: document, audience, language, paper and the sections to include.

A plain form without any database or rendering: it says what was chosen (``options()``) and
that something changed (``changed``); the Export dialog decides what to do about it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.export.plan_export import ExportOptions, available_sections


class ExportOptionsPanel(QWidget):
    """Radio buttons for the four choices and a checkable list of sections."""

    #: Any choice changed (a section ticked, the audience switched, …).
    changed = Signal()

    def __init__(self, lang: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._excluded: set[str] = set()  # sections the user unticked, kept across audiences
        self.kind_group = self._choices({"plan": self.tr("Account plan"),
                                         "brief": self.tr("Meeting brief (one page)")}, "plan")
        self.audience_group = self._choices({"internal": self.tr("Internal"),
                                             "client": self.tr("Client")}, "internal")
        self.audience_hint = QLabel()
        self.audience_hint.setObjectName("sectionHint")
        self.audience_hint.setWordWrap(True)
        # Language names are written in their own language, as language pickers do.
        self.lang_group = self._choices({"en": "English", "de": "Deutsch"}, lang)
        self.paper_group = self._choices({"a4": "A4", "letter": self.tr("Letter")}, paper)

        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections to include"))
        self.sections.itemChanged.connect(self._on_section_toggled)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.clicked.connect(lambda: self.check_all(False))
        self.sections_error = QLabel()
        self.sections_error.setObjectName("fieldError")
        self.sections_error.setWordWrap(True)
        self.sections_error.hide()
        self.sections_hint = QLabel(self.tr("The meeting brief has a fixed layout on one page."))
        self.sections_hint.setObjectName("sectionHint")
        self.sections_hint.setWordWrap(True)

        self._build_layout()
        for group in (self.kind_group, self.audience_group, self.lang_group, self.paper_group):
            group.buttonToggled.connect(self._on_choice)
        self._fill_sections()
        self._update()

    # -- public API -------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The options as chosen now."""
        kind = self.chosen(self.kind_group)
        audience = self.chosen(self.audience_group)
        sections: tuple[str, ...] | None = None
        if kind == "plan":
            sections = tuple(self.checked_sections())
            if len(sections) == len(available_sections(audience)):
                sections = None  # everything: the renderer's default, as in the CLI
        return ExportOptions(kind=kind, lang=self.chosen(self.lang_group),
                             paper=self.chosen(self.paper_group),
                             audience=audience if kind == "plan" else "internal",
                             sections=sections)

    def is_complete(self) -> bool:
        """False while a plan has no section ticked (there would be nothing to print)."""
        return self.chosen(self.kind_group) == "brief" or bool(self.checked_sections())

    def choose(self, group: QButtonGroup, key: str) -> None:
        """Tick the radio button of ``key`` in one of the four groups."""
        for button in group.buttons():
            if button.property("choice") == key:
                button.setChecked(True)

    def chosen(self, group: QButtonGroup) -> str:
        """The key of the ticked radio button of a group."""
        button = group.checkedButton()
        return str(button.property("choice")) if button is not None else ""

    def checked_sections(self) -> list[str]:
        """The ids of the ticked sections, in document order."""
        items = (self.sections.item(row) for row in range(self.sections.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def check_all(self, checked: bool) -> None:
        """Tick (All) or untick (None) every section."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.sections.blockSignals(True)
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            item.setCheckState(state)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            if checked:
                self._excluded.discard(key)
            else:
                self._excluded.add(key)
        self.sections.blockSignals(False)
        self._update()
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        """Freeze every choice (while a file is being written)."""
        self.setEnabled(not locked)

    # -- building ---------------------------------------------------------------------------

    def _choices(self, labels: dict[str, str], chosen: str) -> QButtonGroup:
        group = QButtonGroup(self)
        for key, text in labels.items():
            button = QRadioButton(text)
            button.setProperty("choice", key)
            button.setChecked(key == chosen)
            group.addButton(button)
        return group

    def _row(self, group: QButtonGroup) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in group.buttons():
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Document:"), self._row(self.kind_group))
        form.addRow(self.tr("Audience:"), self._row(self.audience_group))
        form.addRow("", self.audience_hint)
        form.addRow(self.tr("Language:"), self._row(self.lang_group))
        form.addRow(self.tr("Paper:"), self._row(self.paper_group))

        box = QGroupBox(self.tr("Sections to include"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.sections_hint)
        box_layout.addWidget(self.sections, 1)
        box_layout.addWidget(self.sections_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(box, 1)

    def _section_labels(self) -> dict[str, str]:
        return {
            "cover": self.tr("Cover page"),
            "contents": self.tr("Contents"),
            "summary": self.tr("Executive summary"),
            "profile": self.tr("Account profile"),
            "stakeholder_map": self.tr("Stakeholder map"),
            "stakeholders": self.tr("Stakeholders"),
            "buying_centers": self.tr("Buying centers"),
            "needs": self.tr("Needs and our response"),
            "swot": self.tr("SWOT analysis"),
            "goals": self.tr("Goals"),
            "actions": self.tr("Action plan"),
            "whitespace": self.tr("Whitespace"),
            "opportunities": self.tr("Opportunities"),
            "revenue": self.tr("Revenue"),
            "team": self.tr("Account team"),
            "reviews": self.tr("Review history"),
            "changes": self.tr("Changes since the last review"),
        }

    def _fill_sections(self) -> None:
        labels = self._section_labels()
        self.sections.blockSignals(True)
        self.sections.clear()
        for key in available_sections(self.chosen(self.audience_group)):
            item = QListWidgetItem(labels.get(key, key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key not in self._excluded
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        self.sections.blockSignals(False)

    # -- reactions --------------------------------------------------------------------------

    def _on_choice(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return  # the other button of the pair reports the new choice
        if button.group() is self.audience_group:
            self._fill_sections()
        self._update()
        self.changed.emit()

    def _on_section_toggled(self, item: QListWidgetItem) -> None:
        key = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._excluded.discard(key)
        else:
            self._excluded.add(key)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        is_plan = self.chosen(self.kind_group) == "plan"
        for button in self.audience_group.buttons():
            button.setEnabled(is_plan)
        for widget in (self.sections, self.all_button, self.none_button):
            widget.setEnabled(is_plan)
        self.sections_hint.setVisible(not is_plan)
        if not is_plan:
            self.audience_hint.setText(
                self.tr("The meeting brief is for your own preparation: always internal.")
            )
        elif self.chosen(self.audience_group) == "client":
            self.audience_hint.setText(self.tr(
                "For the client's table: leaves out attitudes and influence, internal goals "
                "and actions, competitors, SWOT, whitespace, opportunities, revenue targets "
                "and internal notes."
            ))
        else:
            self.audience_hint.setText(self.tr("Everything in the plan, for your own team."))
        complete = self.is_complete()
        self.sections_error.setText("" if complete else self.tr("Choose at least one section."))
        self.sections_error.setVisible(not complete)
