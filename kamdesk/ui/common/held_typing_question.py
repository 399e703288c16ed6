"""The one question about typing held unsaved: go back to it, discard it, or save the rest.

A tab may hold typing it has not saved (:meth:`WorkspaceTab.held_typing`): a refused value
kept in its field to be corrected and, on the Profile tab, valid fields held next to it.
Whatever would throw that typing away asks here first, with one box and one set of answers:
the main window before it leaves the account or closes (:mod:`kamdesk.ui.shell.leave_guard`),
and a tab before it shows another goal, whitespace cell or person than the one typed into.

- **Go back** (the default, and Escape): nothing is let go; the caller shows the typing
  again and puts the cursor into the first held field (:meth:`WorkspaceTab.focus_held_typing`).
- **Discard changes**: the tabs let the typing go and the caller goes on.
- **Save the others** (only when valid fields are held next to refused ones): the valid
  fields are saved as one undoable edit, and only the refused values are let go. The KAM
  left those fields believing them saved, as every other field is when left; losing them
  only because a neighbour was refused would be the very loss this box prevents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab

Button = QMessageBox.StandardButton

# Literal translate("LeaveGuard", "…") calls: the tool that collects texts finds them. The
# context is the one the question had when only leaving an account asked it.
translate = QCoreApplication.translate


def settle_held_typing(parent: QWidget, heading: str, tabs: Sequence[WorkspaceTab],
                       name_areas: bool = True) -> bool:
    """Ask about the typing ``tabs`` hold; True when the caller may go on.

    ``heading`` says whose changes they are ("Some changes to “Acme” could not be saved:");
    ``name_areas``: each field is listed after its tab's title (off when a tab asks about
    its own form). True when nothing is held, or it was discarded or saved; False on Go
    back, and when a save was refused (changed elsewhere: held, its reason under it).
    """
    holding = [(tab, held) for tab in tabs if (held := tab.held_typing())]
    if not holding:
        return True
    answer = ask_about_held_typing(
        parent, heading,
        [(tab.title().replace("&&", "&") if name_areas else "", held) for tab, held in holding],
    )
    if answer == Button.Discard:
        for tab, _held in holding:
            tab.discard_held_typing()
        return True
    if answer == Button.Save:
        for tab, _held in holding:
            tab.save_valid_held_typing()
        return not any(tab.held_typing() for tab, _held in holding)
    return False


def go_back_to_held_row(reselect: Callable[[], None], focus: Callable[[], None]) -> None:
    """After Go back: select the row (account, goal, person, cell) whose typing is held again
    and put the cursor into the held field.

    It is selected now and once more when the events of the moment are done: a mouse click
    selects its row only after the question it caused has been answered.
    """
    reselect()
    QTimer.singleShot(0, reselect)
    focus()


def ask_about_held_typing(parent: QWidget, heading: str,
                          holding: Sequence[tuple[str, Sequence[HeldTyping]]]) -> Button:
    """The box: each held field with its refusal; Cancel (Go back), Discard or Save.

    ``holding``: (the area's title, or "" for none, and its held fields) per tab.
    """
    lines = []
    for area, held in holding:
        for field in held:
            reason = field.refusal or translate(
                "LeaveGuard", "valid, held until the others are corrected"
            )
            if area:
                line = translate("LeaveGuard", "%1 › %2 – %3").replace("%1", area)
                lines.append(line.replace("%2", field.field).replace("%3", reason))
            else:
                line = translate("LeaveGuard", "%1 – %2").replace("%1", field.field)
                lines.append(line.replace("%2", reason))
    offer_save = any(not field.refusal for _area, held in holding for field in held)
    question = (
        translate("LeaveGuard", "Go back and correct them, save the others and discard only "
                                "the refused ones, or discard them all?")
        if offer_save
        else translate("LeaveGuard", "Go back and correct them, or discard them?")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("LeaveGuard", "Changes not saved"),
        heading,
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
