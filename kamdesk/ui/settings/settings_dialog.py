"""The Settings dialog: our company (name, logo, currency, locale, thresholds) and our team.

Like every form of the app, a field is saved when it is left, as an undoable edit (on the
global undo stack: settings belong to no account); a refusal shows under the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.retention import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from kamdesk.services.settings.settings_reads import SettingsData
from kamdesk.services.settings.team_and_settings import load_settings, update_settings
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import UpdateRowCommand
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import FieldRow, ParseError
from kamdesk.ui.common.money_text import format_amount, parse_money
from kamdesk.ui.settings.catalogue_settings import CatalogueSettingsPage
from kamdesk.ui.settings.team_members_panel import TeamMembersPanel
from kamdesk.ui.settings.your_name_page import YourNamePage

LOGO_MAX_PX = 800  # larger logos are scaled down: the plan's cover shows them a few cm wide
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY")
LOCALES = ("de_DE", "de_AT", "de_CH", "en_GB", "en_US", "fr_FR", "nl_NL", "pl_PL")


def png_bytes(path: str) -> bytes | None:
    """The image at ``path`` as PNG bytes, scaled to at most LOGO_MAX_PX (None: unreadable)."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs omit QIODevice
    buffer.close()
    return bytes(data.data())


class SettingsDialog(QDialog):
    """Company settings and the team, in two tabs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.resize(880, 560)
        self.data: SettingsData = load_settings(context.db)
        self.rows: dict[str, FieldRow] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        self._writers: dict[str, Callable[[Any], None]] = {}
        self._pending_logo: bytes | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._company_page(), self.tr("Company"))
        self.team = TeamMembersPanel(context)
        self.tabs.addTab(self.team, self.tr("Team"))
        self.catalogue = CatalogueSettingsPage(context)
        self.your_name = YourNamePage(context)
        self.tabs.addTab(self.your_name, self.tr("You"))
        self.tabs.addTab(self.catalogue, self.tr("Offerings and stages"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        context.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        """Show the stored settings."""
        self.data = load_settings(self.context.db)
        for name, row in self.rows.items():
            row.show_error("")
            self._writers[name](getattr(self.data, name))

    def editor(self, name: str) -> QWidget:
        """The input widget of a setting."""
        return self.rows[name].editor

    def commit(self, name: str) -> None:
        """Save the setting if it changed (called when its field is left)."""
        row = self.rows[name]
        try:
            value = self._readers[name]()
        except ParseError as error:
            row.show_error(error_text(error))
            return
        old = getattr(self.data, name)
        if value == old:
            row.show_error("")
            return
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Change settings"),
            DataKind.SETTINGS,
            None,
            lambda _row, seen, values: update_settings(db, seen, values),
            1,
            self.data.version,
            {name: old},
            {name: value},
            origin=self,
        )
        refusal = self.context.push(command)
        if refusal is None:
            # Nothing to read back: the field holds what was chosen (shown once more, for
            # what goes with it, such as the logo's preview), and only the version moved on.
            assert command.version is not None
            self.data = replace(self.data, **{name: value}, version=command.version)
            row.show_error("")
            self._writers[name](value)
            return
        if isinstance(refusal, ValidationError):
            self._writers[name](value)
        row.show_error(error_text(refusal))

    def choose_logo(self, path: str | None = None) -> None:
        """Pick an image file (any format Qt reads) and store it as PNG."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose the company logo"), "",
                self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"),
            )
            if not path:
                return
        data = png_bytes(path)
        if data is None:
            self.rows["logo_png"].show_error(self.tr("This file is not an image kamdesk can read."))
            return
        self._pending_logo = data
        self.commit("logo_png")

    def remove_logo(self) -> None:
        """Store no logo."""
        self._pending_logo = None
        self.commit("logo_png")

    # -- building ---------------------------------------------------------------------------

    def _company_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        name = QLineEdit()
        self._field(form, "company_name", self.tr("Company name"), name, name.text,
                    lambda value: name.setText(value))
        name.editingFinished.connect(lambda: self.commit("company_name"))
        form.addRow(self.tr("Logo"), self._logo_row())
        currency = QComboBox()
        currency.setEditable(True)
        currency.addItems(CURRENCIES)
        self._field(form, "currency", self.tr("Currency"), currency,
                    lambda: currency.currentText().strip().upper(), currency.setEditText)
        currency.activated.connect(lambda _i: self.commit("currency"))
        line = currency.lineEdit()
        assert line is not None
        line.editingFinished.connect(lambda: self.commit("currency"))
        locale = QComboBox()
        for code in LOCALES:
            locale.addItem(f"{QLocale(code).nativeLanguageName()} ({code})", code)
        self._field(form, "locale", self.tr("Locale for numbers and dates"), locale,
                    locale.currentData,
                    lambda value: locale.setCurrentIndex(max(0, locale.findData(value))))
        locale.activated.connect(lambda _i: self.commit("locale"))
        month = QComboBox()
        for number in range(1, 13):
            month.addItem(QLocale().standaloneMonthName(number), number)
        self._field(form, "fiscal_year_start_month", self.tr("Fiscal year starts in"), month,
                    month.currentData, lambda value: month.setCurrentIndex(value - 1))
        month.activated.connect(lambda _i: self.commit("fiscal_year_start_month"))
        capacity = self._spin(0, 100, self.tr(" key accounts"))
        self._field(form, "default_kam_capacity", self.tr("Default KAM capacity"), capacity,
                    capacity.value, capacity.setValue)
        capacity.editingFinished.connect(lambda: self.commit("default_kam_capacity"))
        margin = QLineEdit()
        margin.setPlaceholderText(self.tr("e.g. 30"))
        self._field(form, "gross_margin_percent", self.tr("Gross margin for CLV (%)"), margin,
                    lambda: self._percent(margin.text()),
                    lambda value: margin.setText(format_amount(value)))
        margin.editingFinished.connect(lambda: self.commit("gross_margin_percent"))
        stale = self._spin(1, 3650, self.tr(" days"))
        self._field(form, "stale_contact_days", self.tr("A contact is stale after"), stale,
                    stale.value, stale.setValue)
        stale.editingFinished.connect(lambda: self.commit("stale_contact_days"))
        self._retention_field(form)
        return page

    def _retention_field(self, form: QFormLayout) -> None:
        # Wider than the allowed range on purpose: a spin box silently swallows a digit
        # that would leave its range, so "700" is taken and answered with a sentence.
        months = self._spin(0, 9999, self.tr(" months"))
        months.setToolTip(self.tr(
            "People who left, and everyone at an account without activity for this long, "
            "are listed on the dashboard for review."
        ))

        def read() -> int:
            value = months.value()
            if not MIN_RETENTION_MONTHS <= value <= MAX_RETENTION_MONTHS:
                raise ParseError(self.tr("Keep personal data for 1 to 600 months."))
            return value

        self._field(form, "retention_months",
                    self.tr("Keep personal data of inactive accounts for"), months,
                    read, months.setValue)
        months.editingFinished.connect(lambda: self.commit("retention_months"))

    def _logo_row(self) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(200, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #c8cdd3; background: white; }")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self.choose_logo())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(buttons)
        line.addStretch(1)
        row = FieldRow(holder)
        self.rows["logo_png"] = row
        self._readers["logo_png"] = lambda: self._pending_logo
        self._writers["logo_png"] = self._show_logo
        return row

    def _show_logo(self, data: bytes | None) -> None:
        self._pending_logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size() * 0.9, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def _field(self, form: QFormLayout, name: str, label: str, editor: QWidget,
               read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        row = FieldRow(editor)
        self.rows[name] = row
        self._readers[name] = read
        self._writers[name] = write
        form.addRow(label, row)

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _percent(self, text: str) -> Any:
        try:
            value = parse_money(text.replace("%", ""))
        except ParseError as error:
            raise ParseError(self.tr("Enter a percentage, for example 30.")) from error
        if value is None:
            raise ParseError(self.tr("Enter a percentage, for example 30."))
        return value

    def _on_change(self, change: Change) -> None:
        if change.kind in (DataKind.SETTINGS, DataKind.EVERYTHING) and change.origin is not self:
            self.reload()
