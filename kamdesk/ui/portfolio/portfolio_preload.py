"""The portfolio cache of an open database, read in the background before the dashboard is shown.

Reading every account takes seconds on 10,000 accounts. The app makes the cache when it
opens the database and starts that read at once, off the GUI thread, so that the dashboard
finds it done (or under way) when the user first opens it. The cache's change adapter is
made here too: an edit made before the dashboard exists still marks its account. The read
also works out what the dashboard shows that needs no widget
(:mod:`kamdesk.ui.portfolio.dashboard_preparation`), which the dashboard takes over when it
shows that very snapshot.

Importing this module loads no chart code (QtCharts): the dashboard page itself is still
imported when it is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kamdesk.services.portfolio.portfolio_cache import PortfolioCache
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.long_lived_reads import mark_long_lived
from kamdesk.ui.common.operations import Operation, Progress, run_in_background
from kamdesk.ui.portfolio.dashboard_preparation import PreparedFill, prepare_fill
from kamdesk.ui.portfolio.portfolio_cache_adapter import PortfolioCacheAdapter


class PortfolioPreload(QObject):
    """One database's portfolio cache and its change adapter, with a background first read."""

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.cache = PortfolioCache(context.db)
        self.adapter = PortfolioCacheAdapter(context, self.cache, self)
        self._operation: Operation | None = None
        self._prepared: PreparedFill | None = None

    @property
    def is_reading(self) -> bool:
        """Whether the background read is running."""
        return self._operation is not None

    def start(self) -> None:
        """Read every account in the background (once; later reads are the dashboard's)."""
        if self._operation is not None or self.cache.snapshot is not None:
            return
        cache = self.cache

        def read(_progress: Progress) -> object:
            snapshot = cache.refresh()
            # Babel's locale data, which the dashboard's first symbol would otherwise read on
            # the GUI thread (0.2–0.7 s); imported here, so that start-up does not load Babel.
            from kamdesk.ui.common.currency_symbols import currency_symbol

            currency_symbol(snapshot.analysis.settings.currency)
            return prepare_fill(snapshot)

        self._operation = run_in_background(read, self._keep, self._ignore, self)
        self._operation.finished.connect(self._on_finished)
        # Its results live as long as the cache: see that module.
        cache_filled = self.cache
        mark_long_lived(self._operation, lambda: cache_filled.snapshot is not None)

    def take_prepared(self, snapshot: object) -> PreparedFill | None:
        """What the read worked out for ``snapshot``, once (None for any other snapshot).

        Whatever is asked, the preload lets go of it: it is for the first snapshot shown.
        """
        prepared, self._prepared = self._prepared, None
        return prepared if prepared is not None and prepared.snapshot is snapshot else None

    def _keep(self, result: object) -> None:
        assert isinstance(result, PreparedFill)
        self._prepared = result

    def _ignore(self, _result: object) -> None:
        # A failed read leaves the cache marked: the dashboard reads again when it is
        # shown and says then, in its own words, what went wrong.
        pass

    def _on_finished(self) -> None:
        self._operation = None
