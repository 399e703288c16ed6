"""Numbers and money in the UI follow its language; the company's locale refines the region."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.services.settings.team_and_settings import load_settings, update_settings
from kamdesk.store.database import Database
from kamdesk.ui.common.money_text import format_money, parse_money
from kamdesk.ui.common.translations import install_translators
from kamdesk.ui.common.ui_locale import ui_locale
from kamdesk.ui.shell.app import open_main_window


@pytest.mark.parametrize(
    ("company", "language", "expected", "money"),
    [
        ("de_DE", "en", "en_GB", "€25,750"),
        ("de_DE", "de", "de_DE", "25.750\u00a0€"),
        ("en_US", "en", "en_US", "€25,750"),
        ("en_GB", "de", "de_DE", "25.750\u00a0€"),
        ("de_AT", "de", "de_AT", "€\u00a025\u00a0750"),
    ],
)
def test_the_ui_language_decides_the_format(
    company: str, language: str, expected: str, money: str
) -> None:
    locale = ui_locale(company, language)
    assert locale.name() == expected
    assert locale.toCurrencyString(25750.0, "€", 0) == money


@pytest.mark.parametrize(("language", "shown", "typed"), [("en", "€25,750", "25,750.50"),
                                                          ("de", "25.750\u00a0€", "25.750,50")])
def test_the_opened_app_shows_and_reads_money_in_its_language(
    db: Database, qtbot: QtBot, qapp: QApplication, language: str, shown: str, typed: str
) -> None:
    update_settings(db, None, {"locale": "de_DE"})
    assert load_settings(db).locale == "de_DE"  # a German company, whatever the UI speaks
    install_translators(qapp, language)
    try:
        window = open_main_window(db)
        qtbot.addWidget(window)
        assert format_money(Decimal(25750), "€") == shown
        assert parse_money(typed) == Decimal("25750.50")
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
