"""The stakeholder context menu: export what we hold, erase a person (confirmed, no undo)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import InteractionKind
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.backup_files import write_backup
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, ActionItem, Interaction, Stakeholder, interaction_stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.stakeholder_table_model import NAME
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab
from tests.ui.conftest import type_and_leave

# A context menu pops up: the offscreen platform cannot raise it or give it the keyboard,
# and says so; a real display can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

NAME_OF_ANNA = "Anna Quist"
EMAIL = "anna.quist@acme.example"


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session() as session:
        session.add(Account(name="Acme"))
    boss = create_stakeholder(db, 1, {"name": "Maria Berger"})
    anna = create_stakeholder(db, 1, {"name": NAME_OF_ANNA, "email": EMAIL,
                                      "phone": "+49 30 5550123", "reports_to_id": boss,
                                      "notes": "Loves detail."})
    with db.session() as session:
        meeting = Interaction(account_id=1, occurred_on=date(2026, 5, 4),
                              kind=InteractionKind.MEETING,
                              summary=f"Workshop; {NAME_OF_ANNA} asked for a pilot.")
        session.add(meeting)
        session.add(ActionItem(account_id=1, title=f"Send {NAME_OF_ANNA} the pilot offer"))
        session.flush()
        session.execute(interaction_stakeholder.insert(),
                        [{"interaction_id": meeting.id, "stakeholder_id": anna}])
    return {"boss": boss, "anna": anna}


def open_tab(qtbot: QtBot, db: Database) -> tuple[StakeholdersTab, AppContext]:
    context = AppContext(db)
    tab = StakeholdersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_account(1)
    return tab, context


def right_click_row(tab: StakeholdersTab, person_id: int) -> None:
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_id(person_id), NAME))
    position = tab.table.visualRect(row).center()
    tab.table.customContextMenuRequested.emit(position)


def menu_action(tab: StakeholdersTab, text: str) -> None:
    menu = tab.personal_data.menu
    assert menu is not None and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == text)
    menu.hide()
    action.trigger()


def stored_person(db: Database, person_id: int) -> Stakeholder:
    with db.session() as session:
        person = session.get(Stakeholder, person_id)
        assert person is not None
        return person


def test_erasing_from_the_table_menu_confirms_erases_and_clears_the_undo_history(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["anna"])
    type_and_leave(qtbot, tab.form.title_edit, "Head of Quality")
    assert context.undo_stack(1).count() == 1  # an edit whose undo would bring old values
    heard: list[Change] = []
    context.changed.connect(heard.append)

    right_click_row(tab, people["anna"])
    menu_action(tab, "Erase this person…")

    dialog = tab.personal_data.dialog
    assert dialog is not None and dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(type(tab.count_label)))
    assert "Erase Anna Quist for good?" in texts and "cannot be undone" in texts
    listed = [dialog.mentions_list.item(i).text() for i in range(dialog.mentions_list.count())]
    assert listed == [f"Action: Send {NAME_OF_ANNA} the pilot offer"]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.personal_data.summary is not None, timeout=20_000)

    person = stored_person(db, people["anna"])
    assert (person.name, person.email, person.phone, person.notes, person.title) == (
        "Former contact 1", "", "", "", "")
    assert person.reports_to_id == people["boss"]
    assert context.undo_stack(1).count() == 0 and not context.undo_stack(1).canUndo()
    assert {change.kind for change in heard} >= {DataKind.STAKEHOLDERS, DataKind.INTERACTIONS}
    shown = [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())]
    assert "Former contact 1" in shown and NAME_OF_ANNA not in shown
    summary = tab.personal_data.summary
    assert summary is not None
    assert "they now appear as Former contact 1" in summary.text()
    assert f"Action: Send {NAME_OF_ANNA} the pilot offer" in summary.text()
    with db.session() as session:
        assert session.get(Interaction, 1).summary == (  # type: ignore[union-attr]
            "Workshop; Former contact 1 asked for a pilot.")


def test_cancel_erases_nothing(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    tab, _context = open_tab(qtbot, db)
    right_click_row(tab, people["anna"])
    menu_action(tab, "Erase this person…")
    dialog = tab.personal_data.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored_person(db, people["anna"]).name == NAME_OF_ANNA
    assert tab.personal_data.operation is None


def test_backups_are_listed_and_purged_when_ticked(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    assert db.location.path is not None
    backup = write_backup(db.location.path, "manual")
    tab, _context = open_tab(qtbot, db)
    right_click_row(tab, people["anna"])
    menu_action(tab, "Erase this person…")
    dialog = tab.personal_data.dialog
    assert dialog is not None
    assert dialog.backups_list.count() == 1 and dialog.purge_check.isVisible()
    check = dialog.purge_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert check.isChecked()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.personal_data.summary is not None, timeout=20_000)
    assert "also erased from 1 backups" in tab.personal_data.summary.text()  # type: ignore[union-attr]
    assert EMAIL.encode() not in backup.read_bytes()


def test_the_map_menu_exports_what_we_hold_as_json(
    qtbot: QtBot, db: Database, people: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, _context = open_tab(qtbot, db)
    tab.show_map()
    card = tab.map_view.scene.cards[people["anna"]]
    view = tab.map_view.view
    target = tmp_path / "anna.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), "JSON file (*.json)"))
    view.centerOn(card)
    view.customContextMenuRequested.emit(view.mapFromScene(card.sceneBoundingRect().center()))
    assert tab.selected_id() == people["anna"]
    menu_action(tab, "Export what we hold about this person…")

    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["name"], data["email"]) == (NAME_OF_ANNA, EMAIL)
    assert [line["other_name"] for line in data["lines"]] == ["Maria Berger"]
    assert [action["title"] for action in data["actions"]] == [
        f"Send {NAME_OF_ANNA} the pilot offer"]


def test_source_and_lawful_basis_are_edited_in_the_form_and_undone(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["anna"])
    type_and_leave(qtbot, tab.form.source_edit, "business card 2025-03")
    tab.form.lawful_basis_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(tab.form.lawful_basis_edit, "legitimate interest")
    tab.form.title_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    person = stored_person(db, people["anna"])
    assert (person.source, person.lawful_basis) == ("business card 2025-03",
                                                    "legitimate interest")
    context.undo_stack(1).undo()
    context.undo_stack(1).undo()
    person = stored_person(db, people["anna"])
    assert (person.source, person.lawful_basis) == ("", "")
    type_and_leave(qtbot, tab.form.source_edit, "x" * 201)
    assert "longer than 200" in tab.form.error_text("source")
