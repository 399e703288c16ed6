"""The import wizard driven as a user would: file, mapping, check, import, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QPushButton, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kamdesk.domain.import_fields import ImportKind
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Stakeholder, TeamMember
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.exchange.import_wizard import CHECK_PAGE, PREVIEW_PAGE, ImportWizard
from kamdesk.ui.shell.main_window import MainWindow
from tests.helpers.import_files import VCARD_3_APPLE, VCARD_4_GOOGLE, write_german_csv
from tests.ui.conftest import show_active

pytestmark = pytest.mark.slow


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _notes(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.execute(select(Account.notes)).scalars())


def _open(context: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    wizard.file_page.path_edit.setFocus()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    return wizard


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)


def test_the_german_list_with_a_bad_row_then_undo_and_redo(
    context: AppContext, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = write_german_csv(tmp_path / "Kundenliste.csv", rows=60, bad={9: (7, "zwölf Mio")})
    wizard = _open(context, qtbot, path)
    _next(qtbot, wizard)
    assert wizard.currentId() == PREVIEW_PAGE
    page = wizard.preview_page
    qtmodeltester.check(page.rows_model)
    assert page.encoding.currentData() == "cp1252" and page.delimiter.currentData() == ";"
    assert page.decimal.currentData() is True
    assert page.chosen_mapping()["Lieblingsfarbe"] is None
    assert page.rows_model.headerData(0, Qt.Orientation.Horizontal) == "Firma\n→ Name"
    assert page.rows_model.data(page.rows_model.index(1, 0)) == (
        "Bäckerei Müller & Söhne 001 GmbH")
    # The user decides not to import the notes: the preview follows.
    notes_row = list(page.chosen_mapping()).index("Notiz")
    combo = page.mapping_table.cellWidget(notes_row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(None))
    assert page.rows_model.headerData(10, Qt.Orientation.Horizontal) == (
        "Notiz\n(not imported)")
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK_PAGE
    _checked(qtbot, wizard)
    check = wizard.check_page
    assert "59 to create, 0 to update, 0 unchanged." in check.summary.text()
    assert check.problems.topLevelItemCount() == 1
    item = check.problems.topLevelItem(0)
    assert [item.text(0), item.text(1), item.text(2)] == [
        "11", "Jahresumsatz", "“zwölf Mio” is not a number."]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    # The box itself, at the left: the check box is as wide as the page, its text is not.
    qtbot.mouseClick(check.skip_invalid, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, check.skip_invalid.height() // 2))
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as imported:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert imported.args[0] == "Imported Accounts from Kundenliste.csv: 59 created, 0 updated."
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert _count(context.db, Account) == 59
    assert _notes(context.db) == {""}  # the notes column was left out
    stack = context.undo_stack(None)
    assert (stack.count(), stack.undoText()) == (1, "Import of Kundenliste.csv")
    stack.undo()
    assert (_count(context.db, Account), _count(context.db, TeamMember)) == (0, 0)
    stack.redo()
    assert _count(context.db, Account) == 59


def test_cancelling_the_import_writes_nothing(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = _open(context, qtbot, write_german_csv(tmp_path / "gross.csv", rows=3000))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _checked(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    operation = wizard.import_operation
    assert operation is not None and operation.dialog is not None
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: wizard.import_operation is None, timeout=30_000)
    assert wizard.check_page.summary.text() == "The import was cancelled; nothing was written."
    assert _count(context.db, Account) == 0
    assert wizard.isVisible()


def test_a_cancel_that_comes_after_the_commit_still_gives_an_undo_step(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = _open(context, qtbot, write_german_csv(tmp_path / "k.csv", rows=40))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _checked(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    operation = wizard.import_operation
    assert operation is not None
    QThreadPool.globalInstance().waitForDone(30_000)  # committed; the outcome not yet shown
    operation.cancel()  # the user's Cancel, a moment too late
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        pass
    assert _count(context.db, Account) == 40
    assert context.undo_stack(None).count() == 1


def test_vcards_for_one_chosen_account(context: AppContext, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    account = create_account(context.db, "Brühl Präzisionsteile AG")
    path = tmp_path / "karten.vcf"
    path.write_text(VCARD_3_APPLE + VCARD_4_GOOGLE.replace(
        "ORG:Brühl Präzisionsteile AG;Vorstand\r\n", ""), encoding="utf-8")
    wizard = _open(context, qtbot, path)
    wizard.file_page.set_kind(ImportKind.CONTACTS)
    _next(qtbot, wizard)
    page = wizard.preview_page
    assert page.account.isVisible() and not page.encoding.isVisible()
    page.account.setCurrentIndex(page.account.findData(account))
    _next(qtbot, wizard)
    _checked(qtbot, wizard)
    assert wizard.check_page.report is not None
    assert wizard.check_page.report.created == 2
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert _count(context.db, Stakeholder) == 2


def test_a_file_that_cannot_be_read_stays_on_the_first_page(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "alt.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    wizard = _open(context, qtbot, path)
    _next(qtbot, wizard)
    assert wizard.currentId() == 0
    assert "old Excel .xls file" in wizard.file_page.error_label.text()


def test_the_file_menu_offers_import_and_the_workbook(window: MainWindow, qtbot: QtBot) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "&Import…" in texts and "Export &workbook…" in texts
    window.import_action.trigger()
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].reject()
