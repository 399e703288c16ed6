"""A list of things that need attention on the dashboard, each leading to its account.

Rows are plain :class:`AttentionItem` values built from the services' results; the view
opens the row's account on a click or Enter.

A long list is handed to the view a page at a time (``canFetchMore``/``fetchMore``: the view
asks for more as the user scrolls to the end). A view measures every wrapped row it is
given, so 3,400 notices on 10,000 accounts cost about a second and a half before the
dashboard could paint; nobody reads past the first screenfuls without scrolling anyway.
A page is 50 rows, five or six times what a list shows at once: the view measures each row
it has about three times while the dashboard is first laid out (asking eight roles each
time), so 200-row pages made 10,400 ``data()`` calls, 0.17 s profiled, before the first
paint. For the same reason ``data()`` answers from a table of the roles it serves.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the account id a row leads to
AREA_ROLE = Qt.ItemDataRole.UserRole + 2  # the workspace tab to open there ("" for any)

Index = QModelIndex | QPersistentModelIndex

SEVERITY_COLOURS = {"warning": "#a33a1f", "notice": "#5c6670"}
_FOREGROUNDS = {severity: QColor(colour) for severity, colour in SEVERITY_COLOURS.items()}
PAGE = 50  # rows handed to the view at a time


@dataclass(frozen=True)
class AttentionItem:
    """One line: the sentence, where it leads, and how loudly it is shown."""

    text: str
    account_id: int | None
    area: str = ""
    severity: str = "warning"


Source = TypeVar("Source")


class WordedItems(Sequence[AttentionItem], Generic[Source]):
    """Items worded from their sources as they are read (each at most once).

    Thousands of warnings on a large portfolio cost about a second to word, and the list
    shows the first page of them: the rest are worded when the user scrolls to them.
    """

    def __init__(self, sources: Sequence[Source],
                 word: Callable[[Source], AttentionItem]) -> None:
        self._sources = sources
        self._word = word
        self._items: list[AttentionItem | None] = [None] * len(sources)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, index: int) -> AttentionItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[AttentionItem]: ...

    def __getitem__(self, index: int | slice) -> AttentionItem | list[AttentionItem]:
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(len(self._items)))]
        return self._item(range(len(self._items))[index])

    def _item(self, index: int) -> AttentionItem:
        item = self._items[index]
        if item is None:
            item = self._items[index] = self._word(self._sources[index])
        return item


Said = TypeVar("Said", bound=Hashable)


def worded(
    known: dict[Said, AttentionItem], values: Iterable[Said],
    word: Callable[[Said], AttentionItem],
) -> dict[Said, AttentionItem]:
    """Each value's line, in the values' order: worded anew only where ``known`` has none.

    Returns the lines of these values only, so that lines nobody shows any more are let go.
    """
    lines: dict[Said, AttentionItem] = {}
    for value in values:
        item = known.get(value)
        lines[value] = item if item is not None else word(value)
    return lines


def _foreground(item: AttentionItem) -> QColor:
    return _FOREGROUNDS.get(item.severity, _FOREGROUNDS["warning"])


#: What ``data()`` gives for each role it serves, by the role's number.
_ANSWERS: dict[int, Callable[[AttentionItem], Any]] = {
    Qt.ItemDataRole.DisplayRole.value: attrgetter("text"),
    Qt.ItemDataRole.ToolTipRole.value: attrgetter("text"),
    ACCOUNT_ROLE: attrgetter("account_id"),
    AREA_ROLE: attrgetter("area"),
    Qt.ItemDataRole.ForegroundRole.value: _foreground,
}


class AttentionListModel(QAbstractListModel):
    """Read-only rows of :class:`AttentionItem`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []  # the rows the view has been given
        self._all: Sequence[AttentionItem] = ()  # every row; the view fetches the rest by pages
        self._replacing = False  # no fetching while rows are replaced (views ask in between)

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        """Show these rows: only those that differ from the rows shown are replaced.

        After an edit of one account most of a list of thousands stays as it was; a reset
        would make the view measure every wrapped line again (about a second for 1,500
        warnings), while removing and inserting the few rows in between keeps the rest.
        ``items`` is kept as it is, not copied: a sequence that words its items as they are
        read (the dashboard's warnings) is worded only as far as the view fetches.
        """
        self._replacing = True
        try:
            self._all = items
            # As many rows as the view had (it keeps its place), at least a page.
            self._replace_shown(list(self._all[: max(PAGE, len(self._items))]))
        finally:
            self._replacing = False

    def _replace_shown(self, new: list[AttentionItem]) -> None:
        old = self._items
        if new == old:
            return
        start = 0
        shortest = min(len(old), len(new))
        while start < shortest and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        if end_old > start:
            self.beginRemoveRows(QModelIndex(), start, end_old - 1)
            del self._items[start:end_old]
            self.endRemoveRows()
        if end_new > start:
            self.beginInsertRows(QModelIndex(), start, end_new - 1)
            self._items[start:start] = new[start:end_new]
            self.endInsertRows()

    def item(self, row: int) -> AttentionItem:
        """The item of one row."""
        return self._items[row]

    def total(self) -> int:
        """How many rows the list has, fetched by the view or not."""
        return len(self._all)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not self._replacing and not parent.isValid()
                and len(self._items) < len(self._all))

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self._items)
        end = min(start + PAGE, len(self._all))
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._items.extend(self._all[start:end])
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        answer = _ANSWERS.get(role)
        if answer is None:
            return None  # most of the roles a view asks for (font, alignment, check state…)
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._items):
            return None
        return answer(self._items[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if self._items[index.row()].account_id is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags
