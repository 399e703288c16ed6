"""Every kind of edit, its undo and its redo leave every view as a fresh window shows it.

One window is driven as a user would — a profile field, people added, edited, deleted and
dragged on the map, buying-center members, goals and their updates, actions, revenue typed
and pasted, a review, whitespace cells, an opportunity, a score, competitors, needs, SWOT,
the account team, a new account and a deleted one. After the edit, after Ctrl+Z and after
Ctrl+Shift+Z, what it shows — the sidebar's rows, the header, the dashboard and the data of
every tab — must be what a window opened afresh on the same database shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QChartView, QXYSeries
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CompetitorKind,
    Criterion,
    Direction,
    GoalKind,
    OpportunityType,
    Priority,
    SwotKind,
    TeamRole,
    Tier,
)
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.services.growth.offering_catalogue import create_offering, create_stage
from kamdesk.services.growth.opportunity_editing import create_opportunity
from kamdesk.services.growth.whitespace_editing import create_unit
from kamdesk.services.profile.account_details_editing import (
    add_competitor,
    add_need,
    add_swot_item,
    add_team_role,
)
from kamdesk.services.profile.account_profile_editing import create_account, update_profile
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.services.stakeholders.buying_center_editing import add_member, create_buying_center
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.services.tracking import review_workflow
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.services.tracking.goal_editing import add_goal_update, create_goal
from kamdesk.store.database import Database
from kamdesk.store.orm import RevenueEntry
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.profile.time_zone_field import LocalTimeLabel
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS
from kamdesk.ui.tracking.review_changes_dialog import ReviewChangesDialog
from tests.ui.conftest import show_active, type_and_leave, wait_for_list
from tests.ui.table_editing import type_into_cell

pytestmark = pytest.mark.slow

LEFT = Qt.MouseButton.LeftButton
Edit = Callable[[MainWindow, QtBot], None]


@pytest.fixture
def acme(db: Database) -> int:
    """A key account with a little of everything, and a second account beside it."""
    jo = add_team_member(db, {"name": "Jo Kam"})
    add_team_member(db, {"name": "Sam Service"})
    account = create_account(db, "Acme Chemicals", Tier.KEY)
    update_profile(db, account, None, {"city": "Lyon", "owner_id": jo, "industry": "Chemicals"})
    create_account(db, "Berg Logistics")
    ceo = create_stakeholder(db, account, {"name": "Maria Berger", "title": "CEO"})
    create_stakeholder(db, account, {"name": "Anton Zeller", "reports_to_id": ceo,
                                     "attitude": Attitude.SCEPTIC})
    cto = create_stakeholder(db, account, {"name": "Tina Tech", "reports_to_id": ceo})
    center = create_buying_center(db, account, "IT procurement")
    add_member(db, center, cto, BuyingRole.DECIDER)
    goal = create_goal(db, account, {
        "kind": GoalKind.CUSTOMER, "title": "Raise uptime", "unit": "%",
        "direction": Direction.INCREASE, "baseline": Decimal(90), "target": Decimal(99),
        "start_on": date.today().replace(day=1), "due_on": date(date.today().year + 1, 6, 30),
    })
    add_goal_update(db, goal, date.today(), Decimal(93))
    create_action(db, account, "Send the proposal")
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    with db.session() as session:
        session.add(RevenueEntry(account_id=account, year=year, quarter=quarter,
                                 actual=Decimal("120000")))
    review_workflow.add_review(db, account, {"held_on": date.today().replace(day=1)})
    unit = create_unit(db, account, "Berlin")
    create_unit(db, account, "Munich")
    mes = create_offering(db, "MES", list_price=Decimal(50000))
    create_offering(db, "Audit")
    stage = create_stage(db, "Lead", 10)
    create_opportunity(db, account, {"title": "MES for Berlin", "type": OpportunityType.CROSS_SELL,
                                     "stage_id": stage, "business_unit_id": unit,
                                     "offering_id": mes, "value": Decimal(50000)})
    add_competitor(db, account, {"name": "Rival AG", "kind": CompetitorKind.OURS})
    add_need(db, account, {"title": "Faster delivery", "priority": Priority.HIGH})
    add_swot_item(db, account, SwotKind.STRENGTH, "Brand")
    add_team_role(db, account, {"team_member_id": jo, "role": TeamRole.KAM})
    return account


def _window(context: AppContext, qtbot: QtBot, fresh: bool = False) -> MainWindow:
    window = MainWindow(context)
    window.set_dashboard_widget(DashboardPage(context))
    window.resize(1280, 800)
    if not fresh:  # a fresh window is only read: it need not be on screen
        qtbot.addWidget(window)
        show_active(qtbot, window)
    window.sidebar.reload()
    wait_for_list(qtbot, window)
    return window


# -- what a window shows ----------------------------------------------------------------------


def _model_rows(view: QAbstractItemView) -> list[tuple[Any, ...]]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, and Qt keeps its count private
        columns = 1
    check_state = Qt.ItemDataRole.CheckStateRole
    shown: list[tuple[Any, ...]] = []
    for row in range(model.rowCount(QModelIndex())):
        cells: list[tuple[Any, Any]] = []
        for column in range(columns):
            # One index for both roles: the walk reads every cell of every view 126 times.
            index = model.index(row, column)
            cells.append((index.data(), index.data(check_state)))
        shown.append(tuple(cells))
    return shown


def _chart(view: QChartView) -> list[Any]:
    """What a chart plots (where its items sit depends on the layout of the moment)."""
    plotted: list[Any] = []
    for series in view.chart().series():
        if isinstance(series, QXYSeries):
            plotted.append([(point.x(), point.y()) for point in series.points()])
        elif isinstance(series, QAbstractBarSeries):
            plotted.append([[bar_set.at(i) for i in range(bar_set.count())]
                            for bar_set in series.barSets()])
        else:
            plotted.append(type(series).__name__)
    return plotted


def _scene(view: QGraphicsView) -> list[tuple[str, str, int, int]]:
    shown: list[tuple[Any, ...]] = []
    for item in view.scene().items():
        text = ""
        if isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        point = item.scenePos()
        shown.append((type(item).__name__, text, round(point.x()), round(point.y())))
    return sorted(shown)


#: Where the user picks what to add (not what is stored): their choice stays as it was.
CHOOSERS = {
    "buying_centers": ("person_combo", "role_combo"),
    "goals": ("updates.day_edit",),
}


def _chooser(root: QWidget, path: str) -> QWidget:
    found: Any = root
    for name in path.split("."):
        found = getattr(found, name)
    return found  # type: ignore[no-any-return]


def _widgets(root: QWidget) -> list[Any]:
    """The data of every view and field under ``root`` that the user can see."""
    choosers = [_chooser(root, path) for path in CHOOSERS.get(getattr(root, "area", ""), ())]
    shown: list[Any] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, LocalTimeLabel):
            continue
        if isinstance(widget, QAbstractItemView):
            shown.append(_model_rows(widget))
        elif isinstance(widget, QChartView):
            shown.append(_chart(widget))
        elif isinstance(widget, QGraphicsView):
            shown.append(_scene(widget))
        elif isinstance(widget, QComboBox):
            items = [widget.itemText(i) for i in range(widget.count())]
            shown.append(items if widget in choosers else (widget.currentText(), items))
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            shown.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            shown.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox | QLabel) and widget not in choosers:
            shown.append(widget.text())
    return shown


def _mirror_selection(driven: WorkspaceTab, fresh: WorkspaceTab) -> None:
    """Select in the fresh tab what is selected in the driven one: details depend on it."""
    area = driven.area
    if area == "stakeholders":
        fresh.show_map(driven.pages.currentIndex() == 1)  # type: ignore[attr-defined]
        fresh.select_person(driven.selected_id())  # type: ignore[attr-defined]
    elif area == "buying_centers":
        center = driven.selected_center()  # type: ignore[attr-defined]
        fresh.select_center(center.id if center else None)  # type: ignore[attr-defined]
    elif area == "goals" and driven.selected_id is not None:  # type: ignore[attr-defined]
        fresh.select_goal(driven.selected_id)  # type: ignore[attr-defined]
    elif area == "history" and driven.selected() is not None:  # type: ignore[attr-defined]
        fresh.table.select_id(driven.selected().id)  # type: ignore[attr-defined]
    elif area == "whitespace":
        index = driven.current_index()  # type: ignore[attr-defined]
        fresh.view.setCurrentIndex(  # type: ignore[attr-defined]
            fresh.model.index(index.row(), index.column())  # type: ignore[attr-defined]
        )


def _dashboard(window: MainWindow, qtbot: QtBot) -> list[Any]:
    page = window.dashboard_slot
    assert isinstance(page, DashboardPage)
    current = window.stack.currentWidget()
    window.show_dashboard()
    if not window.isVisible():
        page.reload()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading
                    and not page._reload_timer.isActive(), timeout=20_000)
    shown = [_widgets(page)]
    window.stack.setCurrentWidget(current)
    return shown


def _views(window: MainWindow, qtbot: QtBot, mirror: MainWindow | None = None) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "sidebar": [tuple(row) for row in window.sidebar.rows()],
        "account": window.account_id,
        "dashboard": _dashboard(window, qtbot),
    }
    if window.account_id is None:
        return shown
    workspace = window.workspace
    shown["header"] = (workspace.name_label.text(), workspace.tier_badge.text(),
                       workspace.subtitle.text())
    before = workspace.current_area()
    for entry in WORKSPACE_TABS:
        # A tab is made when first shown, and a tab out of sight catches up when shown.
        assert workspace.show_area(entry.area)
        tab = workspace.tab(entry.area)
        assert isinstance(tab, WorkspaceTab)
        if mirror is not None:
            driven_tab = mirror.workspace.tab(entry.area)
            assert isinstance(driven_tab, WorkspaceTab)
            _mirror_selection(driven_tab, tab)
        shown[tab.area] = _widgets(tab)
    workspace.show_area(before)
    return shown


def _first_difference(driven: Any, fresh: Any) -> str:
    if isinstance(driven, list) and isinstance(fresh, list):
        for number, (one, other) in enumerate(zip(driven, fresh, strict=False)):
            if one != other:
                return f"[{number}] " + _first_difference(one, other)
        return f"{len(driven)} items against {len(fresh)}"
    return f"{driven!r} shown, {fresh!r} in a fresh window"


def _assert_consistent(window: MainWindow, qtbot: QtBot, when: str) -> None:
    fresh = _window(AppContext(window.context.db), qtbot, fresh=True)
    if window.account_id is not None:
        fresh.open_account(window.account_id)
    driven_views = _views(window, qtbot)
    fresh_views = _views(fresh, qtbot, mirror=window)
    for part in driven_views:
        assert driven_views[part] == fresh_views.get(part), (
            f"{part} differs {when}: {_first_difference(driven_views[part], fresh_views.get(part))}"
        )
    fresh.close()
    fresh.deleteLater()


# -- the edits, as a user makes them --------------------------------------------------------


def _tab(window: MainWindow, area: str) -> Any:
    window.workspace.show_area(area)
    return window.workspace.tab(area)


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes.value)


def profile_field(window: MainWindow, qtbot: QtBot) -> None:
    type_and_leave(qtbot, _tab(window, "profile").editor("city"), "Paris")


def person_added(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(_tab(window, "stakeholders").add_button, LEFT)


def person_field(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "stakeholders")
    tab.select_person(next(r.id for r in tab.rows if r.name == "Anton Zeller"))
    type_and_leave(qtbot, tab.form.title_edit, "CFO")


def person_deleted(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "stakeholders")
    tab.select_person(next(r.id for r in tab.rows if r.name == "Anton Zeller"))
    qtbot.mouseClick(tab.delete_button, LEFT)


def card_dragged(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "stakeholders")
    qtbot.mouseClick(tab.map_button, LEFT)
    tab.map_view.view.fit()
    ids = {r.name: r.id for r in tab.rows}
    view = tab.map_view.view

    def point(person: int) -> QPoint:
        return view.mapFromScene(tab.map_view.scene.cards[person].sceneBoundingRect().center())

    start, target = point(ids["Tina Tech"]), point(ids["Anton Zeller"])
    qtbot.mousePress(view.viewport(), LEFT, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + (target - start) * step / 5)
    qtbot.mouseRelease(view.viewport(), LEFT, pos=target)


def member_added(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "buying_centers")
    tab.person_combo.setCurrentIndex(tab.person_combo.findText("Maria Berger – CEO"))
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(BuyingRole.BUYER.value))
    qtbot.mouseClick(tab.add_member_button, LEFT)


def goal_added(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "goals")
    qtbot.mouseClick(tab.internal.add_button, LEFT)


def goal_update(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "goals")
    tab.select_goal(tab.goals[0].id)
    panel = tab.updates
    panel.day_edit.setDate(QDate.currentDate().addDays(-1))
    panel.value_edit.setFocus()
    qtbot.keyClicks(panel.value_edit, "95")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)


def action_added(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "actions")
    tab.quick_add.setFocus()
    qtbot.keyClicks(tab.quick_add, "Book the plant visit")
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)


def revenue_typed(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "revenue")
    tab.table.setCurrentIndex(tab.model.index(0, 2))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, "7")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "5000")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def revenue_pasted(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "revenue")
    tab.table.setCurrentIndex(tab.model.index(0, 2))
    tab.table.setFocus()
    QGuiApplication.clipboard().setText("80000\n90000\n")
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def review_recorded(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "reviews")

    def record() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReviewChangesDialog):
            qtbot.wait(10)
            return record()
        qtbot.keyClicks(dialog.form.outcomes_edit, "Renewal agreed")
        qtbot.mouseClick(dialog.record_button, LEFT)
        return None

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, record)
    qtbot.mouseClick(tab.start_button, LEFT)


def cell_status(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "whitespace")
    rect = tab.view.visualRect(tab.model.index(1, 1))
    qtbot.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(tab.view, Qt.Key.Key_O)


def opportunity_from_cell(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window, "whitespace")
    rect = tab.view.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(tab.panel.opportunity_button, LEFT)


def scored(window: MainWindow, qtbot: QtBot) -> None:
    type_and_leave(qtbot, _tab(window, "assessment").spin_boxes[Criterion.CREDIBILITY], "4")


def competitor_row(window: MainWindow, qtbot: QtBot) -> None:
    table = _tab(window, "competitors").table
    type_into_cell(qtbot, table.view, 0, 2, "Low prices")


def need_added(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(_tab(window, "needs_swot").needs.add_button, LEFT)


def swot_added(window: MainWindow, qtbot: QtBot) -> None:
    quadrant = _tab(window, "needs_swot").quadrant(3)
    quadrant.add_entry("Price war")


def team_role_added(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(_tab(window, "team_roles").table.add_button, LEFT)


def account_added(window: MainWindow, qtbot: QtBot) -> None:
    window.new_account_action.trigger()


def account_deleted(window: MainWindow, qtbot: QtBot) -> None:
    window.delete_account_action.trigger()


EDITS: list[Edit] = [
    profile_field, person_added, person_field, card_dragged, person_deleted, member_added,
    goal_added, goal_update, action_added, revenue_typed, revenue_pasted, review_recorded,
    cell_status, opportunity_from_cell, scored, competitor_row, need_added, swot_added,
    team_role_added, account_added, account_deleted,
]


def test_every_edit_undo_and_redo_leaves_the_views_as_a_fresh_window_shows_them(
    context: AppContext, acme: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _yes(monkeypatch)
    window = _window(context, qtbot)
    window.open_account(acme)
    failures: list[str] = []
    context.failed.connect(failures.append)
    for edit in EDITS:
        if window.account_id is None:
            window.open_account(acme)
        steps = {stack: stack.count() for stack in context.undo_group.stacks()}
        show_active(qtbot, window)  # the window the user works in (a dialog may have closed)
        edit(window, qtbot)
        qtbot.wait(30)  # edits stored once a cell editor has closed
        assert failures == [], f"{edit.__name__}: {failures}"
        stack = context.undo_group.activeStack()  # a new account's own stack is a new one
        assert stack.count() == steps.get(stack, 0) + 1, f"{edit.__name__}: no undo step"
        shown = window.account_id
        _assert_consistent(window, qtbot, f"after {edit.__name__}")
        window.undo_action.trigger()
        # The account on screen goes only with its own creation; none opens by itself.
        assert window.account_id == (None if edit is account_added else shown)
        _assert_consistent(window, qtbot, f"after undoing {edit.__name__}")
        window.redo_action.trigger()
        assert window.account_id == shown
        _assert_consistent(window, qtbot, f"after redoing {edit.__name__}")
        assert failures == [], f"{edit.__name__}: {failures}"
