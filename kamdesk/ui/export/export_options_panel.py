"""The choices of an export: document, file format (PDF, Word document, slide deck),
audience, language, paper, the sections to include and, for a deck, the firm's template.

A plain form without any database or rendering: it says what was chosen (``options()``) and
that something changed (``changed``); the Export dialog decides what to do about it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFileDialog,
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
from kamdesk.ui.common.flow_layout import flow_row


class ExportOptionsPanel(QWidget):
    """Radio buttons for the five choices, a checkable list of sections, a deck template."""

    # Any choice changed (a section ticked, the audience switched, …).
    changed = Signal()

    def __init__(self, lang: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._excluded: set[str] = set()  # sections the user unticked, kept across audiences
        self.template: Path | None = None  # the firm's deck template; None: the built-in one
        self.kind_group = self._choices({"plan": self.tr("Account plan"),
                                         "brief": self.tr("Meeting brief (one page)")}, "plan")
        self.format_group = self._choices({"pdf": "PDF", "docx": self.tr("Word document"),
                                           "pptx": self.tr("Slide deck")}, "pdf")
        self.format_hint = QLabel()
        self.format_hint.setObjectName("sectionHint")
        self.format_hint.setWordWrap(True)
        self.template_label = QLabel()
        self.template_label.setObjectName("mutedLabel")
        self.template_button = QPushButton(self.tr("Choose…"))
        self.template_button.setToolTip(self.tr("Build the deck on your firm's PowerPoint "
                                                "template (.pptx)"))
        self.template_button.clicked.connect(self._choose_template)
        self.template_clear = QPushButton(self.tr("Built-in"))
        self.template_clear.setToolTip(self.tr("Use kamdesk's neutral design"))
        self.template_clear.clicked.connect(lambda: self.set_template(None))
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
        for group in (self.kind_group, self.format_group, self.audience_group, self.lang_group,
                      self.paper_group):
            group.buttonToggled.connect(self._on_choice)
        self._fill_sections()
        self._update()

    # -- public API -------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The options as chosen now."""
        kind = self.chosen(self.kind_group)
        audience = self.chosen(self.audience_group)
        file_format = self.file_format()
        sections: tuple[str, ...] | None = None
        if kind == "plan":
            sections = tuple(self.checked_sections())
            if len(sections) == len(available_sections(audience, file_format)):
                sections = None  # everything: the renderer's default, as in the CLI
        return ExportOptions(kind=kind, lang=self.chosen(self.lang_group),
                             paper=self.chosen(self.paper_group),
                             audience=audience if kind == "plan" else "internal",
                             sections=sections, format=file_format,
                             template=self.template if file_format == "pptx" else None)

    def file_format(self) -> str:
        """"pdf", "docx" or "pptx" (the meeting brief is always a PDF)."""
        if self.chosen(self.kind_group) != "plan":
            return "pdf"
        return self.chosen(self.format_group)

    def set_template(self, path: Path | None) -> None:
        """Build decks on this template (None: on kamdesk's neutral design)."""
        if path == self.template:
            return
        self.template = path
        self._update()
        self.changed.emit()

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
        # Side by side, or under each other when the choices are too long for one line.
        return flow_row(*group.buttons())

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Document:"), self._row(self.kind_group))
        form.addRow(self.tr("Format:"), self._row(self.format_group))
        form.addRow("", self.format_hint)
        template_row = QWidget()
        template_layout = QHBoxLayout(template_row)
        template_layout.setContentsMargins(0, 0, 0, 0)
        template_layout.addWidget(self.template_label, 1)
        template_layout.addWidget(self.template_button)
        template_layout.addWidget(self.template_clear)
        form.addRow(self.tr("Template:"), template_row)
        self.template_row = template_row
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
        labels = self._document_labels()
        if self.file_format() == "pptx":
            # A deck's sections are slides: name them as the slides are titled.
            labels.update({
                "cover": self.tr("Title slide"),
                "contents": self.tr("Agenda"),
                "summary": self.tr("Where we stand"),
                "actions": self.tr("Actions and next steps"),
                "reviews": self.tr("Next meeting"),
            })
        return labels

    def _document_labels(self) -> dict[str, str]:
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
        for key in available_sections(self.chosen(self.audience_group), self.file_format()):
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
        if button.group() in (self.audience_group, self.format_group, self.kind_group):
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

    def _choose_template(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a PowerPoint template"),
            str(self.template.parent) if self.template else "",
            self.tr("PowerPoint presentations (*.pptx)"),
        )
        if chosen:
            self.set_template(Path(chosen))

    def _update(self) -> None:
        is_plan = self.chosen(self.kind_group) == "plan"
        file_format = self.file_format()
        for button in self.format_group.buttons():
            button.setEnabled(is_plan)
        for button in self.paper_group.buttons():
            button.setEnabled(file_format != "pptx")  # slides are 16:9, not paper
        self.template_row.setEnabled(file_format == "pptx")
        self.template_clear.setVisible(self.template is not None)
        self.template_label.setText(
            self.template.name if self.template is not None else self.tr("Built-in design")
        )
        self.template_label.setToolTip(str(self.template) if self.template else "")
        if file_format == "pptx":
            self.format_hint.setText(self.tr(
                "A 16:9 deck for the review meeting, with the revenue chart editable in "
                "PowerPoint and the details in the speaker notes."
            ))
        elif file_format == "docx":
            self.format_hint.setText(self.tr(
                "The plan as an editable Word document, with the same sections as the PDF."
            ))
        else:
            self.format_hint.setText("")
        self.format_hint.setVisible(bool(self.format_hint.text()))
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
