"""The Export dialog: choices, background preview, cancelling, saving, errors, Ctrl+P."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QButtonGroup, QFileDialog, QRadioButton
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.file_names import is_safe_file_name
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.export.plan_export import available_sections
from kamdesk.services.profile.account_profile_editing import create_account, delete_account
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.export.export_dialog import ExportDialog
from kamdesk.ui.shell.main_window import MainWindow
from tests.services.export.test_plan_export import ACCOUNT_NAME, build_marked_account, snapshots
from tests.ui.conftest import show_active

RENDER_TIMEOUT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def account(context: AppContext) -> int:
    return build_marked_account(context.db)


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the dialog asked the desktop to open (nothing is really opened)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def _dialog(context: AppContext, account: int, qtbot: QtBot) -> ExportDialog:
    dialog = ExportDialog(context, account)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 780)
    show_active(qtbot, dialog)
    _wait_for_preview(qtbot, dialog)
    return dialog


def _wait_for_preview(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=RENDER_TIMEOUT_MS)


def _button(group: QButtonGroup, key: str) -> QRadioButton:
    for button in group.buttons():
        if button.property("choice") == key:
            assert isinstance(button, QRadioButton)
            return button
    raise AssertionError(key)


def _click(qtbot: QtBot, button: QRadioButton) -> None:
    button.click()  # as a mouse click does: toggles and emits
    qtbot.wait(10)


def _labels(dialog: ExportDialog) -> list[str]:
    sections = dialog.panel.sections
    return [sections.item(row).text() for row in range(sections.count())]


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """Answer the save dialog with ``answer`` (None: the user cancels); returns the proposals."""
    proposals: list[str] = []

    def ask(_parent: object, _caption: str, proposal: str, _filter: str) -> tuple[str, str]:
        proposals.append(proposal)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return proposals


def test_the_preview_shows_the_pages_of_the_internal_plan(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    assert dialog.document is not None
    pages = dialog.document.page_count
    assert dialog.preview.page_count == pages > 1
    assert dialog.preview.thumbnails.count() == pages
    assert f"{pages} pages" in dialog.preview_status.text()
    assert not dialog.busy.isVisible()
    assert "SWOT analysis" in _labels(dialog)
    assert len(_labels(dialog)) == len(available_sections("internal"))
    # The company's locale (de_DE by default) chose the language and the paper.
    assert _button(dialog.panel.lang_group, "de").isChecked()
    assert _button(dialog.panel.paper_group, "a4").isChecked()


def test_the_locale_of_the_company_chooses_language_and_paper(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    with context.db.session() as session:
        settings_row(session).locale = "en_US"
    dialog = _dialog(context, account, qtbot)
    assert _button(dialog.panel.lang_group, "en").isChecked()
    assert _button(dialog.panel.paper_group, "letter").isChecked()
    assert dialog.document is not None and dialog.document.options.paper == "letter"


def test_switching_to_the_client_changes_sections_and_preview(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    internal_pages = dialog.preview.page_count
    _click(qtbot, _button(dialog.panel.audience_group, "client"))
    labels = _labels(dialog)
    assert len(labels) == len(available_sections("client"))
    assert "SWOT analysis" not in labels and "Opportunities" not in labels
    assert "leaves out attitudes" in dialog.panel.audience_hint.text()
    qtbot.waitUntil(lambda: dialog.document is not None
                    and dialog.document.options.audience == "client", timeout=RENDER_TIMEOUT_MS)
    assert 0 < dialog.preview.page_count < internal_pages


def test_unticked_sections_stay_unticked_and_none_cannot_be_saved(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    panel = dialog.panel
    panel.sections.item(1).setCheckState(Qt.CheckState.Unchecked)  # Contents
    assert "contents" not in panel.checked_sections()
    assert dialog.options().sections is not None and "contents" not in dialog.options().sections
    _click(qtbot, _button(panel.audience_group, "client"))
    assert "contents" not in panel.checked_sections()  # remembered across audiences
    qtbot.mouseClick(panel.none_button, LEFT)
    assert panel.checked_sections() == []
    assert not dialog.save_button.isEnabled()
    assert panel.sections_error.isVisible()
    assert panel.sections_error.text() == "Choose at least one section."
    assert dialog.preview.page_count == 0
    qtbot.mouseClick(panel.all_button, LEFT)
    assert dialog.save_button.isEnabled() and not panel.sections_error.isVisible()
    assert dialog.options().sections is None  # all of them: the renderer's default
    _wait_for_preview(qtbot, dialog)


def test_the_brief_has_no_audience_or_sections_and_one_page(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    _click(qtbot, _button(dialog.panel.kind_group, "brief"))
    assert not dialog.panel.sections.isEnabled()
    assert not dialog.panel.none_button.isEnabled()
    assert not _button(dialog.panel.audience_group, "client").isEnabled()
    assert dialog.panel.sections_hint.isVisible()
    assert dialog.options().kind == "brief" and dialog.options().sections is None
    qtbot.waitUntil(lambda: dialog.document is not None and dialog.document.options.kind == "brief",
                    timeout=RENDER_TIMEOUT_MS)
    assert dialog.preview.page_count == 1
    assert "1 page" in dialog.preview_status.text()


def test_a_cancelled_preview_is_ignored(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    dialog.refresh_preview()
    assert dialog.busy.isVisible() and dialog.preview_button.text() == "Cancel"
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert not dialog.busy.isVisible()
    QThreadPool.globalInstance().waitForDone(RENDER_TIMEOUT_MS)
    qtbot.wait(50)  # the finished render's queued result arrives, and is dropped
    assert dialog.document is None and dialog.preview.page_count == 0
    assert "cancelled" in dialog.preview.message.text()
    assert dialog.preview_button.isVisible() and dialog.preview_button.text() == "Show preview"
    qtbot.mouseClick(dialog.preview_button, LEFT)
    _wait_for_preview(qtbot, dialog)


def test_save_writes_the_pdf_stores_a_snapshot_and_opens_it(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, opened_urls: list[QUrl],
) -> None:
    dialog = _dialog(context, account, qtbot)
    shown = dialog.document
    proposals = _save_as(monkeypatch, tmp_path / "for the meeting")  # no suffix typed
    changed: list[Change] = []
    context.changed.connect(changed.append)
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_TIMEOUT_MS) as exported:
        qtbot.mouseClick(dialog.save_button, LEFT)
    target = tmp_path / "for the meeting.pdf"
    assert shown is not None and target.read_bytes() == shown.pdf  # what was previewed
    assert exported.args == [f"Saved “for the meeting.pdf” ({shown.page_count} pages)."]
    assert Path(proposals[0]).name == f"Account plan – {ACCOUNT_NAME} – {date.today()}.pdf"
    assert [reason for reason, _ in snapshots(context.db, account)] == [SnapshotReason.EXPORT]
    assert Change(DataKind.SNAPSHOTS, account) in changed
    assert opened_urls == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The next dialog proposes the folder used last time.
    again = _dialog(context, account, qtbot)
    _click(qtbot, _button(again.panel.kind_group, "brief"))
    proposals_again = _save_as(monkeypatch, None)  # the user cancels the file dialog
    qtbot.mouseClick(again.save_button, LEFT)
    assert Path(proposals_again[0]).parent == tmp_path
    assert Path(proposals_again[0]).name.startswith(f"Meeting brief – {ACCOUNT_NAME}")
    assert again.isVisible() and len(snapshots(context.db, account)) == 1


def test_open_when_done_is_remembered(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, opened_urls: list[QUrl],
) -> None:
    dialog = _dialog(context, account, qtbot)
    assert dialog.open_when_done.isChecked()
    box = dialog.open_when_done
    qtbot.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))  # on the tick box itself
    assert not dialog.open_when_done.isChecked()
    _save_as(monkeypatch, tmp_path / "plan.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert (tmp_path / "plan.pdf").exists() and opened_urls == []
    assert not _dialog(context, account, qtbot).open_when_done.isChecked()


def test_a_failed_save_is_one_sentence_in_the_dialog(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, opened_urls: list[QUrl],
) -> None:
    dialog = _dialog(context, account, qtbot)
    _save_as(monkeypatch, tmp_path / "gone" / "plan.pdf")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(dialog.error.isVisible, timeout=RENDER_TIMEOUT_MS)
    assert dialog.error.text() == f"The folder {tmp_path / 'gone'} does not exist."
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.panel.isEnabled()
    assert snapshots(context.db, account) == [] and opened_urls == []


def test_an_account_deleted_meanwhile_is_said_in_the_preview(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot)
    delete_account(context.db, account)
    dialog.refresh_preview()
    qtbot.waitUntil(dialog.error.isVisible, timeout=RENDER_TIMEOUT_MS)
    assert dialog.preview.page_count == 0
    assert "\n" not in dialog.error.text() and "Traceback" not in dialog.error.text()
    assert dialog.preview.message.text().startswith("No preview: ")


def test_ctrl_p_opens_the_dialog_for_the_open_account(
    window: MainWindow, account: int, qtbot: QtBot
) -> None:
    assert not window.export_plan_action.isEnabled()  # no account open
    assert window.export_plan_action.shortcut().toString() == "Ctrl+P"
    window.sidebar.reload()
    qtbot.waitUntil(lambda: not window.sidebar.is_loading, timeout=20_000)
    window.open_account(account)
    assert window.export_plan_action.isEnabled()
    window.export_plan_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.account_id == account and ACCOUNT_NAME in dialog.windowTitle()
    _wait_for_preview(qtbot, dialog)
    dialog.reject()
    QApplication.processEvents()
    window.close_account()
    assert not window.export_plan_action.isEnabled()


def test_the_proposed_name_is_valid_on_windows_for_any_account_name(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    account = create_account(context.db, 'CON: Nord/Süd "AG" | Werk 2?. ')
    dialog = _dialog(context, account, qtbot)
    proposals = _save_as(monkeypatch, None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    name = Path(proposals[0]).name
    assert name == f"Account plan – CON Nord Süd AG Werk 2 . – {date.today()}.pdf"
    assert is_safe_file_name(name)
