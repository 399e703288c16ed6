"""The app at laptop size, in English and German: every text a user must read is shown whole.

The main window runs on the demo portfolio at 1280×800 and 1366×768. The test walks the
welcome page (first start and later), the dashboard, every tab of a key account with a long
name (the stakeholders also as a map), and the dialogs (every page of the import wizard,
every format of the export dialog), and fails on each label, button,
check box, combo box, tab or group title that shows less than its text
(see :mod:`tests.ui.clipped_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import ReviewCadence
from kamdesk.services.admin.demo_portfolio import DEFAULT_ACCOUNTS
from kamdesk.services.plans import review_start
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.tracking import revenue_editing, review_workflow
from kamdesk.store.database import Database, open_database
from kamdesk.ui.common.translations import install_translators
from kamdesk.ui.shell.app import open_main_window
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.workspace_tabs import WORKSPACE_TABS
from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.import_files import write_german_csv
from tests.ui.clipped_text import Clipped, clipped_texts
from tests.ui.conftest import show_active, wait_for_list

pytestmark = pytest.mark.slow

# A key account with a long name and a full plan.
ACCOUNT = "Meridian Wafer Technologies Pte. Ltd."
SIZES = [(1280, 800), (1366, 768)]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates) -> Path:
    """The demo portfolio as `kamdesk demo` makes it (48 accounts, seed 7), copied once for
    the module from the session's template (the first-start test starts the app on it too)."""
    key = DemoKey(DEFAULT_ACCOUNTS, 7, date.today())
    return demo_templates.file_copy(key, tmp_path_factory.mktemp("laptop") / "demo.sqlite3")


@pytest.fixture
def in_language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI translated into the test's language; English again afterwards."""
    lang = request.param
    install_translators(qapp, lang)
    yield lang
    install_translators(qapp, "en")


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Database]:
    db = open_database(demo_file, daily_backup=False)
    yield db
    QThreadPool.globalInstance().waitForDone(10_000)
    db.close()


def _settle(qtbot: QtBot) -> None:
    """Until the background reads are done and what they delivered is laid out.

    Each round waits for the reads, then lets the event loop run a little, in which their
    results arrive and layouts are redone; a result may start another read (the dashboard's
    lists after its figures), so the rounds go on until one starts none. This replaced a
    fixed 120 ms wait per page: 36 pages a run, 144 in the file, 17 s of waiting.
    No timer of the app's that changes what a page shows is between 0 and 120 ms (the only
    delayed ones: the export preview's 350 ms, the retention list's 400 ms).
    """
    pool = QThreadPool.globalInstance()
    for _ in range(50):
        pool.waitForDone(10_000)
        qtbot.wait(15)
        if pool.activeThreadCount() == 0:
            return
    raise AssertionError("background work kept starting for 50 rounds")


def _dialog_problems(qtbot: QtBot, dialog: QDialog, name: str) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    found = [f"{name}: {problem}" for problem in clipped_texts(dialog)]
    for index, page in enumerate(_pages(dialog)):
        page()
        _settle(qtbot)
        found += [f"{name} page {index}: {problem}" for problem in clipped_texts(dialog)]
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def _pages(dialog: QDialog) -> list[Callable[[], None]]:
    """Every page of the dialog: its tab widgets' tabs, a wizard's next pages, each format
    of the export dialog (each has options of its own)."""
    from PySide6.QtWidgets import QTabWidget, QWizard

    from kamdesk.ui.export.export_dialog import ExportDialog

    pages: list[Callable[[], None]] = []
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            pages.append(lambda tabs=tabs, index=index: tabs.setCurrentIndex(index))
    if isinstance(dialog, QWizard):
        pages += [dialog.next] * (len(dialog.pageIds()) - 1)
    if isinstance(dialog, ExportDialog):
        pages += [button.click for button in dialog.panel.format_group.buttons()]
    return pages


def _views(window: MainWindow, account_id: int) -> dict[str, Callable[[], None]]:
    """Every page and tab of the main window, as the user reaches it."""
    views: dict[str, Callable[[], None]] = {}

    def welcome(empty: bool) -> None:
        window.close_account()
        window.stack.setCurrentWidget(window.welcome)
        window.welcome.set_empty(empty)

    views["welcome, first start"] = lambda: welcome(True)
    views["welcome"] = lambda: welcome(False)
    views["dashboard"] = window.show_dashboard
    for entry in WORKSPACE_TABS:
        views[f"tab {entry.area}"] = lambda area=entry.area: window.open_account(account_id, area)

    def stakeholder_map() -> None:
        window.open_account(account_id, "stakeholders")
        window.workspace.tab("stakeholders").show_map(True)  # type: ignore[union-attr]

    views["stakeholder map"] = stakeholder_map
    return views


