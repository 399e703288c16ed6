"""The import wizard's second page: how the file is read, which column goes where.

The detected encoding, delimiter, number format and date order are shown and can be
changed; so can each column's target. Every change reads the file again (the preview is
the same engine the import uses), so what the user sees is what will be imported.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kamdesk.domain.header_matching import ColumnTarget
from kamdesk.domain.import_fields import FIELDS, ImportKind
from kamdesk.domain.spreadsheet_dates import SlashOrder
from kamdesk.services.exchange.import_runner import ImportPreview
from kamdesk.ui.exchange.import_preview_model import ImportPreviewModel
from kamdesk.ui.exchange.import_texts import (
    delimiter_label,
    encoding_label,
    field_label,
    missing_text,
    quarter_column_label,
)

PREVIEW_ROWS = 20
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16")
DELIMITERS = (";", ",", "\t")


def target_label(target: ColumnTarget | None) -> str | None:
    """A column's target as the user reads it."""
    if target is None:
        return None
    if target.period is not None:
        return quarter_column_label(*target.period)
    return field_label(target.field)


class ImportPreviewPage(QWizardPage):
    """Settings, column mapping and the first rows of the file."""

    # The user changed a setting or a column's target: read the file again.
    changed = Signal()

    def __init__(self, accounts: Callable[[], list[tuple[int, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check how the file is read"))
        self.setSubTitle(self.tr(
            "kamdesk has detected how the file is written and which column holds what. "
            "Change anything that is not right; the rows below show the result."
        ))
        self._accounts = accounts
        self._updating = False
        self.preview: ImportPreview | None = None
        self.encoding = self._combo("encoding")
        self.delimiter = self._combo("delimiter")
        self.decimal = self._combo("decimal")
        self.decimal.addItem(self.tr("Decimal comma (1.234,56)"), True)
        self.decimal.addItem(self.tr("Decimal point (1,234.56)"), False)
        self.dates = self._combo("dates")
        self.dates.addItem(self.tr("Day first (31/12/2026)"), SlashOrder.DAY_FIRST.value)
        self.dates.addItem(self.tr("Month first (12/31/2026)"), SlashOrder.MONTH_FIRST.value)
        self.dates.addItem(self.tr("Only where unambiguous"), None)
        self.sheet = self._combo("sheet")
        self.account = self._combo("account")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Encoding:"), self.encoding)
        self.form.addRow(self.tr("Delimiter:"), self.delimiter)
        self.form.addRow(self.tr("Sheet:"), self.sheet)
        self.form.addRow(self.tr("Numbers:"), self.decimal)
        self.form.addRow(self.tr("Dates with slashes:"), self.dates)
        self.form.addRow(self.tr("Import every row into:"), self.account)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #b00020;")
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.rows_model = ImportPreviewModel(self)
        self.rows_view = QTableView()
        self.rows_view.setObjectName("previewRows")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.rows_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 620])
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addLayout(self.form)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing_label)
        layout.addWidget(splitter, 1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}Combo")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    # -- what the user chose ---------------------------------------------------------------

    def chosen_encoding(self) -> str | None:
        """The encoding to read with (None: not a text file)."""
        return self.encoding.currentData() if self.encoding.isEnabled() else None

    def chosen_delimiter(self) -> str | None:
        """The delimiter to read with."""
        return self.delimiter.currentData() if self.delimiter.isEnabled() else None

    def chosen_sheet(self) -> str | None:
        """The workbook sheet to read."""
        return self.sheet.currentData() if self.sheet.isEnabled() else None

    def chosen_decimal_comma(self) -> bool:
        """Whether numbers use a decimal comma."""
        return bool(self.decimal.currentData())

    def chosen_slash_order(self) -> SlashOrder | None:
        """How slash dates read (None: not decided)."""
        value = self.dates.currentData()
        return SlashOrder(value) if value else None

    def chosen_account(self) -> str | None:
        """The account every row goes to (its id, as text; None: the file says)."""
        value = self.account.currentData()
        return str(value) if value else None

    def chosen_mapping(self) -> dict[str, str | None]:
        """Every column's target as the combo boxes say."""
        mapping: dict[str, str | None] = {}
        for row in range(self.mapping_table.rowCount()):
            header = self._header_at(row)
            combo = self.mapping_table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            mapping[header] = combo.currentData()
        return mapping

    def set_target(self, header: str, target: str | None) -> None:
        """Choose a column's target (as the user would in its combo box)."""
        for row in range(self.mapping_table.rowCount()):
            if self._header_at(row) == header:
                combo = self.mapping_table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(target))
                return
        raise KeyError(header)

    def _header_at(self, row: int) -> str:
        item = self.mapping_table.item(row, 0)
        assert item is not None
        return item.text()

    # -- showing a preview ------------------------------------------------------------------

    def show_preview(self, preview: ImportPreview) -> None:
        """Show how the file is read; the controls take the values it was read with."""
        self.preview = preview
        table, kind = preview.table, preview.mapping.kind
        self._updating = True
        try:
            self._fill(self.encoding, [(encoding_label(e), e) for e in ENCODINGS],
                       table.encoding, table.file_kind == "csv")
            self._fill(self.delimiter, [(delimiter_label(d), d) for d in DELIMITERS],
                       table.delimiter, table.file_kind == "csv")
            self._fill(self.sheet, [(s, s) for s in table.sheets], table.sheet,
                       table.file_kind == "xlsx")
            self.decimal.setCurrentIndex(self.decimal.findData(preview.formats.decimal_comma))
            order = preview.formats.slash_order
            self.dates.setCurrentIndex(self.dates.findData(order.value if order else None))
            self._fill_accounts(kind)
            self._fill_mapping(preview)
        finally:
            self._updating = False
        targets = [target_label(t) for t in preview.mapping.targets]
        self.rows_model.set_rows(table.header, targets, table.rows[:PREVIEW_ROWS])
        self.rows_view.resizeColumnsToContents()
        for column in range(self.rows_model.columnCount()):
            width = min(self.rows_view.columnWidth(column), 260)
            self.rows_view.setColumnWidth(column, width)
        self.missing_label.setText(" ".join(missing_text(code) for code in preview.missing))
        self.missing_label.setVisible(bool(preview.missing))
        self.completeChanged.emit()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]], current: str | None,
              enabled: bool) -> None:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(enabled)
        self.form.setRowVisible(combo, enabled)

    def _fill_accounts(self, kind: ImportKind) -> None:
        needed = kind is not ImportKind.ACCOUNTS
        if needed and self.account.count() == 0:
            self.account.addItem(self.tr("— the account column decides —"), None)
            for account_id, name in self._accounts():
                self.account.addItem(name, account_id)
        self.account.setEnabled(needed)
        self.form.setRowVisible(self.account, needed)

    def _fill_mapping(self, preview: ImportPreview) -> None:
        mapping = preview.mapping
        self.mapping_table.setRowCount(len(mapping.header))
        fields = [(field_label(spec.name), spec.name) for spec in FIELDS[mapping.kind]]
        for row, (header, target) in enumerate(zip(mapping.header, mapping.targets,
                                                   strict=True)):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for text, name in fields:
                combo.addItem(text, name)
            if target is not None and target.period is not None:
                combo.addItem(quarter_column_label(*target.period), target.label())
            combo.setCurrentIndex(max(combo.findData(target.label() if target else None), 0))
            combo.currentIndexChanged.connect(self._on_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
        self.mapping_table.resizeColumnToContents(0)

    def isComplete(self) -> bool:
        return self.preview is not None and not self.preview.missing

    def _on_changed(self) -> None:
        if not self._updating:
            self.changed.emit()
