"""The Whitespace tab driven as a user would: keys on the matrix, the side panel, units."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import CellStatus, OpportunityType
from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import (
    create_offering,
    create_stage,
    list_offerings,
)
from kamdesk.services.growth.opportunity_editing import list_opportunities
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.growth.business_units_editor import BusinessUnitListModel
from kamdesk.ui.growth.whitespace_matrix_model import WhitespaceMatrixModel
from kamdesk.ui.growth.whitespace_tab import WhitespaceTab
from kamdesk.ui.settings.catalogue_columns import OFFERING_PRICE, STAGE_PROBABILITY
from kamdesk.ui.settings.catalogue_settings import CatalogueSettingsPage


@dataclass
class Setup:
    """A small account: two units × two offerings, one pipeline stage."""

    context: AppContext
    account: int
    units: tuple[int, int]
    offerings: tuple[int, int]


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.session() as session:
        account = Account(name="Acme")
        session.add(account)
        session.flush()
        account_id = account.id
    units = (ws.create_unit(db, account_id, "Berlin"), ws.create_unit(db, account_id, "Munich"))
    offerings = (create_offering(db, "MES", list_price=Decimal(900)), create_offering(db, "Audit"))
    create_stage(db, "Lead", 10)
    return Setup(AppContext(db), account_id, units, offerings)


def _tab(qtbot: QtBot, setup: Setup) -> WhitespaceTab:
    tab = WhitespaceTab(setup.context)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_account(setup.account)
    return tab


def _click_cell(qtbot: QtBot, tab: WhitespaceTab, row: int, column: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, column))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _status(setup: Setup, unit: int, offering: int) -> CellStatus:
    return ws.get_cell(setup.context.db, setup.units[unit], setup.offerings[offering]).status


def test_status_keys_arrows_and_undo(qtbot: QtBot, setup: Setup) -> None:
    tab = _tab(qtbot, setup)
    _click_cell(qtbot, tab, 0, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_O)
    assert _status(setup, 0, 0) is CellStatus.OPPORTUNITY
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    assert _status(setup, 0, 1) is CellStatus.ACTIVE
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    qtbot.keyClick(tab.view, Qt.Key.Key_C)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert _status(setup, 1, 1) is CellStatus.NOT_RELEVANT
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert _status(setup, 1, 1) is CellStatus.UNKNOWN
    # The matrix shows it by symbol, and the totals row is not a cell.
    assert tab.model.index(0, 0).data().startswith("○")
    assert tab.model.cell_at(tab.model.index(2, 0)) is None

    stack = setup.context.undo_stack(setup.account)
    for _ in range(3):  # Delete, N, C on Munich × Audit
        stack.undo()
    assert _status(setup, 1, 1) is CellStatus.UNKNOWN
    stack.undo()
    assert _status(setup, 0, 1) is CellStatus.UNKNOWN
    stack.undo()
    assert _status(setup, 0, 0) is CellStatus.UNKNOWN
    stack.redo()
    assert _status(setup, 0, 0) is CellStatus.OPPORTUNITY


def test_enter_edits_the_value_and_bad_input_stays_out(qtbot: QtBot, setup: Setup) -> None:
    tab = _tab(qtbot, setup)
    _click_cell(qtbot, tab, 1, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.panel.value_edit.hasFocus()
    qtbot.keyClicks(tab.panel.value_edit, "-5")
    qtbot.keyClick(tab.panel.value_edit, Qt.Key.Key_Return)
    assert tab.panel.value_error.isVisible()
    assert "negative" in tab.panel.value_error.text()
    assert ws.get_cell(setup.context.db, setup.units[1], setup.offerings[0]).id is None

    tab.panel.value_edit.selectAll()
    qtbot.keyClicks(tab.panel.value_edit, "12500")
    qtbot.keyClick(tab.panel.value_edit, Qt.Key.Key_Return)
    assert not tab.panel.value_error.isVisible()
    cell = ws.get_cell(setup.context.db, setup.units[1], setup.offerings[0])
    assert cell.estimated_value == Decimal(12500)
    assert tab.view.hasFocus()

    # A fresh tab reads it back from the database.
    again = _tab(qtbot, setup)
    shown = again.model.cell_at(again.model.index(1, 0))
    assert shown is not None and shown.estimated_value == Decimal(12500)
    assert "13k" in again.model.index(1, 0).data()


def test_create_opportunity_from_a_cell(qtbot: QtBot, setup: Setup) -> None:
    db = setup.context.db
    ws.set_cell(db, setup.units[0], setup.offerings[0], None, {"status": CellStatus.ACTIVE})
    tab = _tab(qtbot, setup)
    _click_cell(qtbot, tab, 0, 0)
    qtbot.mouseClick(tab.panel.opportunity_button, Qt.MouseButton.LeftButton)
    [opportunity] = list_opportunities(db, setup.account)
    assert (opportunity.unit, opportunity.offering, opportunity.type) == (
        "Berlin", "MES", OpportunityType.UPSELL)
    assert opportunity.value == Decimal(900)
    assert _status(setup, 0, 0) is CellStatus.IN_PROGRESS
    setup.context.undo_stack(setup.account).undo()
    assert list_opportunities(db, setup.account) == []
    assert _status(setup, 0, 0) is CellStatus.ACTIVE


def test_business_units_are_added_renamed_and_deleted(
    qtbot: QtBot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = setup.context.db
    tab = _tab(qtbot, setup)
    editor = tab.units_editor
    qtbot.keyClicks(editor.new_name, "Hamburg")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert [u.name for u in ws.list_units(db, setup.account)] == ["Berlin", "Munich", "Hamburg"]
    assert tab.model.unit_count() == 3

    qtbot.keyClicks(editor.new_name, "berlin")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert "already has" in editor.message.text()
    assert len(ws.list_units(db, setup.account)) == 3

    editor.model.setData(editor.model.index(2), "Hamburg Hafen")
    assert ws.list_units(db, setup.account)[2].name == "Hamburg Hafen"

    editor.list_view.setCurrentIndex(editor.model.index(2))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [u.name for u in ws.list_units(db, setup.account)][1] == "Hamburg Hafen"

    ws.set_cell(db, setup.units[0], setup.offerings[0], None, {"status": CellStatus.ACTIVE})
    asked: list[str] = []

    def answer_yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    editor.list_view.setCurrentIndex(editor.model.index(0))
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "1 whitespace cell" in asked[0]
    assert "Berlin" not in [u.name for u in ws.list_units(db, setup.account)]
    setup.context.undo_stack(setup.account).undo()
    assert _status(setup, 0, 0) is CellStatus.ACTIVE


def test_catalogue_offers_to_deactivate_an_offering_in_use(
    qtbot: QtBot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = setup.context.db
    ws.set_cell(db, setup.units[0], setup.offerings[0], None, {"status": CellStatus.ACTIVE})
    page = CatalogueSettingsPage(setup.context)
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    page.offering_view.setCurrentIndex(page.offerings.index(0, 0))
    page.delete_offering()
    assert [(o.name, o.active) for o in list_offerings(db)] == [("MES", False), ("Audit", True)]
    tab = _tab(qtbot, setup)
    assert tab.model.offering_count() == 1  # the column left the matrix
    page.stack.undo()
    assert list_offerings(db)[0].active

    page.offerings.setData(page.offerings.index(1, OFFERING_PRICE), "abc")
    assert "Enter an amount" in page.offering_message.text()
    page.offerings.setData(page.offerings.index(1, OFFERING_PRICE), "-3")
    assert "negative" in page.offering_message.text()
    assert list_offerings(db)[1].list_price is None
    page.stages.setData(page.stages.index(0, STAGE_PROBABILITY), "120")
    assert "0 to 100" in page.stage_message.text()

    qtbot.keyClicks(page.new_stage, "Proposal")
    qtbot.keyClick(page.new_stage, Qt.Key.Key_Return)
    assert [s.name for s in page.stages.rows()] == ["Lead", "Proposal"]


def test_models_pass_the_model_tester(qtmodeltester: object, setup: Setup) -> None:
    db = setup.context.db
    ws.set_cell(db, setup.units[0], setup.offerings[1], None,
                {"status": CellStatus.COMPETITOR, "estimated_value": Decimal(5)})
    model = WhitespaceMatrixModel()
    model.set_matrix(ws.load_matrix(db, setup.account))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    units = BusinessUnitListModel()
    units.set_units(ws.list_units(db, setup.account))
    qtmodeltester.check(units)  # type: ignore[attr-defined]
    page = CatalogueSettingsPage(setup.context)
    qtmodeltester.check(page.offerings)  # type: ignore[attr-defined]
    qtmodeltester.check(page.stages)  # type: ignore[attr-defined]
    page.deleteLater()
    QApplication.processEvents()
