"""Tests of the Stakeholders tab: table, form editing with undo, refusals at the field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain import palette
from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.services.stakeholders.stakeholder_editing import (
    create_stakeholder,
    list_stakeholders,
    update_stakeholder,
)
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.services.stakeholders.stakeholder_links import create_link, list_links
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, TeamMember
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.stakeholder_palette import FRESHNESS_COLOURS
from kamdesk.ui.stakeholders.stakeholder_table_model import (
    LEFT_COLOUR,
    StakeholderFilterProxy,
    StakeholderTableModel,
)
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session() as session:
        session.add(Account(name="Acme"))
        session.add(TeamMember(name="Jörg Weiß"))
    ids = {"ceo": create_stakeholder(db, 1, {"name": "Maria Berger", "title": "CEO"})}
    ids["cfo"] = create_stakeholder(
        db, 1, {"name": "Anton Zeller", "title": "CFO", "reports_to_id": ids["ceo"],
                "attitude": Attitude.SCEPTIC, "department": "Finance"},
    )
    ids["clerk"] = create_stakeholder(
        db, 1, {"name": "Carl Clerk", "reports_to_id": ids["cfo"], "department": "Finance"}
    )
    ids["gone"] = create_stakeholder(db, 1, {"name": "Gerd Gone", "left_on": date(2024, 1, 1)})
    return ids


def stored(db: Database, person_id: int) -> StakeholderRow:
    return next(r for r in list_stakeholders(db, 1).rows if r.id == person_id)


def open_tab(qtbot: QtBot, db: Database) -> tuple[StakeholdersTab, AppContext]:
    context = AppContext(db)
    tab = StakeholdersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # Tab moves focus only in the active window
    tab.set_account(1)
    return tab, context


def test_models_pass_the_model_tester(qtmodeltester, db: Database, people: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    model = StakeholderTableModel()
    model.set_rows(list_stakeholders(db, 1).rows)
    qtmodeltester.check(model)
    proxy = StakeholderFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("finance")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    proxy.set_search_text("")
    proxy.set_show_left(False)
    assert proxy.rowCount() == 3


def test_typing_in_the_form_is_stored_and_undone(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["cfo"])
    tab.form.title_edit.setFocus()
    tab.form.title_edit.selectAll()
    qtbot.keyClicks(tab.form.title_edit, "Chief Financial Officer")
    qtbot.keyClick(tab.form.title_edit, Qt.Key.Key_Tab)
    assert stored(db, people["cfo"]).title == "Chief Financial Officer"
    tab.form.email_edit.setFocus()
    qtbot.keyClicks(tab.form.email_edit, "anton@acme.example")
    qtbot.keyClick(tab.form.email_edit, Qt.Key.Key_Return)
    assert stored(db, people["cfo"]).email == "anton@acme.example"
    stack = context.undo_stack(1)
    stack.undo()
    stack.undo()  # two edits of one row: both undo cleanly, versions and all
    assert stored(db, people["cfo"]).title == "CFO"
    assert stored(db, people["cfo"]).email == ""
    stack.redo()
    # A fresh tab reads what was stored.
    fresh, _ = open_tab(qtbot, db)
    fresh.select_person(people["cfo"])
    assert fresh.form.title_edit.text() == "Chief Financial Officer"


def test_bad_email_is_refused_at_the_field(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["cfo"])
    tab.form.email_edit.setFocus()
    qtbot.keyClicks(tab.form.email_edit, "anton at acme")
    qtbot.keyClick(tab.form.email_edit, Qt.Key.Key_Tab)
    assert "not an e-mail address" in tab.form.error_text("email")
    assert stored(db, people["cfo"]).email == ""
    assert context.undo_stack(1).count() == 0


def test_reports_to_cycle_is_refused_in_the_form(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["ceo"])
    combo = tab.form.reports_to_combo
    combo.setCurrentIndex(combo.findData(people["clerk"]))
    combo.activated.emit(combo.currentIndex())
    assert "loop" in tab.form.error_text("reports_to_id")
    assert stored(db, people["ceo"]).reports_to_id is None
    assert context.undo_stack(1).count() == 0


def test_attitude_choice_is_coloured_in_the_table_and_undoable(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["cfo"])
    combo = tab.form.attitude_combo
    combo.setCurrentIndex(combo.findData("champion"))
    combo.activated.emit(combo.currentIndex())
    assert stored(db, people["cfo"]).attitude is Attitude.CHAMPION
    row = tab.model.row_of_id(people["cfo"])
    assert tab.model.index(row, 4).data() == "Champion"
    badge = tab.model.index(row, 4).data(Qt.ItemDataRole.DecorationRole)
    assert badge.name() == palette.GREEN.lower()  # the printed plan's green too
    qtbot.keyClick(tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no shortcut here
    context.undo_stack(1).undo()
    assert stored(db, people["cfo"]).attitude is Attitude.SCEPTIC


def test_add_and_delete_are_undoable(
    qtbot: QtBot, db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, context = open_tab(qtbot, db)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    new_id = tab.selected_id()
    assert new_id is not None and stored(db, new_id).name == "New person"
    qtbot.keyClicks(tab.form.name_edit, "Nina Neu")
    qtbot.keyClick(tab.form.name_edit, Qt.Key.Key_Tab)
    assert stored(db, new_id).name == "Nina Neu"

    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.select_person(people["cfo"])
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "1 people who report to them" in asked[0]
    assert people["cfo"] not in {r.id for r in list_stakeholders(db, 1).rows}
    assert stored(db, people["clerk"]).reports_to_id is None
    stack = context.undo_stack(1)
    stack.undo()
    assert stored(db, people["clerk"]).reports_to_id == people["cfo"]
    stack.undo()
    stack.undo()
    assert new_id not in {r.id for r in list_stakeholders(db, 1).rows}


def test_filter_and_people_who_left(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    tab, _context = open_tab(qtbot, db)
    assert tab.proxy.rowCount() == 4
    qtbot.keyClicks(tab.search_edit, "zell")
    assert tab.proxy.rowCount() == 2  # Anton Zeller, and Carl who reports to him
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "cfo")
    assert tab.proxy.rowCount() == 1
    tab.search_edit.clear()
    tab.show_left_check.setChecked(False)
    assert tab.proxy.rowCount() == 3
    assert "3 of 4" in tab.count_label.text()


def test_informal_lines_from_the_form(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    create_link(db, people["cfo"], people["ceo"], LinkKind.INFLUENCES)
    tab, context = open_tab(qtbot, db)
    tab.select_person(people["cfo"])
    assert tab.form.links_list.count() == 1
    form = tab.form
    form.link_kind_combo.setCurrentIndex(form.link_kind_combo.findData("influences"))
    form.link_target_combo.setCurrentIndex(form.link_target_combo.findData(people["ceo"]))
    qtbot.mouseClick(form.add_link_button, Qt.MouseButton.LeftButton)
    assert "already drawn" in form.error_text("link")
    form.link_kind_combo.setCurrentIndex(form.link_kind_combo.findData("conflict"))
    form.link_target_combo.setCurrentIndex(form.link_target_combo.findData(people["clerk"]))
    qtbot.mouseClick(form.add_link_button, Qt.MouseButton.LeftButton)
    assert form.error_text("link") == ""
    assert {(x.to_id, x.kind) for x in list_links(db, 1)} == {
        (people["ceo"], LinkKind.INFLUENCES), (people["clerk"], LinkKind.CONFLICT)
    }
    context.undo_stack(1).undo()
    assert len(list_links(db, 1)) == 1


def test_the_table_shows_who_left_and_sorts_by_last_contact(
    db: Database, people: dict[str, int]
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    update_stakeholder(db, people["cfo"], None, {"last_contact": date(2020, 5, 4)})
    update_stakeholder(db, people["ceo"], None, {"last_contact": date.today()})
    model = StakeholderTableModel()
    model.set_rows(list_stakeholders(db, 1).rows)
    gone = model.row_of_id(people["gone"])
    cfo = model.row_of_id(people["cfo"])
    assert model.index(gone, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(cfo, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(gone, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Left the company on 1/1/2024; kept for the history, not on the map."
    )
    assert model.index(gone, 8).data(Qt.ItemDataRole.ForegroundRole) == LEFT_COLOUR
    # Only the last-contact cell of a stale contact is red; the rest of the row is not.
    assert model.index(cfo, 8).data(Qt.ItemDataRole.ForegroundRole) == FRESHNESS_COLOURS["stale"]
    assert model.index(cfo, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(cfo, 5).data(Qt.ItemDataRole.ToolTipRole) == "Influence 3 of 5"
    assert model.index(cfo, 5).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter
    )
    proxy = StakeholderFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(8, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Carl Clerk", "Gerd Gone", "Anton Zeller", "Maria Berger"  # never, never, 2020, today
    ]
