"""The portfolio's per-account facts, loaded once and refreshed account by account.

The dashboard needs the whole portfolio (the analysis and what needs attention), but an
edit changes one account. Reading everything again costs about a second on 10,000
accounts, so the cache keeps each account's facts (:class:`AccountFigures`, its goal and
action alerts) and, after an edit, reads again only the accounts the edit named: the same
queries as the full load, narrowed to them. The analysis itself is kept up to date by
:class:`~kamdesk.services.portfolio.incremental_analysis.IncrementalAnalysis`.

What concerns every account — the settings (thresholds, weights, fiscal year), the team
(capacities, owners' names), an import or a new demo — is :meth:`PortfolioCache.invalidate_all`:
the next refresh loads everything again. So does a new day (the window, and every "overdue",
depend on today).

Marking is cheap and thread-safe, so the GUI thread can mark while a worker thread loads;
a mark made during a load survives it, since the load may have read before the edit was
committed. One refresh runs at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.incremental_analysis import IncrementalAnalysis
from kamdesk.services.portfolio.portfolio_analysis import (
    analysis_settings,
    capacities_in_session,
)
from kamdesk.services.portfolio.portfolio_attention import (
    ActionAlert,
    GoalAlert,
    PortfolioAttention,
    assemble_attention,
    attention_alerts,
)
from kamdesk.services.portfolio.portfolio_facts import load_account_figures
from kamdesk.services.portfolio.portfolio_results import PortfolioAnalysis
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    AnalysisWindow,
    WindowChoice,
    resolve_window,
)
from kamdesk.store.database import Database


@dataclass(frozen=True)
class PortfolioSnapshot:
    """The whole portfolio as the dashboard shows it, at one moment."""

    analysis: PortfolioAnalysis
    attention: PortfolioAttention


class PortfolioCache:
    """Per-account facts of one database, refreshed for the accounts that changed."""

    def __init__(
        self,
        db: Database,
        window: WindowChoice = TRAILING_TWELVE_MONTHS,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._choice = window
        self._today = today
        self._refreshing = threading.Lock()  # one refresh at a time
        self._marking = threading.Lock()  # held only for a moment: never blocks the GUI
        self._marked: set[int] = set()
        self._everything_marked = True
        self._analysis: IncrementalAnalysis | None = None
        self._window: AnalysisWindow | None = None
        self._goals: dict[int, list[GoalAlert]] = {}
        self._actions: dict[int, list[ActionAlert]] = {}
        self._snapshot: PortfolioSnapshot | None = None
        #: How many times everything was read, and how many accounts were read one by one.
        self.full_loads = 0
        self.account_loads = 0

    # -- marking ----------------------------------------------------------------------------

    def invalidate(self, account_id: int) -> None:
        """The account's data changed (or it was created or deleted): read it again."""
        with self._marking:
            self._marked.add(account_id)

    def invalidate_all(self) -> None:
        """Something every account depends on changed: read everything again."""
        with self._marking:
            self._everything_marked = True

    @property
    def needs_full_load(self) -> bool:
        """Whether the next refresh reads every account (slow on a large portfolio)."""
        with self._marking:
            everything = self._everything_marked
        return everything or self._analysis is None or self._today() != self._analysis.today

    @property
    def is_current(self) -> bool:
        """Whether the last snapshot is up to date (nothing marked, same day)."""
        with self._marking:
            marked = bool(self._marked)
        return self._snapshot is not None and not marked and not self.needs_full_load

    @property
    def snapshot(self) -> PortfolioSnapshot | None:
        """The portfolio as last refreshed (None before the first refresh); reads nothing."""
        return self._snapshot

    # -- refreshing -------------------------------------------------------------------------

    def refresh(self) -> PortfolioSnapshot:
        """Read what is marked (everything on the first call) and return the portfolio."""
        with self._refreshing:
            with self._marking:
                everything, marked = self._everything_marked, self._marked
                self._everything_marked, self._marked = False, set()
            read = True
            try:
                day = self._today()
                if everything or self._analysis is None or day != self._analysis.today:
                    self._load_everything(day)
                elif marked:
                    self._load_accounts(marked)
                else:
                    read = False
            except BaseException:
                with self._marking:  # nothing was read after all: keep the marks
                    self._everything_marked |= everything
                    self._marked |= marked
                raise
            if read or self._snapshot is None:
                assert self._analysis is not None
                self._snapshot = PortfolioSnapshot(
                    self._analysis.analysis(), self._attention(self._analysis.today)
                )
            return self._snapshot

    def _load_everything(self, day: date) -> None:
        with self._db.session() as session:
            row = settings_row(session)
            settings = analysis_settings(row)
            window = resolve_window(self._choice, day, row.fiscal_year_start_month)
            figures = load_account_figures(session, window, day)
            capacities = capacities_in_session(session)
            goals, actions = attention_alerts(session, day)
        self.full_loads += 1
        self._window = window
        self._analysis = IncrementalAnalysis(window, settings, capacities, day, figures)
        self._goals, self._actions = _by_account(goals), _by_account(actions)

    def _load_accounts(self, account_ids: set[int]) -> None:
        analysis, window = self._analysis, self._window
        assert analysis is not None and window is not None
        with self._db.session() as session:
            figures = load_account_figures(session, window, analysis.today, account_ids)
            goals, actions = attention_alerts(session, analysis.today, account_ids)
        self.account_loads += len(account_ids)
        found = {f.account_id for f in figures}
        for account_id in account_ids - found:
            analysis.remove(account_id)  # deleted
        for f in figures:
            analysis.put(f)
        for account_id in account_ids:
            self._goals.pop(account_id, None)
            self._actions.pop(account_id, None)
        for account_id, alerts in _by_account(goals).items():
            self._goals[account_id] = alerts
        for account_id, action_alerts in _by_account(actions).items():
            self._actions[account_id] = action_alerts

    def _attention(self, day: date) -> PortfolioAttention:
        return assemble_attention(
            day,
            (goal for alerts in self._goals.values() for goal in alerts),
            (action for alerts in self._actions.values() for action in alerts),
        )


Alert = TypeVar("Alert", GoalAlert, ActionAlert)


def _by_account(alerts: list[Alert]) -> dict[int, list[Alert]]:
    """Alerts grouped by their account."""
    grouped: dict[int, list[Alert]] = {}
    for alert in alerts:
        grouped.setdefault(alert.account_id, []).append(alert)
    return grouped
