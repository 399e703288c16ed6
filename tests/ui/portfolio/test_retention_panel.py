"""The dashboard's retention list: who is due, erased in bulk after one confirmation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.retention import RetentionReason
from kamdesk.services.settings.team_and_settings import load_settings, update_settings
from kamdesk.services.stakeholders.retention import RetentionCandidate
from kamdesk.store.orm import Account, ActionItem, Stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.portfolio.dashboard_page import DashboardPage
from kamdesk.ui.portfolio.retention_list_model import (
    ACCOUNT_ROLE,
    PERSON_ROLE,
    RetentionListModel,
)
from kamdesk.ui.portfolio.retention_panel import RetentionPanel

LONG_AGO = datetime.now(UTC) - timedelta(days=1200)


def _portfolio(context: AppContext) -> dict[str, int]:
    """A quiet account with two people, and a busy one where one person left long ago."""
    ids: dict[str, int] = {}
    with context.db.session() as session:
        quiet = Account(name="Quiet AG", created_at=LONG_AGO, updated_at=LONG_AGO)
        busy = Account(name="Busy GmbH")
        session.add_all([quiet, busy])
        session.flush()
        ids["Quiet AG"], ids["Busy GmbH"] = quiet.id, busy.id
        for account, name, left_on in (
            (quiet, "Dora Still", None),
            (quiet, "Emil Still", None),
            (busy, "Anna Alt", date.today() - timedelta(days=1000)),
            (busy, "Clara Da", None),
        ):
            person = Stakeholder(account_id=account.id, name=name, left_on=left_on,
                                 email=f"{name.split()[0].lower()}@example.com")
            session.add(person)
            session.flush()
            ids[name] = person.id
    return ids


def _panel(context: AppContext, qtbot: QtBot) -> RetentionPanel:
    panel = RetentionPanel(context)
    qtbot.addWidget(panel)
    panel.resize(320, 420)
    panel.show()
    _wait(qtbot, panel)
    return panel


def _wait(qtbot: QtBot, panel: RetentionPanel) -> None:
    qtbot.waitUntil(lambda: panel.loaded and not panel.is_loading and not panel.erasing,
                    timeout=20_000)


def _names(panel: RetentionPanel) -> list[str]:
    return [panel.model.candidate(row).name for row in range(panel.model.rowCount())]


def _click(qtbot: QtBot, panel: RetentionPanel, name: str, control: bool = False) -> None:
    index = panel.model.index(_names(panel).index(name), 0)
    panel.view.scrollTo(index)
    modifier = (Qt.KeyboardModifier.ControlModifier if control
                else Qt.KeyboardModifier.NoModifier)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     panel.view.visualRect(index).center())


def _stored_names(context: AppContext) -> list[str]:
    with context.db.session() as session:
        return sorted(session.scalars(select(Stakeholder.name)).all())


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        return button.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RetentionListModel()
    model.set_candidates((
        RetentionCandidate(1, "Dora Still", 7, "Quiet AG", RetentionReason.ACCOUNT_INACTIVE,
                           date(2023, 5, 16)),
        RetentionCandidate(2, "Anna Alt", 8, "Busy GmbH", RetentionReason.LEFT,
                           date(2024, 2, 1)),
    ))
    qtmodeltester.check(model)
    first = model.index(0, 0)
    since = show_date(date(2023, 5, 16))
    assert first.data() == f"Dora Still — Quiet AG\naccount inactive since {since}"
    assert (first.data(PERSON_ROLE), first.data(ACCOUNT_ROLE)) == (1, 7)
    assert model.index(1, 0).data().endswith(f"left on {show_date(date(2024, 2, 1))}")


def _many(count: int) -> tuple[RetentionCandidate, ...]:
    return tuple(RetentionCandidate(n, f"Person {n:04}", 7, "Quiet AG",
                                    RetentionReason.ACCOUNT_INACTIVE, date(2023, 5, 16))
                 for n in range(1, count + 1))


def test_a_long_list_is_handed_to_the_view_a_page_at_a_time(
    qtmodeltester: ModelTester,
) -> None:
    model = RetentionListModel()
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.set_candidates(_many(450))
    assert (model.rowCount(), model.total(), model.canFetchMore()) == (200, 450, True)
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetch_all()
    assert (model.rowCount(), model.canFetchMore()) == (450, False)
    assert model.index(449, 0).data(PERSON_ROLE) == 450
    qtmodeltester.check(model)
    model.set_candidates(_many(450))  # read again, nobody changed: the view keeps its rows
    assert len(resets) == 1 and model.rowCount() == 450


def test_select_all_selects_also_the_people_not_shown_yet(
    context: AppContext, qtbot: QtBot
) -> None:
    panel = _panel(context, qtbot)
    panel.model.set_candidates(_many(450))
    panel._show_count()
    assert panel.title() == "Personal data to review (450)"
    assert panel.model.rowCount() < 450
    panel.select_all_button.click()
    assert len(panel.selected()) == 450


def test_lists_who_is_due_and_erases_the_selection_after_one_confirmation(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _portfolio(context)
    panel = _panel(context, qtbot)
    assert _names(panel) == ["Anna Alt", "Dora Still", "Emil Still"]
    assert panel.title() == "Personal data to review (3)"
    assert not panel.erase_button.isEnabled()  # nothing selected yet
    changes: list[Change] = []
    context.changed.connect(changes.append)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    _click(qtbot, panel, "Anna Alt")
    _click(qtbot, panel, "Emil Still", control=True)
    assert [c.name for c in panel.selected()] == ["Anna Alt", "Emil Still"]
    assert panel.erase_button.isEnabled()
    panel.erase_button.click()
    _wait(qtbot, panel)
    qtbot.waitUntil(lambda: _names(panel) == ["Dora Still"], timeout=20_000)

    assert len(asked) == 1
    assert asked[0].startswith("Erase the personal data of 2 people?")
    assert "cannot be undone" in asked[0]
    assert _stored_names(context) == [
        "Clara Da", "Dora Still", "Former contact 1", "Former contact 1"
    ]
    assert {(c.kind, c.account_id) for c in changes} >= {
        (kind, ids[account]) for account in ("Quiet AG", "Busy GmbH")
        for kind in (DataKind.STAKEHOLDERS, DataKind.INTERACTIONS, DataKind.SNAPSHOTS)
    }
    assert panel.title() == "Personal data to review (1)"


def test_texts_that_still_name_the_erased_are_listed_for_the_kam(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _portfolio(context)
    with context.db.session() as session:
        session.add(ActionItem(account_id=ids["Quiet AG"], title="Send Dora Still the offer",
                               created_at=LONG_AGO, updated_at=LONG_AGO))
    panel = _panel(context, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, panel, "Dora Still")
    panel.erase_button.click()
    _wait(qtbot, panel)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert asked[1].startswith(
        "Erased: 1. Other texts on their accounts that still name them: 1."
    )
    with context.db.session() as session:
        # Left for the KAM to edit: kamdesk does not rewrite what it cannot understand.
        assert session.scalars(select(ActionItem.title)).one() == "Send Dora Still the offer"


def test_cancel_erases_nobody(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _portfolio(context)
    panel = _panel(context, qtbot)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _click(qtbot, panel, "Dora Still")
    panel.erase_button.click()
    assert asked[0].startswith("Erase the personal data of 1 person?")
    assert "Dora Still" in _stored_names(context)
    assert _names(panel) == ["Anna Alt", "Dora Still", "Emil Still"]


def test_select_all_then_erase_empties_the_list(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _portfolio(context)
    panel = _panel(context, qtbot)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    panel.select_all_button.click()
    assert len(panel.selected()) == 3
    panel.erase_button.click()
    _wait(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)
    assert _stored_names(context) == [
        "Clara Da", "Former contact 1", "Former contact 1", "Former contact 2"
    ]
    assert not panel.select_all_button.isEnabled()
    assert panel.last_report is not None and panel.last_report.erased == 3


def test_double_click_opens_the_account_on_the_people_tab(
    context: AppContext, qtbot: QtBot
) -> None:
    ids = _portfolio(context)
    panel = _panel(context, qtbot)
    index = panel.model.index(_names(panel).index("Emil Still"), 0)
    centre = panel.view.visualRect(index).center()
    # A double click is a press, release, and a second press Qt recognises as double.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(context.open_account_requested) as opened:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=centre)
    assert opened.args == [ids["Quiet AG"], "stakeholders"]


def test_a_longer_period_in_the_settings_shortens_the_list(
    context: AppContext, qtbot: QtBot
) -> None:
    _portfolio(context)
    panel = _panel(context, qtbot)
    update_settings(context.db, load_settings(context.db).version, {"retention_months": 48})
    context.publish(Change(DataKind.SETTINGS, None))
    # 48 months back lies before the quiet account's last touch (1200 days ago ≈ 39 months)
    # and before Anna left (1000 days ago).
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)


def test_the_dashboard_shows_the_list(context: AppContext, qtbot: QtBot) -> None:
    _portfolio(context)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    panel = page.retention_panel
    _wait(qtbot, panel)
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=20_000)
    assert panel.isVisible()
    assert _names(panel) == ["Anna Alt", "Dora Still", "Emil Still"]


def test_a_held_panel_reads_nothing_until_released(context: AppContext, qtbot: QtBot) -> None:
    """Held (as the dashboard holds it until its figures are painted): shown and told of a
    change, it reads nothing; released, it reads once and lists who is due."""
    ids = _portfolio(context)
    panel = RetentionPanel(context)
    qtbot.addWidget(panel)
    panel.hold()
    panel.show()
    qtbot.waitExposed(panel)
    context.publish(Change(DataKind.STAKEHOLDERS, ids["Quiet AG"]))
    qtbot.wait(600)  # longer than the change's reload delay
    assert not panel.is_loading and not panel.loaded and panel.model.rowCount() == 0

    panel.release()
    _wait(qtbot, panel)
    assert not panel.is_held
    assert sorted(_names(panel)) == ["Anna Alt", "Dora Still", "Emil Still"]


def test_the_dashboard_reads_the_list_after_its_figures(context: AppContext, qtbot: QtBot) -> None:
    _portfolio(context)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    started_with_figures: list[bool] = []
    # When the list's read starts, the figures must already be on the page.
    original_reload = page.retention_panel.reload

    def reload() -> None:
        if not page.retention_panel.is_held:
            started_with_figures.append(page.data is not None)
        original_reload()

    page.retention_panel.reload = reload  # type: ignore[method-assign]
    page.show()
    assert page.retention_panel.is_held and not page.retention_panel.is_loading
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading, timeout=20_000)
    _wait(qtbot, page.retention_panel)
    assert started_with_figures and all(started_with_figures)
    assert sorted(_names(page.retention_panel)) == ["Anna Alt", "Dora Still", "Emil Still"]
