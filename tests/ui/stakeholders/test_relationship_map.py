"""Tests of the relationship map: drag to reparent, refusals, selection sync, zoom, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.services.stakeholders.buying_center_editing import add_member, create_buying_center
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder, list_stakeholders
from kamdesk.services.stakeholders.stakeholder_links import create_link
from kamdesk.store.database import Database
from kamdesk.store.orm import Account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.stakeholders.relationship_map_scene import DIMMED_OPACITY, LinkItem, PersonCard
from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session() as session:
        session.add(Account(name="Acme"))
    ids = {"ceo": create_stakeholder(db, 1, {"name": "Maria Berger", "department": "Board"})}
    ids["cfo"] = create_stakeholder(
        db, 1, {"name": "Anton Zeller", "reports_to_id": ids["ceo"], "department": "Finance",
                "attitude": Attitude.BLOCKER, "influence": 5},
    )
    ids["cto"] = create_stakeholder(
        db, 1, {"name": "Tina Tech", "reports_to_id": ids["ceo"], "department": "IT"}
    )
    ids["dev"] = create_stakeholder(
        db, 1, {"name": "Dev Eloper", "reports_to_id": ids["cto"], "department": "IT"}
    )
    create_link(db, ids["cfo"], ids["cto"], LinkKind.INFLUENCES)
    center = create_buying_center(db, 1, "IT procurement")
    add_member(db, center, ids["cto"], BuyingRole.DECIDER)
    add_member(db, center, ids["dev"], BuyingRole.USER)
    return ids


def manager_of(db: Database, person_id: int) -> int | None:
    return next(r.reports_to_id for r in list_stakeholders(db, 1).rows if r.id == person_id)


def open_map(qtbot: QtBot, db: Database) -> tuple[StakeholdersTab, AppContext]:
    context = AppContext(db)
    tab = StakeholdersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_account(1)
    qtbot.mouseClick(tab.map_button, Qt.MouseButton.LeftButton)
    tab.map_view.view.fit()
    return tab, context


def card_point(tab: StakeholdersTab, person_id: int) -> QPoint:
    card = tab.map_view.scene.cards[person_id]
    return tab.map_view.view.mapFromScene(card.sceneBoundingRect().center())


def drag(qtbot: QtBot, tab: StakeholdersTab, source: int, target: QPoint) -> None:
    viewport = tab.map_view.view.viewport()
    start = card_point(tab, source)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # several moves, like a hand, so the drag threshold is passed
        qtbot.mouseMove(viewport, start + (target - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)


def test_cards_lines_and_coverage_flags(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    tab, _ = open_map(qtbot, db)
    scene = tab.map_view.scene
    assert set(scene.cards) == set(people.values())
    assert set(scene.org_lines) == {
        (people["ceo"], people["cfo"]), (people["ceo"], people["cto"]),
        (people["cto"], people["dev"]),
    }
    (link,) = [item for item in scene.items() if isinstance(item, LinkItem)]
    assert link.kind is LinkKind.INFLUENCES
    assert link.pen().style() == Qt.PenStyle.DashLine
    card = scene.cards[people["cto"]]
    assert isinstance(card, PersonCard)
    assert "IT procurement" in card.toolTip()


def test_drag_onto_a_card_changes_the_manager_and_undo_restores(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_map(qtbot, db)
    drag(qtbot, tab, people["dev"], card_point(tab, people["cfo"]))
    assert manager_of(db, people["dev"]) == people["cfo"]
    assert (people["cfo"], people["dev"]) in tab.map_view.scene.org_lines
    context.undo_stack(1).undo()
    assert manager_of(db, people["dev"]) == people["cto"]
    assert (people["cto"], people["dev"]) in tab.map_view.scene.org_lines


def test_drop_on_empty_space_changes_nothing(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_map(qtbot, db)
    empty = tab.map_view.view.mapFromScene(tab.map_view.scene.sceneRect().bottomRight()) \
        - QPoint(5, 5)
    drag(qtbot, tab, people["dev"], empty)
    assert manager_of(db, people["dev"]) == people["cto"]
    assert context.undo_stack(1).count() == 0
    card = tab.map_view.scene.cards[people["dev"]]
    assert card.pos() == card.home


def test_drag_that_closes_a_loop_is_refused_with_a_message(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, context = open_map(qtbot, db)
    drag(qtbot, tab, people["ceo"], card_point(tab, people["dev"]))
    assert tab.map_message.isVisible()
    assert "loop" in tab.map_message.text()
    assert manager_of(db, people["ceo"]) is None
    assert context.undo_stack(1).count() == 0


def test_selection_follows_between_table_and_map(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, _ = open_map(qtbot, db)
    viewport = tab.map_view.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=card_point(tab, people["cfo"]))
    assert tab.selected_id() == people["cfo"]
    assert tab.form.name_edit.text() == "Anton Zeller"
    qtbot.mouseClick(tab.table_button, Qt.MouseButton.LeftButton)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_id(people["dev"]), 0))
    tab.table.setCurrentIndex(row)
    assert tab.map_view.scene.selected_person() == people["dev"]
    assert tab.form.name_edit.text() == "Dev Eloper"


def test_highlight_dims_people_outside_the_buying_center(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    tab, _ = open_map(qtbot, db)
    combo = tab.map_view.center_filter
    combo.setCurrentIndex(combo.findData("IT procurement"))
    scene = tab.map_view.scene
    assert scene.lit_people() == {people["cto"], people["dev"]}
    assert scene.cards[people["ceo"]].opacity() == DIMMED_OPACITY
    department = tab.map_view.department_filter
    department.setCurrentIndex(department.findData("IT"))
    combo.setCurrentIndex(0)
    assert scene.lit_people() == {people["cto"], people["dev"]}


def test_zoom_with_keys_and_fit(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    tab, _ = open_map(qtbot, db)
    view = tab.map_view.view
    before = view.zoom_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_factor() == pytest.approx(before * 1.2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom_factor() < before
    qtbot.mouseClick(tab.map_view.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoom_factor() == pytest.approx(before)


def test_export_writes_valid_svg_pdf_and_png(
    qtbot: QtBot, db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    tab, _ = open_map(qtbot, db)
    tab.map_view.export_to(tmp_path / "map.svg")
    tab.map_view.export_to(tmp_path / "map.pdf")
    tab.map_view.export_to(tmp_path / "map.png")
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg")
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ValueError, match=r"\.svg, \.pdf or \.png"):
        tab.map_view.export_to(tmp_path / "map.gif")


@pytest.mark.parametrize(
    ("name", "proposed"),
    [("Acme", "Acme.svg"), ("CON", "CON_.svg"), ("A/S: Nord.", "A S Nord.svg"), ("...", "map.svg")],
)
def test_the_proposed_file_name_is_valid_everywhere(
    qtbot: QtBot, db: Database, people: dict[str, int], name: str, proposed: str
) -> None:
    with db.session() as session:
        account = session.get(Account, 1)
        assert account is not None
        account.name = name
    tab, _context = open_map(qtbot, db)
    assert tab.map_view.suggested_file_name() == proposed
