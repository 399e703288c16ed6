"""The one place where the app's change events reach the portfolio cache.

Every edit publishes a typed :class:`~kamdesk.domain.data_changes.Change` naming its
account, or none when it concerns the whole portfolio (settings, team, an import). The
adapter turns that into :meth:`PortfolioCache.invalidate` of the account or
:meth:`PortfolioCache.invalidate_all`, and tells its owner (the dashboard) that the cache
has something to read. Kinds of data no figure of the analysis or the attention lists is
made of are ignored, so that e.g. a whitespace edit reads nothing at all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.portfolio.portfolio_cache import PortfolioCache
from kamdesk.ui.common.app_context import AppContext

#: Kinds of data no figure, warning or list of the dashboard is made of.
UNSEEN_KINDS = frozenset(
    {
        DataKind.COMPETITORS,
        DataKind.NEEDS,
        DataKind.SWOT,
        DataKind.TEAM_ROLES,
        DataKind.BUSINESS_UNITS,
        DataKind.WHITESPACE,
        DataKind.OPPORTUNITIES,
        DataKind.CATALOGUE,
    }
)


class PortfolioCacheAdapter(QObject):
    """Marks the cache's accounts as the app's changes name them."""

    #: The cache has marks to read: an account id, or None when everything is to be read.
    invalidated = Signal(object)

    def __init__(self, context: AppContext, cache: PortfolioCache, parent: QObject) -> None:
        super().__init__(parent)
        self.cache = cache
        context.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind in UNSEEN_KINDS:
            return
        if change.account_id is None:
            self.cache.invalidate_all()
        else:
            self.cache.invalidate(change.account_id)
        self.invalidated.emit(change.account_id)
