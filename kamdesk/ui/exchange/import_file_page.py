"""The import wizard's first page: what the file holds, and which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kamdesk.domain.import_fields import ImportKind
from kamdesk.ui.exchange.import_texts import kind_label

FOLDER_KEY = "import/folder"


class ImportFilePage(QWizardPage):
    """Choose the kind of data and the file (CSV, TXT, .xlsx or, for contacts, .vcf)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(self.tr(
            "A CSV or text file as Excel or LibreOffice save it, an Excel workbook (.xlsx), "
            "or vCards (.vcf) from Outlook, Google or Apple for contacts."
        ))
        self.kind_buttons = QButtonGroup(self)
        kinds = QVBoxLayout()
        kinds.addWidget(QLabel(self.tr("The file holds:")))
        for index, kind in enumerate(ImportKind):
            button = QRadioButton(kind_label(kind))
            button.setObjectName(f"kind_{kind.value}")
            self.kind_buttons.addButton(button, index)
            kinds.addWidget(button)
        self.kind_buttons.button(0).setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        self.path_edit.textChanged.connect(self._on_path_changed)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def kind(self) -> ImportKind:
        """The kind the user chose."""
        return list(ImportKind)[self.kind_buttons.checkedId()]

    def set_kind(self, kind: ImportKind) -> None:
        """Choose a kind (as a click would)."""
        self.kind_buttons.button(list(ImportKind).index(kind)).setChecked(True)

    def path(self) -> Path:
        """The chosen file."""
        return Path(self.path_edit.text().strip()).expanduser()

    def show_error(self, text: str) -> None:
        """A sentence about why the file cannot be used."""
        self.error_label.setText(text)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.path().is_file()

    def browse(self) -> None:
        """The system's file dialog, starting where the last import came from."""
        settings = QSettings("kamdesk", "kamdesk")
        folder = str(settings.value(FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import"), folder,
            self.tr("Spreadsheets and vCards (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf);;"
                    "All files (*)"),
        )
        if chosen:
            settings.setValue(FOLDER_KEY, str(Path(chosen).parent))
            self.path_edit.setText(chosen)
            if Path(chosen).suffix.lower() in (".vcf", ".vcard"):
                self.set_kind(ImportKind.CONTACTS)

    def _on_path_changed(self) -> None:
        self.error_label.clear()
        self.completeChanged.emit()
