"""The input widgets of the Profile tab, each with how its value is read and shown.

Every factory returns a :class:`BoundEditor`: the widget to place in the form, a ``read``
that turns what it shows into the value the service stores (raising
:class:`~kamdesk.ui.common.form_fields.ParseError` for text that is no number), and a
``write`` that shows a stored value. ``left`` is called when the user leaves the field
(or picks a choice): the tab then saves. The words are translated in the ``ProfileTab``
context, where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from kamdesk.ui.common.country_names import country_choices, ui_language
from kamdesk.ui.common.form_fields import (
    CommitPlainTextEdit,
    format_whole_number,
    parse_whole_number,
)
from kamdesk.ui.common.money_text import format_amount, parse_money
from kamdesk.ui.common.qt_dates import show_full_years, to_qdate
from kamdesk.ui.profile.time_zone_field import LocalTimeLabel, TimeZoneCombo

NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum, shown as "not set"
Left = Callable[[], None]


@dataclass(frozen=True)
class BoundEditor:
    """A field's widget, how to read its value, and how to show a stored one."""

    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]


def _beside(editor: QWidget, extra: QWidget) -> QWidget:
    """The editor with a small widget to its right; focus goes to the editor."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(editor, 1)
    line.addWidget(extra)
    holder.setFocusProxy(editor)
    return holder


def line_editor(left: Left, placeholder: str = "") -> BoundEditor:
    """One line of text."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.editingFinished.connect(left)
    return BoundEditor(edit, edit.text, lambda value: edit.setText(value or ""))


def number_editor(left: Left) -> BoundEditor:
    """A whole number, typed with the locale's grouping."""
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("ProfileTab", "e.g. 250"))
    edit.editingFinished.connect(left)
    return BoundEditor(edit, lambda: parse_whole_number(edit.text()),
                       lambda value: edit.setText(format_whole_number(value)))


def money_editor(left: Left, unit: QLabel) -> BoundEditor:
    """An amount of money, with the company currency's symbol (``unit``) after it."""
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("ProfileTab", "per year"))
    edit.editingFinished.connect(left)
    return BoundEditor(_beside(edit, unit), lambda: parse_money(edit.text()),
                       lambda value: edit.setText(format_amount(value)))


def industry_editor(left: Left) -> BoundEditor:
    """An industry chosen from the known ones or typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(
        QCoreApplication.translate("ProfileTab", "Choose or type an industry")
    )
    line.editingFinished.connect(left)
    combo.activated.connect(lambda _index: left())
    return BoundEditor(combo, combo.currentText, lambda value: combo.setEditText(value or ""))


def country_editor(left: Left) -> BoundEditor:
    """A country by its ISO code, named in the UI's language."""
    combo = QComboBox()
    combo.setMaxVisibleItems(16)
    combo.addItem(QCoreApplication.translate("ProfileTab", "Not set"), "")
    for code, name in country_choices(ui_language()):
        combo.addItem(f"{name} ({code})", code)
    combo.activated.connect(lambda _index: left())
    return BoundEditor(combo, combo.currentData,
                       lambda value: combo.setCurrentIndex(max(0, combo.findData(value or ""))))


def time_zone_editor(left: Left, local_time: LocalTimeLabel) -> BoundEditor:
    """A time zone; ``local_time`` shows the time there whenever a zone is shown."""
    combo = TimeZoneCombo()

    def write(value: Any) -> None:
        combo.set_zone(value or "")
        local_time.set_zone(value or "")

    line = combo.lineEdit()
    assert line is not None
    line.editingFinished.connect(left)
    combo.activated.connect(lambda _index: left())
    return BoundEditor(combo, combo.zone, write)


def enum_editor(left: Left, enum: Any, label: Callable[[Any], str]) -> BoundEditor:
    """One member of ``enum``, each shown with its ``label``."""
    combo = QComboBox()
    for member in enum:
        combo.addItem(label(member), member.value)
    combo.activated.connect(lambda _index: left())
    return BoundEditor(combo, lambda: enum(combo.currentData()),
                       lambda value: combo.setCurrentIndex(max(0, combo.findData(value.value))))


def owner_editor(left: Left) -> BoundEditor:
    """A team member by id (the tab fills the choices)."""
    combo = QComboBox()
    combo.activated.connect(lambda _index: left())
    return BoundEditor(combo, combo.currentData,
                       lambda value: combo.setCurrentIndex(max(0, combo.findData(value))))


class UnsetDateEdit(QDateEdit):
    """A date edit whose "not set" can be typed over, as a set date can, and whose calendar
    then opens on this month.

    At its minimum it shows the special text, and digits typed there were put after that
    text and lost on leaving. The first digit typed starts from today with the first part
    (the day, or the month in US English) selected, as when the field is entered with Tab,
    so the date typed part by part replaces it; left untouched it stays "not set".
    """

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The calendar opened on "not set" showed January 1900: show this month instead.
        calendar = self.calendarWidget()
        if (watched is calendar and event.type() == QEvent.Type.Show
                and self.date() == self.minimumDate()):
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.date() == self.minimumDate() and event.text().isdigit():
            self.setDate(min(QDate.currentDate(), self.maximumDate()))
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)


def date_editor(left: Left) -> BoundEditor:
    """A past date or none, with a button that clears it."""
    edit = UnsetDateEdit()
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate.currentDate())
    edit.setSpecialValueText(QCoreApplication.translate("ProfileTab", "not set"))
    show_full_years(edit)
    clear = QToolButton()
    clear.setText(QCoreApplication.translate("ProfileTab", "Clear"))
    clear.setToolTip(QCoreApplication.translate("ProfileTab", "Customer since: not set"))

    def read() -> date | None:
        chosen = edit.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def write(value: Any) -> None:
        edit.setDate(to_qdate(value) if value else NO_DATE)

    def clear_date() -> None:
        edit.setDate(NO_DATE)
        left()

    edit.editingFinished.connect(left)
    clear.clicked.connect(clear_date)
    return BoundEditor(_beside(edit, clear), read, write)


def years_editor(left: Left) -> BoundEditor:
    """A number of years from 1 to 100."""
    spin = QSpinBox()
    spin.setRange(1, 100)
    spin.setSuffix(QCoreApplication.translate("ProfileTab", " years"))
    spin.editingFinished.connect(left)
    return BoundEditor(spin, spin.value, lambda value: spin.setValue(value))


def long_text_editor(left: Left, lines: int = 4) -> BoundEditor:
    """Several lines of text, saved when left (Tab leaves it)."""
    edit = CommitPlainTextEdit(lines)
    edit.editingFinished.connect(left)
    return BoundEditor(edit, edit.toPlainText, lambda value: edit.setPlainText(value or ""))
