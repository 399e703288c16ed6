"""Typing the stakeholder form holds: a refused value kept in its field, to be corrected.

A refused field (an e-mail address that is not one, an empty name, a manager that would
close a loop) keeps what was typed, its refusal under it. Selecting another person,
adding one, deleting this one or leaving the account would show other values and throw
that typing away, so the tab asks first (:mod:`kamdesk.ui.common.held_typing_question`).
This module reads which fields hold typing, puts them back after the form is filled
again (the person read anew), and asks the question for the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from kamdesk.domain.enums import Attitude
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.ui.common.held_typing_question import go_back_to_held_row, settle_held_typing
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab
from kamdesk.ui.stakeholders.stakeholder_form import OptionalDateEdit, StakeholderForm

# Literal translate("StakeholderHeldTyping", "…") calls: the tool that collects texts finds them.
translate = QCoreApplication.translate


def stored_value(person: StakeholderRow, field: str) -> Any:
    """The person's stored value of ``field``, as the form edits it."""
    if field == "last_contact":
        return person.manual_last_contact
    return getattr(person, field)


def shown_value(editor: QWidget) -> Any:
    """What a field of the form shows, as its finished edit would send it."""
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    assert isinstance(editor, OptionalDateEdit)
    return editor.value()


def show_value(editor: QWidget, value: Any) -> None:
    """Put a held value back into its field, without announcing an edit."""
    editor.blockSignals(True)
    if isinstance(editor, QLineEdit):
        editor.setText(value)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QSpinBox):
        editor.setValue(value)
    elif isinstance(editor, OptionalDateEdit):
        editor.set_value(value)
    editor.blockSignals(False)


def differs(form: StakeholderForm, field: str) -> bool:
    """Whether ``field`` shows something else than the person's stored value."""
    assert form.person is not None
    shown, stored = shown_value(form.editors[field]), stored_value(form.person, field)
    if field == "attitude":
        return bool(shown != stored.value) if isinstance(stored, Attitude) else shown != stored
    if field == "notes":
        return bool(shown != stored)
    if field == "name":  # an erased person's name is shown translated
        return shown not in (stored, shown_person_name(str(stored)))
    return bool(shown != (stored.strip() if isinstance(stored, str) else stored))


def held_fields(form: StakeholderForm) -> list[str]:
    """The refused fields that still show what was typed, in form order."""
    if form.person is None:
        return []
    return [field for field in form.editors if form.error_text(field) and differs(form, field)]


def held_typing(form: StakeholderForm) -> list[HeldTyping]:
    """The held fields as the question lists them."""
    return [HeldTyping(form.labels[f], form.error_text(f)) for f in held_fields(form)]


def held_values(form: StakeholderForm) -> dict[str, Any]:
    """What the held fields show, to put back after the form is filled again."""
    return {field: shown_value(form.editors[field]) for field in held_fields(form)}


def put_back(form: StakeholderForm, values: dict[str, Any]) -> None:
    """The held fields' typing back in their fields (their refusals were kept)."""
    for field, value in values.items():
        show_value(form.editors[field], value)


def focus_held_field(form: StakeholderForm) -> None:
    """The cursor into the first held field."""
    held = held_fields(form)
    if held:
        editor = form.editors[held[0]]
        if isinstance(editor, OptionalDateEdit):
            editor = editor.date_edit
        editor.setFocus(Qt.FocusReason.OtherFocusReason)


class PersonLeaveGuard:
    """Asks before the stakeholders tab shows another person than the one typed into.

    ``select``: the tab's way of selecting a person (in the table and on the map) and
    showing them, keeping refusals, used to go back to the person whose typing is held.
    """

    def __init__(self, tab: WorkspaceTab, form: StakeholderForm,
                 select: Callable[[int], None]) -> None:
        self.tab = tab
        self.form = form
        self.select = select
        self.going_back = False

    def may_show(self, person_id: int | None) -> bool:
        """Whether the form may show ``person_id`` (None: nobody) instead of its person.

        On Go back the person typed into is selected again, the cursor in the held field.
        """
        person = self.form.person
        if self.going_back or person is None or person_id == person.id:
            return True
        heading = translate(
            "StakeholderHeldTyping", "Some changes to “%1” could not be saved:"
        ).replace("%1", shown_person_name(person.name))
        if settle_held_typing(self.tab, heading, [self.tab], name_areas=False):
            return True
        go_back_to_held_row(self._select_held_person, lambda: focus_held_field(self.form))
        return False

    def _select_held_person(self) -> None:
        person = self.form.person
        if person is None:
            return
        self.going_back = True
        try:
            self.select(person.id)
        finally:
            self.going_back = False
