"""A German user types something the services refuse and reads the refusal in German."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import (
    create_account,
    delete_account,
    load_profile,
)
from kamdesk.store.database import Database, open_database
from kamdesk.ui.common.app_context import AppContext
from tests.ui.conftest import type_and_leave
from tests.ui.profile.test_profile_tab import _line, _tab


def test_an_empty_account_name_is_refused_in_german(
    german: None, context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "name"), "")
    assert tab.rows["name"].error() == "Der Kunde braucht einen Namen."
    assert tab.rows["name"].error_label.isVisible()
    assert load_profile(context.db, account).name == "Acme"


def test_a_negative_revenue_is_refused_in_german(
    german: None, context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "annual_revenue"), "-500")
    assert tab.rows["annual_revenue"].error() == "Ein Betrag darf nicht negativ sein."
    assert load_profile(context.db, account).annual_revenue is None
    type_and_leave(qtbot, _line(tab, "annual_revenue"), "500")
    assert tab.rows["annual_revenue"].error() == ""
    assert load_profile(context.db, account).annual_revenue == Decimal(500)


def test_a_web_address_with_spaces_is_refused_by_the_service_in_german(
    german: None, context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "website"), "acme example.com")
    assert tab.rows["website"].error() == "Eine Webadresse darf keine Leerzeichen enthalten."
    assert _line(tab, "website").text() == "acme example.com"  # kept, to correct
    assert load_profile(context.db, account).website == ""


def test_an_account_deleted_in_a_second_session_is_reported_in_german(
    german: None, context: AppContext, db: Database, database_url: str, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    other = open_database(database_url, daily_backup=False)  # a second window or colleague
    try:
        delete_account(other, account)
    finally:
        other.close()
    type_and_leave(qtbot, _line(tab, "city"), "Lyon")
    assert tab.rows["city"].error() == (
        "Dieser Kunde wurde an anderer Stelle gelöscht und existiert nicht mehr."
    )
