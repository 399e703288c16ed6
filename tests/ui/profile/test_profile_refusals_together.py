"""Two fields broken in one go are refused together, and saved together once both are fixed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.profile.account_profile_editing import create_account, load_profile
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.profile.profile_tab import ProfileTab
from tests.ui.conftest import type_and_leave
from tests.ui.profile.test_profile_tab import _line, _tab


def _break_two_fields(context: AppContext, qtbot: QtBot) -> tuple[ProfileTab, int]:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "name"), "")
    type_and_leave(qtbot, _line(tab, "website"), "acme example.com")
    return tab, account


def _fix_both_and_count_saves(
    context: AppContext, qtbot: QtBot, tab: ProfileTab, account: int
) -> None:
    saves: list[Change] = []
    context.changed.connect(
        lambda change: saves.append(change) if change.kind is DataKind.PROFILE else None
    )
    type_and_leave(qtbot, _line(tab, "name"), "Acme AG")
    # The name is valid now, but the web address is still refused: nothing is saved yet.
    assert tab.rows["name"].error() == ""
    assert tab.rows["website"].error() != ""
    assert _line(tab, "name").text() == "Acme AG"
    assert load_profile(context.db, account).name == "Acme"
    assert saves == []
    type_and_leave(qtbot, _line(tab, "website"), "acme.example.com")
    assert (tab.rows["name"].error(), tab.rows["website"].error()) == ("", "")
    stored = load_profile(context.db, account)
    assert (stored.name, stored.website) == ("Acme AG", "acme.example.com")
    assert len(saves) == 1 and set(saves[0].fields) == {"name", "website"}
    assert context.undo_stack(account).count() == 1  # one edit, undone as one
    context.undo_stack(account).undo()
    stored = load_profile(context.db, account)
    assert (stored.name, stored.website) == ("Acme", "")


def _nothing_stored(context: AppContext, tab: ProfileTab, account: int) -> None:
    stored = load_profile(context.db, account)
    assert (stored.name, stored.website, stored.version) == ("Acme", "", 1)
    assert context.undo_stack(account).count() == 0
    assert _line(tab, "name").text() == ""  # both kept as typed, to correct
    assert _line(tab, "website").text() == "acme example.com"


def test_both_refusals_show_at_once_and_the_fix_is_saved_once(
    context: AppContext, qtbot: QtBot
) -> None:
    tab, account = _break_two_fields(context, qtbot)
    assert tab.rows["name"].error() == "The account needs a name."
    assert tab.rows["website"].error() == "A web address cannot contain spaces."
    assert tab.rows["name"].error_label.isVisible()
    assert tab.rows["website"].error_label.isVisible()
    _nothing_stored(context, tab, account)
    _fix_both_and_count_saves(context, qtbot, tab, account)


def test_both_refusals_show_at_once_in_german(
    german: None, context: AppContext, qtbot: QtBot
) -> None:
    tab, account = _break_two_fields(context, qtbot)
    assert tab.rows["name"].error() == "Der Kunde braucht einen Namen."
    assert tab.rows["website"].error() == "Eine Webadresse darf keine Leerzeichen enthalten."
    _nothing_stored(context, tab, account)
    _fix_both_and_count_saves(context, qtbot, tab, account)


def test_a_typing_mistake_is_held_with_a_refused_field(
    context: AppContext, qtbot: QtBot
) -> None:
    account = create_account(context.db, "Acme")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, _line(tab, "employees"), "lots")
    type_and_leave(qtbot, _line(tab, "city"), "Lyon")
    assert "whole number" in tab.rows["employees"].error()
    assert load_profile(context.db, account).city == ""
    type_and_leave(qtbot, _line(tab, "employees"), "40")
    stored = load_profile(context.db, account)
    assert (stored.city, stored.employees) == ("Lyon", 40)
