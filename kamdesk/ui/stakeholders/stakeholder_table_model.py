"""The stakeholder table: a read-only row table and its filter proxy.

The model (a :class:`RowTableModel`) holds
:class:`~kamdesk.services.stakeholders.stakeholder_facts.StakeholderRow` objects (never
ORM rows) and only presents them: edits go through the form and the undo stack. Each cell
also gives a sort key (``SORT_ROLE``), so dates and scores sort as values, not as text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.common.row_table_model import SORT_ROLE, Column, RowTableModel
from kamdesk.ui.stakeholders.stakeholder_palette import (
    ATTITUDE_COLOURS,
    FRESHNESS_COLOURS,
    attitude_label,
    freshness_label,
    role_label,
    short_date,
)

ModelIndex = QModelIndex | QPersistentModelIndex

(NAME, TITLE, DEPARTMENT, REPORTS_TO, ATTITUDE, INFLUENCE, STRENGTH, OWNER, LAST_CONTACT,
 BUYING_CENTERS) = range(10)
LEFT_COLOUR = QColor("#8c959f")


class StakeholderTableModel(RowTableModel):
    """The stakeholders of one account, one row per person (people who left included).

    People who left are set in grey italics, and every cell of theirs says when they left.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        def hint(text: Callable[[StakeholderRow], str | None]) -> Callable[[Any], str | None]:
            return lambda person: self._left_text(person) or text(person)

        def nothing(_person: StakeholderRow) -> None:
            return None

        super().__init__(
            [
                Column("name", self.tr("Name"), shown_person_name, editor="",
                       row_tooltip=hint(nothing)),
                Column("title", self.tr("Title"), editor="", row_tooltip=hint(nothing)),
                Column("department", self.tr("Department"), editor="",
                       row_tooltip=hint(nothing)),
                Column("reports_to", self.tr("Reports to"), shown_person_name, editor="",
                       row_tooltip=hint(nothing)),
                Column("attitude", self.tr("Attitude"), attitude_label, editor="",
                       decoration=lambda person: ATTITUDE_COLOURS[person.attitude],
                       sort_key=lambda person: list(ATTITUDE_COLOURS).index(person.attitude),
                       row_tooltip=hint(nothing)),
                Column("influence", self.tr("Influence"),
                       lambda influence: "●" * influence + "○" * (5 - influence), editor="",
                       centred=True, sort_key=lambda person: person.influence,
                       row_tooltip=hint(lambda person: self.tr("Influence %1 of 5").replace(
                           "%1", str(person.influence)))),
                Column("relationship_strength", self.tr("Strength"),
                       lambda strength: QLocale().toString(strength), editor="", centred=True,
                       row_tooltip=hint(nothing)),
                Column("owner", self.tr("Owner"), editor="", row_tooltip=hint(nothing)),
                Column("last_contact", self.tr("Last contact"), self._last_contact, editor="",
                       decoration=lambda person: FRESHNESS_COLOURS[person.freshness],
                       colour=lambda person: (
                           FRESHNESS_COLOURS["stale"] if person.freshness == "stale" else None),
                       sort_key=lambda person: (
                           person.last_contact.toordinal() if person.last_contact else 0),
                       row_tooltip=hint(lambda person: self.tr("Contact is %1.").replace(
                           "%1", freshness_label(person.freshness)))),
                Column("buying_centers", self.tr("Buying centers"), editor="",
                       row_display=self._buying_centers, sort_key=self._buying_centers,
                       row_tooltip=hint(nothing)),
            ],
            parent,
            row_colour=lambda person: LEFT_COLOUR if person.has_left else None,
            row_italic=lambda person: bool(person.has_left),
        )

    @staticmethod
    def _last_contact(day: date | None) -> str:
        return freshness_label("never") if day is None else short_date(day)

    def _buying_centers(self, person: StakeholderRow) -> str:
        return ", ".join(
            self.tr("%1 (%2)").replace("%1", role.name).replace("%2", role_label(role.role))
            for role in person.buying_centers
        )

    def _left_text(self, person: StakeholderRow) -> str | None:
        if not person.has_left or person.left_on is None:
            return None
        return self.tr("Left the company on %1; kept for the history, not on the map.").replace(
            "%1", short_date(person.left_on)
        )


class StakeholderFilterProxy(QSortFilterProxyModel):
    """Filters the table by a search text (any column) and hides people who left on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_left = True
        self.setSortRole(SORT_ROLE)  # dates and scores sort as values, not as text
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        """Show only people with this text in any column (ignoring case)."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_left(self, show: bool) -> None:
        """Show or hide people who left the company."""
        self.beginFilterChange()
        self._show_left = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StakeholderTableModel):
            return True
        person = model.row_at(source_row)
        if person.has_left and not self._show_left:
            return False
        if not self._text:
            return True
        return any(
            self._text in str(model.index(source_row, column).data() or "").casefold()
            for column in range(model.columnCount())
        )