def _dialogs(
    window: MainWindow, account_id: int, folder: Path
) -> dict[str, Callable[[], QDialog]]:
    from kamdesk.ui.exchange.import_wizard import ImportWizard
    from kamdesk.ui.export.export_dialog import ExportDialog
    from kamdesk.ui.growth.opportunities_tab import OpportunitiesTab
    from kamdesk.ui.settings.catalogue_settings import CatalogueSettingsPage
    from kamdesk.ui.settings.settings_dialog import SettingsDialog
    from kamdesk.ui.shell.crash_dialog import CrashDialog
    from kamdesk.ui.tracking.revenue_paste_dialog import RevenuePasteDialog
    from kamdesk.ui.tracking.revenue_tab import RevenueTab
    from kamdesk.ui.tracking.review_changes_dialog import ReviewChangesDialog
    from kamdesk.ui.tracking.review_form import ReviewForm

    def opportunity() -> QDialog:
        window.open_account(account_id, "opportunities")
        tab = window.workspace.tab("opportunities")
        assert isinstance(tab, OpportunitiesTab)
        return tab.make_dialog(None)

    def review_changes() -> QDialog:
        start = review_start.start_review(window.context.db, account_id)
        return ReviewChangesDialog(start, ReviewCadence.QUARTERLY, window)

    def review_form() -> QDialog:
        # The "Edit review" dialog: the form of the newest review in a dialog of its own.
        overview = review_workflow.review_overview(window.context.db, account_id)
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(ReviewForm(overview.cadence, overview.reviews[0]))
        return dialog

    def catalogue() -> QDialog:
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(CatalogueSettingsPage(window.context, dialog))
        dialog.resize(980, 560)
        return dialog

    def revenue_paste() -> QDialog:
        window.open_account(account_id, "revenue")
        tab = window.workspace.tab("revenue")
        assert isinstance(tab, RevenueTab)
        first = tab.model.row_at(0)
        preview = revenue_editing.preview_paste(
            window.context.db, account_id, (first.year, first.quarter), "actual",
            "12500\nzwölf\n-\n3,5 Mio", QLocale().decimalPoint() == ",",
        )
        assert preview.problems
        return RevenuePasteDialog(preview, tab.model, window)

    def import_wizard() -> QDialog:
        # A German customer list with a bad row: the check page lists the problem too.
        path = write_german_csv(folder / "Kundenliste.csv", rows=12, bad={3: (7, "zwölf Mio")})
        wizard = ImportWizard(window.context, window)
        wizard.file_page.path_edit.setText(str(path))
        return wizard

    def crash() -> QDialog:
        details = "Traceback (most recent call last):\n  ...\nRuntimeError: an example"
        return CrashDialog(details, folder / "log" / "kamdesk.log", window)

    return {
        "crash dialog": crash,
        "import wizard": import_wizard,
        "export dialog": lambda: ExportDialog(window.context, account_id, window),
        "settings dialog": lambda: SettingsDialog(window.context, window),
        "opportunity dialog": opportunity,
        "review changes dialog": review_changes,
        "edit review dialog": review_form,
        "catalogue dialog": catalogue,
        "revenue paste dialog": revenue_paste,
    }


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("in_language", ["en", "de"], indirect=True)
def test_no_text_is_clipped_at_laptop_size(
    in_language: str, size: tuple[int, int], demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_main_window(demo_db)
    qtbot.addWidget(window)
    window.resize(*size)
    show_active(qtbot, window)
    wait_for_list(qtbot, window)
    assert (window.width(), window.height()) == size
    account_id = next(a.id for a in list_accounts(demo_db) if a.name == ACCOUNT)

    problems: list[str] = []
    for name, show in _views(window, account_id).items():
        show()
        _settle(qtbot)
        problems += [f"{name}: {problem}" for problem in clipped_texts(window)]
    for name, make in _dialogs(window, account_id, tmp_path).items():
        problems += _dialog_problems(qtbot, make(), name)
    assert problems == [], f"{len(problems)} clipped texts ({in_language}):\n" + "\n".join(
        problems
    )


def test_the_checker_finds_a_squeezed_button_and_label(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)  # let it squeeze
    layout.addWidget(QLabel("Highlight buying center"))
    layout.addWidget(QPushButton("Export map…"))
    box.show()
    box.resize(60, 40)  # below the layout's minimum: Qt squeezes both
    qtbot.wait(10)
    kinds = {problem.kind for problem in clipped_texts(box)}
    assert {"label", "QPushButton"} <= kinds
    assert all(isinstance(problem, Clipped) for problem in clipped_texts(box))
