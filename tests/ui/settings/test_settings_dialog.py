"""The Settings dialog: company fields, logo as PNG, team members with a clear confirmation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import TeamRole
from kamdesk.services.profile.account_details_editing import add_team_role, list_team_roles
from kamdesk.services.profile.account_profile_editing import create_account, update_profile
from kamdesk.services.settings.team_and_settings import (
    PNG_SIGNATURE,
    add_team_member,
    list_team_members,
    load_settings,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import show_active, type_and_leave
from tests.ui.table_editing import type_into_cell


def _dialog(context: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_company_settings_are_stored_and_undoable(context: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(context, qtbot)
    name = dialog.editor("company_name")
    margin = dialog.editor("gross_margin_percent")
    assert isinstance(name, QLineEdit) and isinstance(margin, QLineEdit)
    type_and_leave(qtbot, name, "Weiß Maschinenbau")
    type_and_leave(qtbot, margin, "35.5")
    stored = load_settings(context.db)
    assert (stored.company_name, stored.gross_margin_percent) == (
        "Weiß Maschinenbau", Decimal("35.50")
    )
    type_and_leave(qtbot, margin, "a third")
    assert "percentage" in dialog.rows["gross_margin_percent"].error()
    type_and_leave(qtbot, margin, "140")
    assert "0 to 100" in dialog.rows["gross_margin_percent"].error()
    assert load_settings(context.db).gross_margin_percent == Decimal("35.50")
    context.undo_stack(None).undo()
    assert load_settings(context.db).gross_margin_percent == Decimal("30.00")
    reopened = _dialog(context, qtbot)
    assert reopened.editor("company_name").text() == "Weiß Maschinenbau"  # type: ignore[attr-defined]


def test_logo_from_a_jpeg_is_stored_as_png_and_removable(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    image = QImage(1200, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3a5f"))
    jpeg = tmp_path / "logo.jpg"
    assert image.save(str(jpeg), "JPG")
    dialog = _dialog(context, qtbot)
    dialog.choose_logo(str(jpeg))
    logo = load_settings(context.db).logo_png
    assert logo is not None and logo.startswith(PNG_SIGNATURE)
    stored = QImage.fromData(logo)
    assert max(stored.width(), stored.height()) == 800  # scaled down for the plan's cover
    assert not dialog.logo_preview.pixmap().isNull()
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("hello")
    dialog.choose_logo(str(not_an_image))
    assert "not an image" in dialog.rows["logo_png"].error()
    dialog.remove_logo()
    assert load_settings(context.db).logo_png is None


def test_team_members_are_edited_and_removal_says_what_goes(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    jo = add_team_member(context.db, {"name": "Jo"})
    account = create_account(context.db, "Acme")
    update_profile(context.db, account, None, {"owner_id": jo})
    add_team_role(context.db, account, {"team_member_id": jo, "role": TeamRole.KAM})
    dialog = _dialog(context, qtbot)
    dialog.tabs.setCurrentWidget(dialog.team)
    view = dialog.team.table.view
    type_into_cell(qtbot, view, 0, 2, "jo.example.com")
    assert "name@example.com" in dialog.team.table.error_label.text()
    type_into_cell(qtbot, view, 0, 2, "jo@example.com")
    assert list_team_members(context.db)[0].email == "jo@example.com"
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    dialog.team.table.select_id(jo)
    dialog.team.table.delete_button.click()
    assert "role on an account team" in asked[0] and "1 account loses its owner" in asked[0]
    assert list_team_members(context.db) == []
    context.undo_stack(None).undo()
    assert list_team_roles(context.db, account)[0].member_name == "Jo"


def test_the_catalogue_is_a_page_of_the_settings(context: AppContext, qtbot: QtBot) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[-1] == "Offerings and stages"
    assert dialog.tabs.widget(dialog.tabs.count() - 1) is dialog.catalogue


def test_retention_period_is_checked_at_the_field_and_undoable(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = _dialog(context, qtbot)
    months = dialog.editor("retention_months")
    assert isinstance(months, QSpinBox)
    assert months.value() == 24
    type_and_leave(qtbot, months, "36")
    assert load_settings(context.db).retention_months == 36
    for refused in ("700", "0"):
        type_and_leave(qtbot, months, refused)
        assert dialog.rows["retention_months"].error() == "Keep personal data for 1 to 600 months."
        assert load_settings(context.db).retention_months == 36
    type_and_leave(qtbot, months, "600")
    assert dialog.rows["retention_months"].error() == ""
    assert load_settings(context.db).retention_months == 600
    context.undo_stack(None).undo()
    assert load_settings(context.db).retention_months == 36
    assert months.value() == 36  # the open dialog shows what undo restored
    context.undo_stack(None).undo()
    assert load_settings(context.db).retention_months == 24
