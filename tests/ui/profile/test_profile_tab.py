"""The Profile tab driven as a user would: type, leave the field, undo, refusals, conflicts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Tier
from kamdesk.services.profile.account_profile_editing import (
    create_account,
    load_profile,
    update_profile,
)
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.form_fields import CommitPlainTextEdit
from kamdesk.ui.profile.profile_tab import ProfileTab
from tests.ui.conftest import show_active, type_and_leave


def _tab(context: AppContext, qtbot: QtBot, account_id: int) -> ProfileTab:
    tab = ProfileTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    context.activate_account(account_id)
    return tab


def _line(tab: ProfileTab, name: str) -> QLineEdit:
    editor: QWidget | None = tab.editor(name)
    if not isinstance(editor, QLineEdit):
        editor = editor.focusProxy() if editor is not None else None
    assert isinstance(editor, QLineEdit)
    return editor


def test_typed_fields_are_stored_and_shown_in_a_fresh_tab(
    context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "city"), "Osaka")
    type_and_leave(qtbot, _line(tab, "employees"), "1,250")
    type_and_leave(qtbot, _line(tab, "annual_revenue"), "2,500,000.50")
    notes = tab.editor("notes")
    assert isinstance(notes, CommitPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "Met at the fair")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # Tab leaves a notes field: it saves
    stored = load_profile(context.db, account)
    assert (stored.city, stored.employees, stored.annual_revenue, stored.notes) == (
        "Osaka", 1250, Decimal("2500000.50"), "Met at the fair"
    )
    fresh = _tab(context, qtbot, account)
    assert _line(fresh, "city").text() == "Osaka"
    assert _line(fresh, "annual_revenue").text() == "2,500,000.50"


def test_undo_restores_the_stored_value(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "name"), "Acme Holding")
    assert load_profile(context.db, account).name == "Acme Holding"
    context.undo_stack(account).undo()
    assert load_profile(context.db, account).name == "Acme"
    assert _line(tab, "name").text() == "Acme"
    context.undo_stack(account).redo()
    assert load_profile(context.db, account).name == "Acme Holding"


def test_invalid_input_is_shown_at_the_field_and_not_stored(
    context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    create_account(context.db, "Beta")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "employees"), "lots")
    assert "whole number" in tab.rows["employees"].error()
    assert tab.rows["employees"].error_label.isVisible()
    type_and_leave(qtbot, _line(tab, "employees"), "")  # back to what is stored: let go
    assert tab.rows["employees"].error() == ""
    type_and_leave(qtbot, _line(tab, "name"), "beta")
    assert "already exists" in tab.rows["name"].error()
    assert _line(tab, "name").text() == "beta"  # kept, for the user to correct
    type_and_leave(qtbot, _line(tab, "name"), "")
    assert "needs a name" in tab.rows["name"].error()
    stored = load_profile(context.db, account)
    assert (stored.name, stored.employees, stored.version) == ("Acme", None, 1)
    assert context.undo_stack(account).count() == 0
    type_and_leave(qtbot, _line(tab, "name"), "Acme AG")
    assert tab.rows["name"].error() == ""


def test_a_conflicting_edit_is_reported_and_reloaded(context: AppContext, qtbot: QtBot) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    # Another window changes the account behind this tab's back.
    update_profile(context.db, account, None, {"city": "Lyon"})
    type_and_leave(qtbot, _line(tab, "city"), "Paris")
    assert "changed elsewhere" in tab.rows["city"].error()
    assert _line(tab, "city").text() == "Lyon"
    assert load_profile(context.db, account).city == "Lyon"


def test_choices_tier_owner_time_zone_and_date(context: AppContext, qtbot: QtBot) -> None:
    member = add_team_member(context.db, {"name": "Jo Kam"})
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    tier = tab.editor("tier")
    assert isinstance(tier, QComboBox)
    tier.setCurrentIndex(tier.findData(Tier.KEY.value))
    tier.activated.emit(tier.currentIndex())
    owner = tab.editor("owner_id")
    assert isinstance(owner, QComboBox)
    owner.setCurrentIndex(owner.findData(member))
    owner.activated.emit(owner.currentIndex())
    zone = tab.editor("time_zone")
    assert isinstance(zone, QComboBox)
    line = zone.lineEdit()
    assert line is not None
    # The completer's popup needs a real window system; choose as the popup would.
    line.setText("Asia/Tokyo")
    line.editingFinished.emit()
    assert "there" in tab.local_time.text()
    line.setText("Mars/Base")
    line.editingFinished.emit()
    assert "not a known time zone" in tab.rows["time_zone"].error()
    since = tab.editor("customer_since").focusProxy()
    assert isinstance(since, QDateEdit)
    since.setDate(QDate(2019, 4, 1))
    since.editingFinished.emit()
    stored = load_profile(context.db, account)
    assert (stored.tier, stored.owner_id, stored.time_zone) == (Tier.KEY, member, "Asia/Tokyo")
    # The date waits while the time zone is refused; choosing a real zone lets both go.
    assert stored.customer_since is None
    assert "not a known time zone" in tab.rows["time_zone"].error()
    line.setText("Europe/Paris")
    line.editingFinished.emit()
    stored = load_profile(context.db, account)
    assert stored.time_zone == "Europe/Paris"
    assert stored.customer_since is not None and stored.customer_since.year == 2019
