"""The catalogue page's tables: prices and probabilities typed into cells, the Active box.

The tables are plain row tables: what a user types is read by the column, stored as one
undoable step, and what cannot be read is said with the row's name and stores nothing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kamdesk.services.growth.offering_catalogue import (
    create_offering,
    create_stage,
    list_offerings,
    list_stages,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.settings.catalogue_columns import OFFERING_PRICE, STAGE_PROBABILITY
from kamdesk.ui.settings.catalogue_settings import CatalogueSettingsPage
from tests.ui.conftest import show_active
from tests.ui.table_editing import type_into_cell

ACTIVE = 3


def _page(context: AppContext, qtbot: QtBot) -> CatalogueSettingsPage:
    page = CatalogueSettingsPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _texts(page: CatalogueSettingsPage) -> list[str]:
    return [page.stack.text(index) for index in range(page.stack.count())]


def test_a_price_typed_into_its_cell_is_stored_and_shown_with_the_currency(
    context: AppContext, qtbot: QtBot
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    create_offering(context.db, "Audit")
    page = _page(context, qtbot)
    type_into_cell(qtbot, page.offering_view, 0, OFFERING_PRICE, "1,250.50")
    assert list_offerings(context.db)[0].list_price == Decimal("1250.50")
    assert page.offerings.index(0, OFFERING_PRICE).data() == "€1,251"
    assert page.offerings.index(0, OFFERING_PRICE).data(Qt.ItemDataRole.EditRole) == "1250.50"

    type_into_cell(qtbot, page.offering_view, 0, OFFERING_PRICE, "a lot")
    assert page.offering_message.text().startswith("Audit: Enter an amount")
    assert list_offerings(context.db)[0].list_price == Decimal("1250.50")
    assert _texts(page) == ["Edit offering"]  # the refused text left no step


def test_the_active_box_deactivates_an_offering_greys_it_and_undoes(
    context: AppContext, qtbot: QtBot
) -> None:
    create_offering(context.db, "Audit")
    page = _page(context, qtbot)
    box = page.offerings.index(0, ACTIVE)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert box.data() is None  # the box alone, no "True" beside it
    # What a click on the box does: the view sets the unchecked state.
    page.offerings.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not list_offerings(context.db)[0].active)
    name = page.offerings.index(0, 0)
    assert QColor(name.data(Qt.ItemDataRole.ForegroundRole)) == QColor(Qt.GlobalColor.gray)
    page.stack.undo()
    assert list_offerings(context.db)[0].active
    assert page.offerings.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_probability_out_of_range_is_refused_with_the_stage_name(
    context: AppContext, qtbot: QtBot
) -> None:
    create_stage(context.db, "Lead", 10)
    page = _page(context, qtbot)
    type_into_cell(qtbot, page.stage_view, 0, STAGE_PROBABILITY, "120")
    assert page.stage_message.text() == (
        "Lead: The probability must be a whole number from 0 to 100 %."
    )
    assert list_stages(context.db)[0].default_probability == 10
    type_into_cell(qtbot, page.stage_view, 0, STAGE_PROBABILITY, "40 %")
    assert list_stages(context.db)[0].default_probability == 40
    assert page.stages.index(0, STAGE_PROBABILITY).data().endswith("40 %")
    assert _texts(page) == ["Edit stage"]
