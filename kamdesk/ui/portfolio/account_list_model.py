"""The portfolio sidebar's item model: every account, in the directory's order.

The model holds the plain :class:`AccountRow` objects the account directory returns (never
ORM rows) plus, per row, the lower-cased text that search matches, so that filtering
10,000 accounts while the user types stays a quick string test per row (see
:mod:`kamdesk.ui.portfolio.account_list_filter`), and the keys the filter sorts by.

Those lists are built once per load. ``str.casefold`` works character by character, so an
account's search text is the folded name joined to its folded industry and city; the few
distinct industries and cities are folded once each, not once per account.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kamdesk.services.portfolio.account_directory import AccountRow
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.tier_badges import tier_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
REVENUE_KEY_ROLE = Qt.ItemDataRole.UserRole + 4
TIER_ROLE = Qt.ItemDataRole.UserRole + 5

AnyIndex = QModelIndex | QPersistentModelIndex


def _haystack(row: AccountRow) -> str:
    return f"{row.name}\n{row.industry}\n{row.city}".casefold()


def _search_keys(rows: Sequence[AccountRow]) -> tuple[list[str], list[str]]:
    """Each row's folded name, and its search text exactly as :func:`_haystack` makes it."""
    places = {row.industry for row in rows} | {row.city for row in rows}
    folded = {text: text.casefold() for text in places}  # a few hundred, not 20,000
    names = [row.name.casefold() for row in rows]
    haystacks = [
        f"{name}\n{folded[row.industry]}\n{folded[row.city]}"
        for name, row in zip(names, rows, strict=True)
    ]
    return names, haystacks


class AccountListModel(QAbstractListModel):
    """Every account of the portfolio, one item each, in the directory's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._haystacks: list[str] = []
        self._name_keys: list[str] = []
        self._revenues: list[Decimal] = []
        self._row_of_id: dict[int, int] = {}

    def set_rows(self, rows: Sequence[AccountRow]) -> bool:
        """Replace every row (after a reload); whether anything changed.

        A reload that reads the very same rows (the team or the settings changed, but no
        listed value) leaves the model alone: a reset would have the filter sort and filter
        again and the view lay out all 10,000 rows again, for nothing.
        """
        new_rows = list(rows)
        if new_rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = new_rows
        self._name_keys, self._haystacks = _search_keys(self._rows)
        self._revenues = [r.revenue_last_4q for r in self._rows]
        self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()
        return True

    def update_rows(self, rows: Sequence[AccountRow], gone: Iterable[int] = ()) -> None:
        """Replace these accounts' rows (adding new ones) and take out the ``gone`` ones.

        Only the rows concerned change: the view keeps its selection, scroll position and
        sort, which a reset of 10,000 rows would not.
        """
        for account in rows:
            position = self._row_of_id.get(account.id)
            if position is None:
                position = len(self._rows)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.append(account)
                self._haystacks.append(_haystack(account))
                self._name_keys.append(account.name.casefold())
                self._revenues.append(account.revenue_last_4q)
                self._row_of_id[account.id] = position
                self.endInsertRows()
            else:
                self._rows[position] = account
                self._haystacks[position] = _haystack(account)
                self._name_keys[position] = account.name.casefold()
                self._revenues[position] = account.revenue_last_4q
                index = self.index(position, 0)
                self.dataChanged.emit(index, index)
        for account_id in gone:
            position = self._row_of_id.get(account_id)
            if position is None:
                continue
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            del self._haystacks[position]
            del self._name_keys[position]
            del self._revenues[position]
            self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
            self.endRemoveRows()

    def row_at(self, row: int) -> AccountRow:
        """The account in this source row."""
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """The lower-cased text that search matches for this row."""
        return self._haystacks[row]

    def rows(self) -> Sequence[AccountRow]:
        """Every row, in source order (read-only: change rows through the model)."""
        return self._rows

    def haystacks(self) -> Sequence[str]:
        """The lower-cased search text of every row, in source order."""
        return self._haystacks

    def name_keys(self) -> Sequence[str]:
        """The folded name of every row (the sort by name), in source order."""
        return self._name_keys

    def revenues(self) -> Sequence[Decimal]:
        """The last-four-quarter revenue of every row (the sort by revenue), in source order."""
        return self._revenues

    def index_of_id(self, account_id: int) -> QModelIndex:
        """The index of the account with this id (invalid when it is not listed)."""
        row = self._row_of_id.get(account_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == NAME_KEY_ROLE:
            return row.name.casefold()
        if role == REVENUE_KEY_ROLE:
            return int(row.revenue_last_4q * 100)
        if role == TIER_ROLE:
            return row.tier.value
        return None

    def _tooltip(self, row: AccountRow) -> str:
        locale = QLocale()
        lines = [row.name, tier_label(row.tier)]
        place = ", ".join(part for part in (row.industry, row.city, row.country) if part)
        if place:
            lines.append(place)
        if row.owner:
            lines.append(self.tr("Owner: %1").replace("%1", row.owner))
        lines.append(
            self.tr("Revenue, last four quarters: %1").replace(
                "%1", locale.toString(float(row.revenue_last_4q), "f", 0)
            )
        )
        if row.last_contact is not None:
            day = show_date(row.last_contact)
            lines.append(self.tr("Last contact: %1").replace("%1", day))
        return "\n".join(lines)
