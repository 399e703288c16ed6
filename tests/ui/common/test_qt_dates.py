"""Dates in the UI: shown and typed with a four-digit year in every locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import (
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.qt_dates import date_pattern, show_date
from kamdesk.ui.profile.profile_tab import ProfileTab
from tests.ui.conftest import show_active

Language, Country = QLocale.Language, QLocale.Country


@pytest.fixture
def german() -> Iterator[None]:
    """The UI's locale is German (Germany) for one test."""
    QLocale.setDefault(QLocale(Language.German, Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(QLocale(Language.English, Country.UnitedStates))


@pytest.mark.parametrize(
    ("language", "country", "pattern", "shown"),
    [
        # Qt's own short patterns are "dd.MM.yy" and "M/d/yy" here: the year is widened.
        (Language.German, Country.Germany, "dd.MM.yyyy", "01.04.1998"),
        (Language.English, Country.UnitedStates, "M/d/yyyy", "4/1/1998"),
        (Language.German, Country.Switzerland, "dd.MM.yyyy", "01.04.1998"),
        # A pattern with the full year already is left as it is.
        (Language.English, Country.UnitedKingdom, "dd/MM/yyyy", "01/04/1998"),
    ],
)
def test_dates_have_four_digit_years(
    language: QLocale.Language, country: QLocale.Country, pattern: str, shown: str
) -> None:
    QLocale.setDefault(QLocale(language, country))
    try:
        assert date_pattern() == pattern
        assert show_date(date(1998, 4, 1)) == shown
    finally:
        QLocale.setDefault(QLocale(Language.English, Country.UnitedStates))


def _customer_since(context: AppContext, qtbot: QtBot, account: int) -> QDateEdit:
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    show_active(qtbot, tab)
    tab.set_account(account)
    context.activate_account(account)
    since = tab.editor("customer_since").focusProxy()
    assert isinstance(since, QDateEdit)
    return since


@pytest.mark.parametrize("stored", [date(2020, 1, 1), None], ids=["set", "not set"])
def test_a_customer_since_typed_in_german_keeps_its_century(
    context: AppContext, qtbot: QtBot, german: None, stored: date | None
) -> None:
    # With Qt's "dd.MM.yy" a typed "01.04.98" was stored as 2098-04-01; and typed into the
    # field while it said "not set", the digits went after those words and were lost.
    account = create_account(context.db, "Acme")
    profile = load_profile(context.db, account)
    update_profile(context.db, account, profile.version, {"customer_since": stored})
    since = _customer_since(context, qtbot, account)

    # As a user types a date: Tab into the field (its first part, the day, is selected),
    # type the parts, Tab out.
    since.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(since, "01041998")
    qtbot.keyClick(since, Qt.Key.Key_Tab)

    assert load_profile(context.db, account).customer_since == date(1998, 4, 1)
    assert since.text() == "01.04.1998"


def test_leaving_an_unset_customer_since_untouched_keeps_it_unset(
    context: AppContext, qtbot: QtBot, german: None
) -> None:
    account = create_account(context.db, "Acme")
    since = _customer_since(context, qtbot, account)
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    assert load_profile(context.db, account).customer_since is None
    assert since.text() == "not set"


# A popup on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_the_calendar_of_an_unset_customer_since_opens_on_this_month(
    context: AppContext, qtbot: QtBot
) -> None:
    # It opened on January 1900, the minimum that stands for "not set".
    account = create_account(context.db, "Acme")
    since = _customer_since(context, qtbot, account)
    qtbot.mouseClick(since, Qt.MouseButton.LeftButton,
                     pos=QPoint(since.width() - 8, since.height() // 2))
    calendar = since.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()
    assert load_profile(context.db, account).customer_since is None
