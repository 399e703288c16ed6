"""The Opportunities tab driven as a user would: the form, winning, undo, pipeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain import palette
from kamdesk.domain.enums import CellStatus, OpportunityStatus, OpportunityType
from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import create_offering, create_stage, list_stages
from kamdesk.services.growth.opportunity_editing import create_opportunity, list_opportunities
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.growth.opportunities_tab import OpportunitiesTab
from kamdesk.ui.growth.opportunity_dialog import OpportunityDialog
from kamdesk.ui.growth.opportunity_table_model import OPPORTUNITY_COLUMNS
from kamdesk.ui.growth.whitespace_tab import WhitespaceTab


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db)


@pytest.fixture
def account(db: Database) -> int:
    with db.session() as session:
        row = Account(name="Acme")
        session.add(row)
        session.flush()
        account_id = row.id
    create_stage(db, "Lead", 10)
    create_stage(db, "Proposal", 50)
    return account_id


def _tab(qtbot: QtBot, context: AppContext, account: int) -> OpportunitiesTab:
    tab = OpportunitiesTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_account(account)
    return tab


def _fill_and_accept(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: object) -> None:
    """Make the next dialog run ``fill(dialog)`` as the user, then press OK."""

    def run(dialog: OpportunityDialog) -> int:
        fill(dialog)  # type: ignore[operator]
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OpportunityDialog, "exec", run)


def test_add_through_the_form_with_stage_probability_and_undo(
    qtbot: QtBot, context: AppContext, account: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = context.db
    tab = _tab(qtbot, context, account)

    def fill(dialog: OpportunityDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Maintenance renewal")
        dialog.type_box.setCurrentIndex(dialog.type_box.findData("renewal"))
        qtbot.keyClicks(dialog.value_edit, "24000")
        dialog.stage_box.setCurrentIndex(1)
        dialog.stage_box.activated.emit(1)  # as a user's choice does
        assert dialog.probability.value() == 50  # the stage's default is proposed
        dialog.close_check.setChecked(True)
        dialog.close_date.setDate(QDate(2031, 2, 10))

    _fill_and_accept(monkeypatch, qtbot, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [row] = list_opportunities(db, account)
    assert (row.title, row.type, row.value, row.probability, row.stage) == (
        "Maintenance renewal", OpportunityType.RENEWAL, Decimal(24000), 50, "Proposal")
    assert row.expected_close == date(2031, 2, 10)
    assert tab.model.rowCount() == 1
    assert tab.quarters.rowCount() == 1
    context.undo_stack(account).undo()
    assert list_opportunities(db, account) == []


def test_the_form_refuses_bad_input_at_the_field(
    qtbot: QtBot, context: AppContext, account: int
) -> None:
    tab = _tab(qtbot, context, account)
    dialog = tab.make_dialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.value_edit, "-100")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.title_error.isHidden()
    assert "negative" in dialog.value_error.text()
    dialog.value_edit.setText("12x")
    assert dialog.values() is None
    assert "Enter an amount" in dialog.value_error.text()
    assert dialog.probability.maximum() == 100  # a probability above 100 cannot be typed
    assert list_opportunities(context.db, account) == []


def test_an_opportunity_from_a_cell_won_marks_the_cell_active(
    qtbot: QtBot, context: AppContext, account: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = context.db
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES", list_price=Decimal(5000))
    whitespace = WhitespaceTab(context)
    qtbot.addWidget(whitespace)
    whitespace.show()
    whitespace.set_account(account)
    whitespace.view.setCurrentIndex(whitespace.model.index(0, 0))
    qtbot.mouseClick(whitespace.panel.opportunity_button, Qt.MouseButton.LeftButton)
    assert ws.get_cell(db, unit, offering).status is CellStatus.IN_PROGRESS

    tab = _tab(qtbot, context, account)
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)

    def fill(dialog: OpportunityDialog) -> None:
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("won"))

    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    _fill_and_accept(monkeypatch, qtbot, fill)
    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert asked and "active" in asked[0]
    [row] = list_opportunities(db, account)
    assert row.status is OpportunityStatus.WON
    assert row.closed_on == date.today()
    assert ws.get_cell(db, unit, offering).status is CellStatus.ACTIVE
    assert whitespace.model.index(0, 0).data().startswith("●")
    assert tab.figures.won.value.text() != "–"

    context.undo_stack(account).undo()  # one step: the win and the cell
    assert list_opportunities(db, account)[0].status is OpportunityStatus.OPEN
    assert ws.get_cell(db, unit, offering).status is CellStatus.IN_PROGRESS


def test_filter_and_delete(qtbot: QtBot, context: AppContext, account: int) -> None:
    db = context.db
    lead = list_stages(db)[0].id
    create_opportunity(db, account, {"title": "Open one", "type": OpportunityType.UPSELL,
                                     "stage_id": lead})
    create_opportunity(db, account, {"title": "Lost one", "type": OpportunityType.UPSELL,
                                     "stage_id": lead, "status": OpportunityStatus.LOST,
                                     "lost_reason": "Price"})
    tab = _tab(qtbot, context, account)
    assert tab.proxy.rowCount() == 2
    tab.status_filter.setCurrentIndex(1)
    assert tab.proxy.rowCount() == 1
    tab.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "lost")
    assert tab.proxy.rowCount() == 1
    assert "Price" in tab.proxy.index(0, 8).data()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in list_opportunities(db, account)] == ["Open one"]
    context.undo_stack(account).undo()
    assert len(list_opportunities(db, account)) == 2


def test_models_pass_the_model_tester(
    qtmodeltester: object, qtbot: QtBot, context: AppContext, account: int
) -> None:
    lead = list_stages(context.db)[0].id
    create_opportunity(context.db, account, {
        "title": "A", "type": OpportunityType.UPSELL, "stage_id": lead,
        "value": Decimal(100), "probability": 40, "expected_close": date(2030, 1, 5)})
    tab = _tab(qtbot, context, account)
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.proxy)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.quarters)  # type: ignore[attr-defined]


def test_the_table_shows_status_colours_notes_and_sorts_an_open_close_date_last(
    qtbot: QtBot, context: AppContext, account: int
) -> None:
    db = context.db
    lead = list_stages(db)[0].id
    base = {"type": OpportunityType.UPSELL, "stage_id": lead, "value": Decimal(100),
            "probability": 40}
    create_opportunity(db, account, {**base, "title": "Open, no date", "notes": "Call Jo"})
    create_opportunity(db, account, {**base, "title": "Won", "status": OpportunityStatus.WON,
                                     "expected_close": date(2030, 3, 1)})
    create_opportunity(db, account, {**base, "title": "Lost", "status": OpportunityStatus.LOST,
                                     "lost_reason": "Price", "expected_close": date(2030, 1, 1)})
    tab = _tab(qtbot, context, account)
    model = tab.model
    texts = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    status = OPPORTUNITY_COLUMNS.index("status")
    assert model.index(texts["Lost"], status).data() == "Lost – Price"
    assert model.index(texts["Lost"], status).data(Qt.ItemDataRole.ToolTipRole) == "Lost – Price"
    assert model.index(texts["Open, no date"], 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Open, no date\nCall Jo"
    )
    assert model.index(texts["Open, no date"], 0).data(Qt.ItemDataRole.ForegroundRole) is None
    won = model.index(texts["Won"], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(won) == QColor(palette.GREEN)

    tab.table.sortByColumn(OPPORTUNITY_COLUMNS.index("expected_close"),
                           Qt.SortOrder.AscendingOrder)
    shown = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert shown == ["Lost", "Won", "Open, no date"]
