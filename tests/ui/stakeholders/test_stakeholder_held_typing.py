"""A refused field of the stakeholder form keeps its typing, and is asked about before it
would be thrown away: another person selected (a click, the arrow keys, the map), a person
added or this one deleted. Go back returns to the person with the cursor in the field;
Discard changes goes on. Reading the people again (F5) keeps the typing and its refusal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kamdesk.services.stakeholders.stakeholder_editing import (
    create_stakeholder,
    list_stakeholders,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab
from tests.ui.conftest import show_active, type_and_leave
from tests.ui.held_typing_answers import Button, answer_boxes


@pytest.fixture
def tab(qtbot: QtBot, db: Database) -> StakeholdersTab:
    """Anton Zeller and Maria Berger at Acme, the table on screen."""
    with db.session() as session:
        session.add(Account(name="Acme"))
    create_stakeholder(db, 1, {"name": "Maria Berger", "title": "CEO"})
    create_stakeholder(db, 1, {"name": "Anton Zeller", "title": "CFO"})
    shown = StakeholdersTab(AppContext(db))
    qtbot.addWidget(shown, before_close_func=lambda t: t.discard_held_typing())
    shown.resize(1280, 800)
    show_active(qtbot, shown)
    shown.set_account(1)
    return shown


def click_person(qtbot: QtBot, tab: StakeholdersTab, name: str) -> None:
    proxy = tab.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    rect = tab.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def selected_names(tab: StakeholdersTab) -> list[str]:
    return [i.data() for i in tab.table.selectionModel().selectedRows()]


def emails(db: Database) -> dict[str, str]:
    return {r.name: r.email for r in list_stakeholders(db, 1).rows}


def hold_bad_email(qtbot: QtBot, tab: StakeholdersTab) -> None:
    click_person(qtbot, tab, "Anton Zeller")
    assert tab.form.name_edit.text() == "Anton Zeller"
    type_and_leave(qtbot, tab.form.email_edit, "anton at acme")
    assert "not an e-mail address" in tab.form.error_text("email")


def back_on_anton(qtbot: QtBot, tab: StakeholdersTab) -> None:
    qtbot.waitUntil(lambda: selected_names(tab) == ["Anton Zeller"], timeout=2_000)
    assert tab.form.name_edit.text() == "Anton Zeller"
    assert tab.form.email_edit.text() == "anton at acme"
    assert "not an e-mail address" in tab.form.error_text("email")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.form.email_edit, timeout=2_000)


def test_a_refused_email_is_held_and_another_person_asks_first(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    assert [h.field for h in tab.held_typing()] == ["E-mail"]
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_person(qtbot, tab, "Maria Berger")
    assert len(answers.asked) == 1
    assert "Some changes to “Anton Zeller” could not be saved:" in answers.texts[0]
    assert "• E-mail – This is not an e-mail address" in answers.texts[0]
    back_on_anton(qtbot, tab)
    assert emails(db) == {"Anton Zeller": "", "Maria Berger": ""}
    # Corrected, it is saved as any field.
    type_and_leave(qtbot, tab.form.email_edit, "anton@acme.example")
    assert emails(db)["Anton Zeller"] == "anton@acme.example"
    assert tab.held_typing() == [] and len(answers.asked) == 1


def test_an_arrow_key_with_discard_shows_the_other_person(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Discard)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)  # sorted by name: Maria after Anton
    assert len(answers.asked) == 1
    assert tab.form.name_edit.text() == "Maria Berger" and tab.form.email_edit.text() == ""
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)  # nothing held any more: no box
    assert len(answers.asked) == 1
    assert tab.form.email_edit.text() == "" and tab.form.error_text("email") == ""
    assert emails(db) == {"Anton Zeller": "", "Maria Berger": ""}


def test_the_map_asks_too(
    qtbot: QtBot, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    tab.show_map()
    maria = next(r.id for r in tab.rows if r.name == "Maria Berger")
    tab.map_view.person_selected.emit(maria)  # a click on her card
    assert len(answers.asked) == 1
    assert tab.form.name_edit.text() == "Anton Zeller"
    assert tab.form.email_edit.text() == "anton at acme"


def test_an_emptied_name_is_held_and_adding_a_person_asks_first(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_person(qtbot, tab, "Anton Zeller")
    type_and_leave(qtbot, tab.form.name_edit, "")
    assert "name" in tab.form.error_text("name")
    answers = answer_boxes(monkeypatch, Button.Cancel, Button.Discard)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and "• Name – " in answers.texts[0]
    assert len(list_stakeholders(db, 1).rows) == 2  # nothing added
    assert tab.form.name_edit.text() == ""
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2
    assert sorted(r.name for r in list_stakeholders(db, 1).rows) == [
        "Anton Zeller", "Maria Berger", "New person"
    ]


def test_reading_again_keeps_the_typing_and_its_refusal(
    qtbot: QtBot, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Discard)
    tab.reload()  # F5, an import, a colleague's change
    assert answers.asked == []
    assert tab.form.email_edit.text() == "anton at acme"
    assert "not an e-mail address" in tab.form.error_text("email")


def test_nothing_held_nothing_asked(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_person(qtbot, tab, "Anton Zeller")
    type_and_leave(qtbot, tab.form.email_edit, "anton@acme.example")
    click_person(qtbot, tab, "Maria Berger")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert answers.asked == []
    assert emails(db)["Anton Zeller"] == "anton@acme.example"
    assert len(list_stakeholders(db, 1).rows) == 3


def test_a_right_click_on_another_person_asks_once_and_keeps_the_typing(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    popped: list[object] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _where, _action=None: popped.append(menu))
    proxy = tab.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Maria Berger")
    where = tab.table.visualRect(proxy.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.RightButton, pos=where)
    tab.table.customContextMenuRequested.emit(where)  # what the right click asks for
    assert len(answers.asked) == 1 and len(popped) == 1
    back_on_anton(qtbot, tab)
    assert emails(db)["Anton Zeller"] == ""


def test_saving_another_field_keeps_the_held_one(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    type_and_leave(qtbot, tab.form.title_edit, "Chief Financial Officer")  # valid: saved
    anton = next(r for r in list_stakeholders(db, 1).rows if r.name == "Anton Zeller")
    assert (anton.title, anton.email) == ("Chief Financial Officer", "")
    assert tab.form.email_edit.text() == "anton at acme"
    assert "not an e-mail address" in tab.form.error_text("email")
    answers = answer_boxes(monkeypatch, Button.Cancel)
    click_person(qtbot, tab, "Maria Berger")
    assert len(answers.asked) == 1
    back_on_anton(qtbot, tab)


def test_deleting_the_person_asks_about_the_typing_first(
    qtbot: QtBot, db: Database, tab: StakeholdersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold_bad_email(qtbot, tab)
    answers = answer_boxes(monkeypatch, Button.Cancel)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    # Go back: the deletion is not even asked about (its question would wait for a click).
    assert len(answers.asked) == 1 and "• E-mail – " in answers.texts[0]
    back_on_anton(qtbot, tab)
    assert len(list_stakeholders(db, 1).rows) == 2
