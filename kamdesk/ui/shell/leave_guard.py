"""Whether the main window may leave the open account: one question about held typing.

A tab may hold typing it has not saved — a refused value kept in its field to be
corrected, and, on the Profile tab, the valid fields left next to it (they are saved
together once all are valid). Opening another account, a new one, the dashboard, the demo
portfolio, deleting the account or closing the window would throw that typing away. So
every one of those paths asks :func:`may_leave_account` first, and the user decides once:

- **Go back** (the default, and Escape): nothing happens; the caller returns to the
  account and :func:`go_back_to_held_typing` puts the cursor into the first held field.
- **Discard changes**: the tabs let the typing go and the caller goes on.
- **Save the others** (only when valid fields are held next to refused ones): the valid
  fields are saved as one undoable edit, and only the refused values are let go. The
  KAM left those fields believing them saved, as every other field is when left; losing
  them only because a neighbour was refused would be the very loss this box prevents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab

Button = QMessageBox.StandardButton


# Literal translate("LeaveGuard", "…") calls: the tool that collects texts finds them.
translate = QCoreApplication.translate


def may_leave_account(parent: QWidget, account_name: str, tabs: list[WorkspaceTab],
                      editing_area: QWidget) -> bool:
    """Ask about held typing of ``tabs``; True when the account may be left now.

    A field still being typed into inside ``editing_area`` is left first, so that it saves
    (or is held, refused) before the question, as when the user clicks elsewhere.
    """
    focused = QApplication.focusWidget()
    if focused is not None and editing_area.isAncestorOf(focused):
        focused.clearFocus()
    holding = [(tab, held) for tab in tabs if (held := tab.held_typing())]
    if not holding:
        return True
    answer = _ask(parent, account_name, holding)
    if answer == Button.Discard:
        for tab, _held in holding:
            tab.discard_held_typing()
        return True
    if answer == Button.Save:
        for tab, _held in holding:
            tab.save_valid_held_typing()
        # A save refused (changed elsewhere) stays held, its reason under it: go back to it.
        return not any(tab.held_typing() for tab, _held in holding)
    return False


def go_back_to_held_typing(tabs: list[WorkspaceTab], show_area: Callable[[str], object]) -> None:
    """Show the first tab holding typing (``show_area``) with the cursor in its first field."""
    for tab in tabs:
        if tab.held_typing():
            show_area(tab.area)
            tab.focus_held_typing()
            return


def _ask(parent: QWidget, account_name: str,
         holding: list[tuple[WorkspaceTab, list[HeldTyping]]]) -> Button:
    lines = []
    for tab, held in holding:
        area = tab.title().replace("&&", "&")
        for field in held:
            reason = field.refusal or translate(
                "LeaveGuard", "valid, held until the others are corrected"
            )
            line = translate("LeaveGuard", "%1 › %2 – %3")
            lines.append(line.replace("%1", area).replace("%2", field.field).replace("%3", reason))
    offer_save = any(not field.refusal for _tab, held in holding for field in held)
    question = (
        translate("LeaveGuard", "Go back and correct them, save the others and discard only "
                                "the refused ones, or discard them all?")
        if offer_save
        else translate("LeaveGuard", "Go back and correct them, or discard them?")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("LeaveGuard", "Changes not saved"),
        translate("LeaveGuard", "Some changes to “%1” could not be saved:")
        .replace("%1", account_name),
        Button.Cancel | Button.Discard,
        parent,
    )
    box.setInformativeText("\n".join(f"• {line}" for line in lines) + "\n\n" + question)
    # Wide enough for a field and its refusal on one line, as a list is read.
    listing = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if listing is not None:
        listing.setMinimumWidth(listing.fontMetrics().averageCharWidth() * 70)
    box.button(Button.Cancel).setText(translate("LeaveGuard", "Go back"))
    box.button(Button.Discard).setText(translate("LeaveGuard", "Discard changes"))
    if offer_save:
        box.addButton(Button.Save)
        box.button(Button.Save).setText(translate("LeaveGuard", "Save the others"))
    box.setDefaultButton(Button.Cancel)
    box.setEscapeButton(Button.Cancel)
    answer = box.exec()
    box.deleteLater()
    return Button(answer) if answer in (Button.Discard.value, Button.Save.value) else Button.Cancel
