"""The Export dialog's format choice: a Word document or a slide deck, previewed as their
outline (or as pages drawn by LibreOffice), saved, remembered; the firm's deck template."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QRadioButton
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import SnapshotReason
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.export.export_dialog import ExportDialog
from tests.services.export.test_plan_export import ACCOUNT_NAME, build_marked_account, snapshots
from tests.ui.conftest import show_active

pytestmark = pytest.mark.slow  # every test renders real decks and documents in the background

RENDER_TIMEOUT_MS = 60_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def account(context: AppContext) -> int:
    return build_marked_account(context.db)


@pytest.fixture(autouse=True)
def nothing_opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _dialog(context: AppContext, account: int, qtbot: QtBot, *, pages: bool = False
            ) -> ExportDialog:
    dialog = ExportDialog(context, account)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 780)
    # As on a machine without LibreOffice, unless the test asks for drawn pages.
    dialog.office_pages = pages
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=RENDER_TIMEOUT_MS)
    return dialog


def _button(group: QButtonGroup, key: str) -> QRadioButton:
    for button in group.buttons():
        if button.property("choice") == key:
            assert isinstance(button, QRadioButton)
            return button
    raise AssertionError(key)


def _choose(qtbot: QtBot, dialog: ExportDialog, group: QButtonGroup, key: str) -> None:
    qtbot.mouseClick(_button(group, key), LEFT)
    qtbot.waitUntil(lambda: dialog.document is not None
                    and dialog.document.options == dialog.options(), timeout=RENDER_TIMEOUT_MS)


def _labels(dialog: ExportDialog) -> list[str]:
    sections = dialog.panel.sections
    return [sections.item(row).text() for row in range(sections.count())]


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: Path) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def ask(_parent: object, caption: str, proposal: str, _filter: str) -> tuple[str, str]:
        asked.append((caption, proposal))
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


def test_slide_deck_is_outlined_saved_and_remembered(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(context, account, qtbot)
    panel = dialog.panel
    _choose(qtbot, dialog, panel.lang_group, "en")
    _choose(qtbot, dialog, panel.format_group, "pptx")
    labels = _labels(dialog)
    assert "Revenue" in labels and "Account profile" not in labels
    assert not _button(panel.paper_group, "a4").isEnabled()
    assert panel.template_row.isEnabled() and panel.template_label.text() == "Built-in design"
    document = dialog.document
    assert document is not None
    assert dialog.pane.stack.currentWidget() is dialog.outline
    lines = dialog.outline.lines()
    assert len(lines) == document.parts and lines[2].endswith("Where we stand")
    assert dialog.preview_status.text() == f"  ·  {document.parts} slides"
    asked = _save_as(monkeypatch, tmp_path / "QBR")  # no suffix typed
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_TIMEOUT_MS) as exported:
        qtbot.mouseClick(dialog.save_button, LEFT)
    target = tmp_path / "QBR.pptx"
    assert asked[0] == ("Save the slide deck", str(
        Path(asked[0][1]).parent / f"Account plan – {ACCOUNT_NAME} – {date.today()}.pptx"))
    assert target.read_bytes() == document.data
    assert len(Presentation(io.BytesIO(target.read_bytes())).slides) == document.parts
    assert exported.args == [f"Saved “QBR.pptx” ({document.parts} slides)."]
    assert [reason for reason, _ in snapshots(context.db, account)] == [SnapshotReason.EXPORT]


def test_word_document_for_the_client(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(context, account, qtbot)
    panel = dialog.panel
    _choose(qtbot, dialog, panel.lang_group, "en")
    _choose(qtbot, dialog, panel.audience_group, "client")
    _choose(qtbot, dialog, panel.format_group, "docx")
    assert _button(panel.paper_group, "letter").isEnabled()
    assert not panel.template_row.isEnabled()
    assert dialog.outline.lines()[0].endswith("Partnership summary")
    _save_as(monkeypatch, tmp_path / "plan.docx")
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    doc = Document(io.BytesIO((tmp_path / "plan.docx").read_bytes()))
    assert doc.core_properties.subject == "Partnership plan"


def test_the_brief_is_always_a_pdf(context: AppContext, account: int, qtbot: QtBot) -> None:
    dialog = _dialog(context, account, qtbot)
    panel = dialog.panel
    _choose(qtbot, dialog, panel.format_group, "pptx")
    _choose(qtbot, dialog, panel.kind_group, "brief")
    assert not _button(panel.format_group, "docx").isEnabled()
    assert dialog.options().format == "pdf" and dialog.options().template is None
    assert dialog.preview.page_count == 1


def _template(path: Path) -> Path:
    deck = Presentation()
    for layout in deck.slide_layouts:
        if layout.name == "Title Only":
            layout.name = "Firm headline"
    deck.save(str(path))
    return path


def test_a_firm_template_is_used_and_remembered(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = _template(tmp_path / "Firm master.pptx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args: (str(template), ""))
    dialog = _dialog(context, account, qtbot)
    panel = dialog.panel
    _choose(qtbot, dialog, panel.format_group, "pptx")
    qtbot.mouseClick(panel.template_button, LEFT)
    qtbot.waitUntil(lambda: dialog.document is not None
                    and dialog.document.options.template == template, timeout=RENDER_TIMEOUT_MS)
    assert panel.template_label.text() == "Firm master.pptx"
    assert panel.template_clear.isVisible()
    _save_as(monkeypatch, tmp_path / "deck.pptx")
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert deck.slides[1].slide_layout.name == "Firm headline"
    again = _dialog(context, account, qtbot)
    assert again.panel.template == template
    _choose(qtbot, again, again.panel.format_group, "pptx")
    qtbot.mouseClick(again.panel.template_clear, LEFT)
    assert again.panel.template is None and again.panel.template_label.text() == "Built-in design"


def test_a_damaged_template_is_said_in_one_sentence(
    context: AppContext, account: int, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"not a deck")
    dialog = _dialog(context, account, qtbot)
    _choose(qtbot, dialog, dialog.panel.format_group, "pptx")
    dialog.panel.set_template(broken)
    qtbot.waitUntil(dialog.error.isVisible, timeout=RENDER_TIMEOUT_MS)
    assert dialog.error.text().startswith("The template broken.pptx is not a PowerPoint")
    assert "\n" not in dialog.error.text()
    assert broken.read_bytes() == b"not a deck"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_with_libreoffice_the_deck_is_previewed_as_pages(
    context: AppContext, account: int, qtbot: QtBot
) -> None:
    dialog = _dialog(context, account, qtbot, pages=True)
    _choose(qtbot, dialog, dialog.panel.format_group, "pptx")
    document = dialog.document
    assert document is not None
    assert dialog.pane.stack.currentWidget() is dialog.preview
    assert dialog.preview.page_count == document.parts
    assert "drawn by LibreOffice" in dialog.preview_status.text()
