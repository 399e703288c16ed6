"""The Assessment tab driven as a user would: score, apply a proposal, undo, refusals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, previous_quarter
from kamdesk.services.assessment.scorecard_editing import load_scorecard, put_score
from kamdesk.services.common.compare_and_set import NOT_STORED
from kamdesk.store.orm import Account, RevenueEntry
from kamdesk.ui.assessment.assessment_tab import AssessmentTab
from kamdesk.ui.assessment.score_history_model import criterion_label
from kamdesk.ui.common.app_context import AppContext
from tests.ui.conftest import show_active, type_and_leave


def _account(context: AppContext, name: str, revenue: str, tier: Tier = Tier.STANDARD) -> int:
    year, quarter = previous_quarter(*fiscal_quarter_of(date.today(), 1))
    with context.db.session() as s:
        account = Account(name=name, tier=tier)
        s.add(account)
        s.flush()
        s.add(RevenueEntry(account_id=account.id, year=year, quarter=quarter,
                           actual=Decimal(revenue)))
        return account.id


def _tab(context: AppContext, qtbot: QtBot, account_id: int) -> AssessmentTab:
    tab = AssessmentTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    show_active(qtbot, tab)
    tab.set_account(account_id)
    context.activate_account(account_id)
    return tab


def _latest(context: AppContext, account_id: int, criterion: Criterion) -> int | None:
    latest = load_scorecard(context.db, account_id).line(criterion).latest
    return latest.value if latest else None


def test_a_typed_score_is_stored_for_today_and_undone(context: AppContext, qtbot: QtBot) -> None:
    account = _account(context, "Acme", "1000.00")
    tab = _tab(context, qtbot, account)
    type_and_leave(qtbot, tab.spin_boxes[Criterion.GROWTH_POTENTIAL], "4")
    line = load_scorecard(context.db, account).line(Criterion.GROWTH_POTENTIAL)
    assert line.latest is not None
    assert (line.latest.value, line.latest.scored_on) == (4, date.today())
    assert tab.history_model.rowCount() == 1
    assert "Weighted score: 75.0 of 100" in tab.weighted_label.text()  # (4 - 1) × 25
    # The same day again changes today's row instead of adding one.
    type_and_leave(qtbot, tab.spin_boxes[Criterion.GROWTH_POTENTIAL], "2")
    assert len(load_scorecard(context.db, account).line(Criterion.GROWTH_POTENTIAL).history) == 1
    context.undo_stack(account).undo()
    assert _latest(context, account, Criterion.GROWTH_POTENTIAL) == 4
    context.undo_stack(account).undo()
    assert _latest(context, account, Criterion.GROWTH_POTENTIAL) is None
    context.undo_stack(account).redo()
    fresh = _tab(context, qtbot, account)
    assert fresh.spin_boxes[Criterion.GROWTH_POTENTIAL].value() == 4


def test_all_six_criteria_score_one_after_another_and_undo_in_turn(
    context: AppContext, qtbot: QtBot
) -> None:
    # Each criterion's score of the day is a row of its own: scoring one must not make the
    # next look "changed elsewhere" (they once shared one guessed version).
    account = _account(context, "Acme", "1000.00")
    tab = _tab(context, qtbot, account)
    failures: list[str] = []
    context.failed.connect(failures.append)
    scores = dict(zip(Criterion, (3, 4, 2, 5, 1, 4), strict=True))
    for criterion, value in scores.items():
        type_and_leave(qtbot, tab.spin_boxes[criterion], str(value))
    assert failures == []
    assert {c: _latest(context, account, c) for c in Criterion} == scores
    assert all(tab.score_fields[c].error() == "" for c in Criterion)
    stack = context.undo_stack(account)
    assert [stack.text(i) for i in range(stack.count())] == [
        f"Score {criterion_label(c)}" for c in Criterion
    ]
    for _ in Criterion:
        stack.undo()
    assert failures == []
    assert all(_latest(context, account, c) is None for c in Criterion)
    assert all(tab.spin_boxes[c].value() == 0 for c in Criterion)  # "Not scored" again
    while stack.canRedo():
        stack.redo()
    assert {c: tab.spin_boxes[c].value() for c in Criterion} == scores


def test_apply_proposal_scores_revenue_share_from_the_data(
    context: AppContext, qtbot: QtBot
) -> None:
    account = _account(context, "Big", "900.00")
    _account(context, "Small", "100.00")
    tab = _tab(context, qtbot, account)
    assert tab.proposal_labels[Criterion.REVENUE_SHARE].text().startswith("5 (90.0%")
    qtbot.mouseClick(tab.apply_buttons[Criterion.REVENUE_SHARE], Qt.MouseButton.LeftButton)
    assert _latest(context, account, Criterion.REVENUE_SHARE) == 5
    assert not tab.apply_buttons[Criterion.REVENUE_SHARE].isEnabled()  # already applied
    # Score 100 and class A: key recommended, while the user has it as standard.
    assert tab.recommended_badge.text() == "Key"
    assert tab.actual_badge.text() == "Standard"
    assert tab.disagreement_label.isVisible()
    assert "Class A by revenue" in tab.reasons_label.text()
    assert "Score 100.0 reaches the key threshold of 60." in tab.reasons_label.text()


def test_earlier_scores_show_in_the_history_with_a_filter(
    context: AppContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    account = _account(context, "Acme", "10.00", Tier.KEY)
    earlier = date.today() - timedelta(days=40)
    put_score(context.db, account, Criterion.CREDIBILITY, earlier, NOT_STORED, 2)
    put_score(context.db, account, Criterion.RELATIONSHIP, earlier, NOT_STORED, 3)
    tab = _tab(context, qtbot, account)
    qtmodeltester.check(tab.history_model)
    qtmodeltester.check(tab.history_proxy)
    assert tab.history_proxy.rowCount() == 2
    tab.history_filter.setCurrentIndex(tab.history_filter.findData("credibility"))
    assert tab.history_proxy.rowCount() == 1
    assert tab.history_proxy.index(0, 2).data() == "2 of 5"
    assert tab.scored_on_labels[Criterion.CREDIBILITY].text() != ""


def test_clearing_a_score_is_refused_at_the_field(context: AppContext, qtbot: QtBot) -> None:
    account = _account(context, "Acme", "10.00")
    put_score(context.db, account, Criterion.CLV, date.today() - timedelta(days=3), NOT_STORED, 1)
    tab = _tab(context, qtbot, account)
    spin = tab.spin_boxes[Criterion.CLV]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # below 1: "Not scored"
    assert "Choose a score from 1 (low) to 5 (high)" in tab.score_fields[Criterion.CLV].error()
    assert spin.value() == 1
    assert len(load_scorecard(context.db, account).line(Criterion.CLV).history) == 1


def test_a_score_changed_elsewhere_is_reported_and_reloaded(
    context: AppContext, qtbot: QtBot
) -> None:
    account = _account(context, "Acme", "10.00")
    tab = _tab(context, qtbot, account)
    put_score(context.db, account, Criterion.CLV, date.today(), NOT_STORED, 5)  # another window
    failures: list[str] = []
    context.failed.connect(failures.append)
    type_and_leave(qtbot, tab.spin_boxes[Criterion.CLV], "2")
    assert failures and "changed elsewhere" in failures[0]
    assert _latest(context, account, Criterion.CLV) == 5
    assert tab.spin_boxes[Criterion.CLV].value() == 5
    assert "changed elsewhere" in tab.score_fields[Criterion.CLV].error()
