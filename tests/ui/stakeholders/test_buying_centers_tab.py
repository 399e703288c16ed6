"""Tests of the Buying centers tab: centers, members, roles, coverage, refusals, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Attitude, BuyingRole
from kamdesk.services.stakeholders.buying_center_editing import (
    add_member,
    create_buying_center,
    load_buying_centers,
)
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, TeamMember
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.buying_center_models import (
    M_ROLE,
    BuyingCenterListModel,
    MemberTableModel,
)
from kamdesk.ui.stakeholders.buying_centers_tab import BuyingCentersTab


@pytest.fixture
def setup(db: Database) -> dict[str, int]:
    with db.session() as session:
        session.add(Account(name="Acme"))
        session.add(TeamMember(name="Jörg Weiß"))
    ids = {
        "cio": create_stakeholder(db, 1, {"name": "Clara Cio", "department": "IT",
                                          "attitude": Attitude.CHAMPION, "owner_id": 1,
                                          "last_contact": date.today()}),
        "buyer": create_stakeholder(db, 1, {"name": "Boris Buyer", "department": "Purchasing",
                                            "attitude": Attitude.BLOCKER, "influence": 5}),
    }
    ids["it"] = create_buying_center(db, 1, "IT procurement")
    ids["seat"] = add_member(db, ids["it"], ids["cio"], BuyingRole.INFLUENCER)
    return ids


def centers(db: Database):  # type: ignore[no-untyped-def]
    return load_buying_centers(db, 1).centers


def role_of(db: Database, name: str) -> BuyingRole:
    return next(m.role for m in centers(db)[0].members if m.name == name)


def open_tab(qtbot: QtBot, db: Database) -> tuple[BuyingCentersTab, AppContext]:
    context = AppContext(db)
    tab = BuyingCentersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_account(1)
    return tab, context


def test_models_pass_the_model_tester(qtmodeltester, db: Database, setup: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    center_model = BuyingCenterListModel()
    center_model.set_centers(centers(db))
    qtmodeltester.check(center_model)
    member_model = MemberTableModel()
    member_model.set_members(centers(db)[0].members)
    qtmodeltester.check(member_model)


def test_coverage_checklist_and_departments(
    qtbot: QtBot, db: Database, setup: dict[str, int]
) -> None:
    tab, _ = open_tab(qtbot, db)
    text = tab.coverage_label.text()
    assert "✗</span> Decider known" in text
    assert "✓</span> Champion in the center" in text
    assert "Purchasing" in tab.departments_label.text()
    assert tab.center_model.index(0).data() == "IT procurement – 1 gap"


def test_add_member_change_role_and_undo(
    qtbot: QtBot, db: Database, setup: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    tab.person_combo.setCurrentIndex(tab.person_combo.findData(setup["buyer"]))
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("decider"))
    qtbot.mouseClick(tab.add_member_button, Qt.MouseButton.LeftButton)
    members = centers(db)[0].members
    assert [(m.name, m.role) for m in members] == [
        ("Clara Cio", BuyingRole.INFLUENCER), ("Boris Buyer", BuyingRole.DECIDER)
    ]
    assert "✓</span> Decider known" in tab.coverage_label.text()
    assert "Boris Buyer" in tab.coverage_label.text()  # a high-influence blocker

    # Change Clara's role in the table, as a user would: open the editor, pick, commit.
    index = tab.member_model.index(0, M_ROLE)
    tab.member_table.setCurrentIndex(index)
    tab.member_table.edit(index)
    editor = tab.member_table.indexWidget(index) or tab.member_table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("gatekeeper"))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the editor commits it
    qtbot.waitUntil(lambda: role_of(db, "Clara Cio") is BuyingRole.GATEKEEPER)

    stack = context.undo_stack(1)
    stack.undo()
    assert role_of(db, "Clara Cio") is BuyingRole.INFLUENCER
    stack.undo()
    assert [m.name for m in centers(db)[0].members] == ["Clara Cio"]


def test_member_cannot_be_seated_twice(qtbot: QtBot, db: Database, setup: dict[str, int]) -> None:
    tab, context = open_tab(qtbot, db)
    tab.person_combo.setCurrentIndex(tab.person_combo.findData(setup["cio"]))
    qtbot.mouseClick(tab.add_member_button, Qt.MouseButton.LeftButton)
    assert tab.member_error.isVisible()
    assert "already a member" in tab.member_error.text()
    assert len(centers(db)[0].members) == 1
    assert context.undo_stack(1).count() == 0


def test_rename_add_and_duplicate_name_refused_at_the_field(
    qtbot: QtBot, db: Database, setup: dict[str, int]
) -> None:
    tab, context = open_tab(qtbot, db)
    qtbot.mouseClick(tab.add_center_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in centers(db)] == ["IT procurement", "New buying center"]
    qtbot.keyClicks(tab.name_edit, "it PROCUREMENT")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Tab)
    assert tab.name_error.isVisible() and "already has" in tab.name_error.text()
    assert [c.name for c in centers(db)] == ["IT procurement", "New buying center"]
    tab.name_edit.setFocus()
    tab.name_edit.selectAll()
    qtbot.keyClicks(tab.name_edit, "Production Berlin")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert not tab.name_error.isVisible()
    assert [c.name for c in centers(db)] == ["IT procurement", "Production Berlin"]
    stack = context.undo_stack(1)
    stack.undo()
    assert [c.name for c in centers(db)] == ["IT procurement", "New buying center"]
    stack.undo()
    assert [c.name for c in centers(db)] == ["IT procurement"]


def test_delete_center_says_what_goes_and_is_undoable(
    qtbot: QtBot, db: Database, setup: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, context = open_tab(qtbot, db)
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(tab.delete_center_button, Qt.MouseButton.LeftButton)
    assert "1 buying-center membership" in asked[0]
    assert centers(db) == ()
    context.undo_stack(1).undo()
    assert [(c.id, len(c.members)) for c in centers(db)] == [(setup["it"], 1)]
