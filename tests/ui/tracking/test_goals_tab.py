"""The Goals tab driven as a user would: add a goal, type its fields, add updates, undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Direction, GoalKind, GoalStatus
from kamdesk.services.tracking import goal_editing as goals
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, TeamMember
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.tracking.goal_table_model import GoalTableModel
from kamdesk.ui.tracking.goal_updates_panel import GoalUpdateModel
from kamdesk.ui.tracking.goals_tab import GoalsTab
from tests.ui.conftest import show_active, type_and_leave


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Nordlicht GmbH")
        session.add_all([account, TeamMember(name="Jörg Weiß")])
        session.flush()
        return account.id


def open_tab(qtbot: QtBot, context: AppContext, account_id: int) -> GoalsTab:
    tab = GoalsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    return tab


def only_goal(db: Database, account_id: int) -> goals.GoalRow:
    (goal,) = goals.list_goals(db, account_id)
    return goal


def test_add_goal_type_fields_and_an_update(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)
    qtbot.mouseClick(tab.customer.add_button, Qt.MouseButton.LeftButton)
    assert only_goal(db, account_id).kind is GoalKind.CUSTOMER
    assert tab.form.title_edit.hasFocus()  # ready to type the title

    type_and_leave(qtbot, tab.form.title_edit, "Raise line uptime")
    type_and_leave(qtbot, tab.form.metric_edit, "Uptime")
    type_and_leave(qtbot, tab.form.baseline_edit, "90")
    type_and_leave(qtbot, tab.form.target_edit, "99.5")
    goal = only_goal(db, account_id)
    assert (goal.title, goal.metric, goal.baseline, goal.target) == (
        "Raise line uptime", "Uptime", Decimal(90), Decimal("99.5")
    )

    panel = tab.updates
    panel.day_edit.setDate(QDate.currentDate())
    panel.value_edit.setFocus()
    qtbot.keyClicks(panel.value_edit, "95")
    qtbot.keyClicks(panel.note_edit, "after the retrofit")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    goal = only_goal(db, account_id)
    assert [(u.value, u.note) for u in goal.updates] == [(Decimal(95), "after the retrofit")]
    assert goal.current == Decimal(95)
    assert panel.model.rowCount() == 1
    assert panel.chart.updates.count() == 1

    # Ctrl+Z takes the update back, then the target.
    context.undo_stack(account_id).undo()
    assert only_goal(db, account_id).updates == ()
    context.undo_stack(account_id).undo()
    assert only_goal(db, account_id).target == Decimal(100)

    # A fresh tab reads what was stored.
    fresh = open_tab(qtbot, context, account_id)
    fresh.select_goal(goal.id)
    assert fresh.form.title_edit.text() == "Raise line uptime"
    assert fresh.customer.model.rowCount() == 1 and fresh.internal.model.rowCount() == 0


def test_invalid_input_is_refused_at_the_field(
    qtbot: QtBot, context: AppContext, db: Database, account_id: int
) -> None:
    tab = open_tab(qtbot, context, account_id)
    qtbot.mouseClick(tab.internal.add_button, Qt.MouseButton.LeftButton)
    form = tab.form

    type_and_leave(qtbot, form.baseline_edit, "a lot")
    assert "number" in form.rows["baseline"].error()
    type_and_leave(qtbot, form.target_edit, "0")  # equal to the baseline of 0
    assert "differ" in form.rows["target"].error()
    type_and_leave(qtbot, form.target_edit, "-5")  # below the baseline of an increasing goal
    assert "above the baseline" in form.rows["target"].error()

    start = only_goal(db, account_id).start_on
    form.due_edit.setFocus()
    form.due_edit.setDate(QDate(start).addDays(-1))
    form.start_edit.setFocus()  # leaving the field finishes the edit
    assert "before the start" in form.rows["due_on"].error()

    panel = tab.updates
    panel.value_edit.setFocus()
    qtbot.keyClicks(panel.value_edit, "n/a")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert "number" in panel.value_row.error()

    goal = only_goal(db, account_id)
    assert (goal.baseline, goal.target, goal.due_on > goal.start_on, goal.updates) == (
        Decimal(0), Decimal(100), True, ()
    )


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, db: Database, account_id: int
) -> None:
    goal_id = goals.create_goal(db, account_id, {
        "kind": GoalKind.CUSTOMER, "title": "Cut scrap", "unit": "%",
        "direction": Direction.DECREASE, "baseline": Decimal(8), "target": Decimal(4),
        "start_on": date(2024, 1, 1), "due_on": date(2024, 12, 31),
    })
    goals.add_goal_update(db, goal_id, date(2024, 6, 1), Decimal(6), "half way")
    rows = goals.list_goals(db, account_id, date(2024, 7, 1))
    assert rows[0].status is GoalStatus.ON_TRACK
    model = GoalTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    updates = GoalUpdateModel()
    updates.set_rows(rows[0].updates)
    qtmodeltester.check(updates)
